package org.selene.it;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

import java.util.UUID;

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
}
