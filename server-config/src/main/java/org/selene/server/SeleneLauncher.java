package org.selene.server;

import java.util.concurrent.CountDownLatch;

/** The run command: embedded (or external) PostgreSQL, Payara Server, the EAR; stops on Ctrl-C. */
public final class SeleneLauncher {

    private SeleneLauncher() {
    }

    public static void main(String[] args) throws Exception {
        SeleneServer server = new SeleneServer(LauncherSettings.forRun());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("Stopping Selene EE ...");
            server.stop();
            stopped.countDown();
        }, "selene-shutdown"));
        server.start();
        server.printUrls(System.out);
        System.out.println("Selene EE is running. Press Ctrl-C to stop the server and the database.");
        stopped.await();
    }
}
