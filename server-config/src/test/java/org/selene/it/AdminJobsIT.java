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
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/** The operator's jobs resource in the account API: role admin over the shared cookie session. */
@SeleneIT
class AdminJobsIT {

    /** Listed in the server's ADMIN_EMAILS (StandIns) and never verified by any fixture. */
    static final String LISTED_UNVERIFIED = "listed-admin@example.org";
    /** Listed too, verified by the operator with asadmin. */
    static final String LISTED_VOUCHED = "vouched-admin@example.org";

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
        JsonObject listing = Http.get("/account/api/admin/jobs?limit=1000", MarketSession.admin().cookies()).assertStatus(200).object();
        assertTrue(listing.getJsonArray("jobs").toString().contains("\"core-metrics-parse\""), listing.toString());
        JsonArray executions = listing.getJsonArray("executions");
        JsonObject skillImport = executions.stream().map(JsonValue::asJsonObject)
                .filter(e -> e.getString("jobName").equals("skill-import") && e.getString("batchStatus").equals("COMPLETED")).reduce((a, b) -> b).orElseThrow();
        assertTrue(skillImport.getString("start").endsWith("Z"), skillImport.toString());
        assertTrue(skillImport.getJsonNumber("readCount").longValue() >= 1);
        assertEquals("catalogue", skillImport.getJsonArray("steps").getJsonObject(0).getString("name"));
        assertTrue(executions.stream().map(JsonValue::asJsonObject).anyMatch(e -> e.getString("jobName").equals("geography-import")));

