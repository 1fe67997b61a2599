package org.selene.it;

import org.selene.server.WildFlyServer;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The suite's WildFly CLI, as its operator runs it on the server's machine (local authentication, no password). */
record WildFlyCli(int exitCode, String output) {

    static WildFlyCli run(String operation) throws Exception {
        int managementPort = ((WildFlyServer) SeleneServerExtension.server()).managementPort();
        Process p = new ProcessBuilder(Path.of(System.getProperty("selene.wildfly.home"), "bin", "jboss-cli.sh").toString(),
                "--connect", "--controller=127.0.0.1:" + managementPort, operation).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new WildFlyCli(p.waitFor(), output);
    }

    /** Starts one of the EAR's jobs (batch-jobs.jar) with properties, and waits for its end: its batch and exit status. */
    static String[] runJob(String job, String properties) throws Exception {
        WildFlyCli started = run("/deployment=selene.ear/subdeployment=batch-jobs.jar/subsystem=batch-jberet:start-job(job-xml-name="
                + job + ",properties={" + properties + "})");
        Matcher id = Pattern.compile("\"result\" => (\\d+)L").matcher(started.output());
        assertTrue(started.exitCode() == 0 && id.find(), started.output());
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
        while (System.nanoTime() < deadline) {
            var row = Db.query("SELECT batchstatus, exitstatus FROM jberet.job_execution WHERE jobexecutionid = ?", Long.parseLong(id.group(1)));
            if (!row.isEmpty() && (row.get(0).get("batchstatus").equals("COMPLETED") || row.get(0).get("batchstatus").equals("FAILED"))) {
                return new String[]{(String) row.get(0).get("batchstatus"), (String) row.get(0).get("exitstatus")};
            }
            Thread.sleep(200);
        }
        throw new AssertionError("job " + job + " did not end");
    }
}
