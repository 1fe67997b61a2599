package org.selene.it;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Starts batch jobs through the admin resource and waits for them, as an operator would. */
final class BatchJobsClient {

    private BatchJobsClient() {
    }

    /** The server's import directory (SELENE_IMPORT_DIR's default, under the suite's data directory), created. */
    static Path importDir() throws IOException {
        Path dataDir = Path.of(SeleneServerExtension.server().serverEnvironment().get("SELENE_DATA_DIR"));
        return Files.createDirectories(dataDir.resolve("import")).toRealPath();
    }

    static long start(String job, String parametersJson) {
        return startOn("", job, parametersJson);
    }

    /** Through the admin route of one node ({@code node} a base URL, "" for the suite's server): the job runs there. */
    static long startOn(String node, String job, String parametersJson) {
        MarketSession.SignedIn admin = MarketSession.admin();
        return Http.post(node + "/account/api/admin/jobs/" + job, parametersJson == null ? "{}" : parametersJson, admin.cookies())
                .assertStatus(202).object().getJsonNumber("executionId").longValue();
    }

    static long restart(long executionId, String parametersJson) {
        MarketSession.SignedIn admin = MarketSession.admin();
        return Http.post("/account/api/admin/jobs/executions/" + executionId + "/restart", parametersJson == null ? "{}" : parametersJson, admin.cookies())
                .assertStatus(202).object().getJsonNumber("executionId").longValue();
    }

    static JsonObject execution(long executionId) {
        return Http.get("/account/api/admin/jobs/executions/" + executionId, MarketSession.admin().cookies()).assertStatus(200).object();
    }

    /** Waits until the execution has ended (ten minutes at most: a loaded machine is slow) and returns it. */
    static JsonObject await(long executionId) throws InterruptedException {
        for (int i = 0; i < 2400; i++) {
            JsonObject e = execution(executionId);
            String status = e.getString("batchStatus");
            if (!status.equals("STARTING") && !status.equals("STARTED") && !status.equals("STOPPING") && e.get("end") != JsonValue.NULL) {
                return e;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("execution " + executionId + " did not end");
    }

    static JsonObject awaitStatus(long executionId, String status) throws InterruptedException {
        for (int i = 0; i < 1200; i++) {
            JsonObject e = BatchJobsClient.execution(executionId);
            if (e.getString("batchStatus").equals(status)) {
                return e;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("execution " + executionId + " did not become " + status + ": " + BatchJobsClient.execution(executionId));
    }

    static JsonObject run(String job, String parametersJson) throws InterruptedException {
        return await(start(job, parametersJson));
    }

    /** Waits for the first successful run of a job the first start runs by itself. */
    static void awaitFirstRun(String job) throws InterruptedException {
        for (int i = 0; i < 1800; i++) {
            if (Db.count("SELECT count(*) FROM metric.job WHERE job_name = ? AND success", job) > 0) {
                return;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the first-start " + job + " did not complete");
    }

    static void awaitFirstSkillImport() throws InterruptedException {
        awaitFirstRun("skill-import");
    }
}