        // the newest first, as many as asked (the jobs page polls this while a job runs)
        JsonArray newest = Http.get("/account/api/admin/jobs?limit=2", MarketSession.admin().cookies()).assertStatus(200).object()
                .getJsonArray("executions");
        assertEquals(2, newest.size());
        assertTrue(newest.getJsonObject(0).getJsonNumber("executionId").longValue() > newest.getJsonObject(1).getJsonNumber("executionId").longValue());
        for (String bad : new String[]{"0", "1001", "x", "-1"}) {
            Http.get("/account/api/admin/jobs?limit=" + bad, MarketSession.admin().cookies()).assertJsonError(400);
        }
    }

    /**
     * The first account to verify its address is admin without configuration; being created first
     * is not enough (a stranger signing up first on a fresh server with an address they do not own),
     * and the grant is never inherited. The suite's grant is set aside for the test and put back.
     */
    @Test
    void theFirstAccountToVerifyItsAddressIsAdminAndNobodyInheritsIt() throws Exception {
        List<java.util.Map<String, Object>> grant = Db.query("SELECT account_id, granted_ts FROM account.first_admin");
        UUID squatter = DeviceFixture.newAccount();
        UUID first = DeviceFixture.newAccount();
        UUID later = DeviceFixture.newAccount();
        try {
            Db.update("DELETE FROM account.first_admin");
            Db.update("UPDATE account.account SET insert_ts = '2000-01-01' WHERE id = ?", squatter);
            Http.get("/account/api/admin/jobs", MarketSession.signIn(squatter).cookies()).assertJsonError(403);
            for (UUID account : List.of(first, later)) {
                operatorVerifies((String) Db.scalar("SELECT email_address FROM account.account WHERE id = ?", account));
            }
            Http.get("/account/api/admin/jobs", MarketSession.signIn(first).cookies()).assertStatus(200);
            Http.get("/account/api/admin/jobs", MarketSession.signIn(later).cookies()).assertJsonError(403);
            // a changed address is unverified until proven again: no role meanwhile
            Db.update("UPDATE account.account SET email_address = 'changed-' || email_address WHERE id = ?", first);
            Http.get("/account/api/admin/jobs", MarketSession.signIn(first).cookies()).assertJsonError(403);
            // the holder's account deleted: the grant is spent, not passed on
            Db.update("DELETE FROM account.account WHERE id = ?", first);
            Http.get("/account/api/admin/jobs", MarketSession.signIn(later).cookies()).assertJsonError(403);
        } finally {
            Db.update("DELETE FROM account.account WHERE id IN (?, ?, ?)", squatter, first, later);
            Db.update("DELETE FROM account.first_admin");
            for (var row : grant) {
                Db.update("INSERT INTO account.first_admin (account_id, granted_ts) VALUES (?, ?)", row.get("account_id"), row.get("granted_ts"));
            }
        }
    }

    /** ADMIN_EMAILS names an address; the account gets the role once it has proven that address (the change-email link). */
    @Test
    void anAccountListedInAdminEmailsIsAdminOnlyOnceItsAddressIsVerified() throws Exception {
        Mailbox.start();
        UUID id = UUID.randomUUID();
        Db.update("INSERT INTO account.account (id, email_address) VALUES (?, ?)", id, LISTED_UNVERIFIED);
        AccountSession.SignedIn listed = AccountSession.signIn(id, LISTED_UNVERIFIED);
        long executions = Db.count("SELECT count(*) FROM public.executioninstancedata");
        Http.get("/account/api/admin/jobs", listed.headers()).assertJsonError(403);
        Http.post("/account/api/admin/jobs/core-metrics-parse", "{}", listed.headers()).assertJsonError(403);
        assertEquals(executions, Db.count("SELECT count(*) FROM public.executioninstancedata"));

        String address = java.util.Base64.getEncoder().encodeToString(LISTED_UNVERIFIED.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Http.put("/account/api/change-email", "{\"token\":\"" + address + "\"}", listed.headers()).assertStatus(204);
        Mailbox.Mail verification = Mailbox.await(LISTED_UNVERIFIED, "Email Change Verification");
        assertTrue(Mailbox.to(LISTED_UNVERIFIED).stream().noneMatch(m -> m.subject().equals("Email Address Changed")), "no change notice for the same address");
        Matcher link = Pattern.compile("/verify-email\\?token=([0-9a-f]+)").matcher(verification.text());
        assertTrue(link.find(), verification.text());
        Http.get("/account/api/admin/jobs", listed.headers()).assertJsonError(403);
        Http.put("/account/api/verify-email", "{\"token\":\"" + link.group(1) + "\"}", listed.headers()).assertStatus(204);
        Http.get("/account/api/admin/jobs", listed.headers()).assertStatus(200);
    }

    /** A server without mail: the operator vouches for the address with asadmin verify-account-email. */
    @Test
    void theOperatorVerifiesAnAddressWithAsadmin() throws Exception {
        assumeFalse(SeleneServerExtension.wildfly(), "asadmin commands are Payara's (docs/wildfly.md)");
        UUID id = UUID.randomUUID();
        Db.update("INSERT INTO account.account (id, email_address) VALUES (?, ?)", id, LISTED_VOUCHED);
        Http.get("/account/api/admin/jobs", MarketSession.signIn(id).cookies()).assertJsonError(403);
        Asadmin unknown = Asadmin.run("verify-account-email", "nobody-" + id + "@example.org");
        assertTrue(unknown.exitCode() != 0, unknown.output());
        assertTrue(unknown.output().contains("no account uses this address"), unknown.output());
        Asadmin verified = Asadmin.run("verify-account-email", LISTED_VOUCHED);
        assertEquals(0, verified.exitCode(), verified.output());
        assertTrue(verified.output().contains(id.toString()), verified.output());
        Http.get("/account/api/admin/jobs", MarketSession.signIn(id).cookies()).assertStatus(200);
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
        assumeFalse(SeleneServerExtension.wildfly(), "asadmin commands are Payara's; WildFly's CLI has start-job (docs/wildfly.md)");
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

    /** As the operator does it on each server: asadmin verify-account-email, or the job of that name from WildFly's CLI. */
    private static void operatorVerifies(String address) throws Exception {
        if (SeleneServerExtension.wildfly()) {
            String[] run = WildFlyCli.runJob("verify-account-email", "address=" + address);
            assertEquals("COMPLETED", run[0], run[1]);
        } else {
            Asadmin verified = Asadmin.run("verify-account-email", address);
            assertEquals(0, verified.exitCode(), verified.output());
        }
    }

    /** The suite server's asadmin, as an operator runs it: with the generated password file. */
    record Asadmin(int exitCode, String output) {
        static Asadmin run(String... arguments) throws Exception {
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("selene.payara.home"), "bin", "asadmin").toString(),
                    "--port", String.valueOf(SeleneServerExtension.payara().adminPort()),
                    "--user", "admin", "--passwordfile", SeleneServerExtension.payara().adminPasswordFile().toString()));
            command.addAll(List.of(arguments));
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            return new Asadmin(p.waitFor(), output);
        }
    }
}
