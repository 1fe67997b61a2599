package org.selene.it;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The operator's jobs resource in the account API: role admin over the shared cookie session. */
@SeleneIT
class AdminJobsIT {

    @Test
    void anonymousIs401AndNonAdminIs403AndNothingStarts() {
        long executions = Db.count("SELECT count(*) FROM public.executioninstancedata");
        Http.get("/account/api/admin/jobs").assertJsonError(401);
        Http.post("/account/api/admin/jobs/skill-import", "{}").assertJsonError(401);
        MarketSession.SignedIn someone = MarketSession.newAccount();
        Http.get("/account/api/admin/jobs", someone.cookies()).assertJsonError(403);
        Http.post("/account/api/admin/jobs/skill-import", "{}", someone.cookies()).assertJsonError(403);
        Http.post("/account/api/admin/jobs/executions/1/restart", "{}", someone.cookies()).assertJsonError(403);
        assertEquals(executions, Db.count("SELECT count(*) FROM public.executioninstancedata"));
    }

    @Test
    void adminListsExecutionsWithStatusTimesAndCounts() throws Exception {
        GeographyImportIT.awaitImport();
        BatchJobsClient.awaitFirstSkillImport();
        JsonObject listing = Http.get("/account/api/admin/jobs", MarketSession.admin().cookies()).assertStatus(200).object();
        assertTrue(listing.getJsonArray("jobs").toString().contains("\"core-metrics-parse\""), listing.toString());
        JsonArray executions = listing.getJsonArray("executions");
        JsonObject skillImport = executions.stream().map(JsonValue::asJsonObject)
                .filter(e -> e.getString("jobName").equals("skill-import") && e.getString("batchStatus").equals("COMPLETED")).reduce((a, b) -> b).orElseThrow();
        assertTrue(skillImport.getString("start").endsWith("Z"), skillImport.toString());
        assertTrue(skillImport.getJsonNumber("readCount").longValue() >= 1);
        assertEquals("catalogue", skillImport.getJsonArray("steps").getJsonObject(0).getString("name"));
        assertTrue(executions.stream().map(JsonValue::asJsonObject).anyMatch(e -> e.getString("jobName").equals("geography-import")));
    }

    @Test
    void theFirstAccountIsAdminWithoutConfiguration() {
        DeviceFixture.newAccount();
        UUID first = (UUID) Db.scalar("SELECT id FROM account.account ORDER BY insert_ts, id LIMIT 1");
        Http.get("/account/api/admin/jobs", MarketSession.signIn(first).cookies()).assertStatus(200);
    }

    @Test
    void unknownJobsMissingExecutionsAndBadParametersAreJsonErrors() {
        MarketSession.SignedIn admin = MarketSession.admin();
        Http.post("/account/api/admin/jobs/no-such-job", "{}", admin.cookies()).assertJsonError(404);
        Http.post("/account/api/admin/jobs/skill-import", "{\"source\": 3}", admin.cookies()).assertJsonError(400);
        Http.post("/account/api/admin/jobs/skill-import", "[1]", admin.cookies()).assertJsonError(400);
        Http.get("/account/api/admin/jobs/executions/987654321", admin.cookies()).assertJsonError(404);
        Http.post("/account/api/admin/jobs/executions/987654321/restart", "{}", admin.cookies()).assertJsonError(404);
    }

    /**
     * Payara's asadmin lists batch executions but has no command to start one; the server-side
     * command of module asadmin-batch adds start-batch-job, which goes through the same job
     * operator as the REST resource.
     */
    @Test
    void asadminStartsAJobWithParametersAndRefusesAnUnknownOne() throws Exception {
        Asadmin started = Asadmin.run("start-batch-job", "--properties", "date=2025-06-01", "core-metrics-parse");
        assertEquals(0, started.exitCode(), started.output());
        Matcher m = Pattern.compile("Started core-metrics-parse as execution (\\d+)").matcher(started.output());
        assertTrue(m.find(), started.output());
        JsonObject run = BatchJobsClient.await(Long.parseLong(m.group(1)));
        assertEquals("core-metrics-parse", run.getString("jobName"));
        assertEquals("COMPLETED", run.getString("batchStatus"), run.toString());
        assertEquals(1, Db.count("SELECT count(*) FROM metric.job WHERE command = 'core-metrics-parse date=2025-06-01' AND success"));
        Asadmin unknown = Asadmin.run("start-batch-job", "no-such-job");
        assertTrue(unknown.exitCode() != 0, unknown.output());
        assertTrue(unknown.output().contains("no job no-such-job"), unknown.output());
    }

    /** The suite server's asadmin (its admin port is the HTTP port - 32). */
    record Asadmin(int exitCode, String output) {
        static Asadmin run(String... arguments) throws Exception {
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("selene.payara.home"), "bin", "asadmin").toString(),
                    "--port", String.valueOf(Integer.getInteger("selene.it.port", 18080) - 32)));
            command.addAll(List.of(arguments));
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            return new Asadmin(p.waitFor(), output);
        }
    }
}
