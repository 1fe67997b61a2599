package org.selene.server;

import java.util.concurrent.CountDownLatch;

/**
 * The run commands: embedded (or external) PostgreSQL, the application server and the EAR; stops
 * on Ctrl-C. Payara Server ({@code ./mvnw -Prun package}), or WildFly when the build names its
 * home ({@code ./mvnw -Prun-wildfly package}).
 */
public final class SeleneLauncher {

    private SeleneLauncher() {
    }

    public static void main(String[] args) throws Exception {
        LauncherSettings settings = LauncherSettings.forRun();
        Backend server = System.getProperty("selene.wildfly.home") == null ? new SeleneServer(settings)
                : new WildFlyServer(settings, LauncherSettings.requiredPath("selene.wildfly.home"), LauncherSettings.requiredPath("selene.wildfly.modules"));
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
