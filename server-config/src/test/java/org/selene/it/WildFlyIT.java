package org.selene.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.selene.server.WildFlyServer;

import java.io.IOException;
import java.io.StringReader;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What is WildFly's own in running the EAR (docs/wildfly.md); the "wildfly" execution also runs
 * the pairing, device route, account, login and batch job suites against it unchanged.
 */
@SeleneIT
class WildFlyIT {

    /** Made by Jakarta Security's Pbkdf2PasswordHash on Payara (Soteria): the password "correct horse battery staple". */
    static final String PAYARA_HASH = "PBKDF2WithHmacSHA512:1024:110JCYtQES1YLNc05iZWdGiLFhs2U9Ot9xLxSjKyf9k=:"
            + "AJDuQZUf7grA2WoSvraD4udK17pdDAxnJQOzFlgdrLyMbyFtZvXDQt2jFROLHAYqaKqmpn9DjGrDC7koVy+X2A==";

    private static int managementPort() {
        return ((WildFlyServer) SeleneServerExtension.server()).managementPort();
    }

    /** The application's own check is among WildFly's: it lives in the EAR's library, the one bean archive WildFly's health extension sees. */
    @Test
    void readinessOnTheManagementInterfaceSaysTheEarIsDeployedAndTheDatabaseAnswers() throws Exception {
        HttpResponse<String> ready = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + managementPort() + "/health/ready")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, ready.statusCode(), ready.body());
        assertTrue(ready.body().contains("\"selene.ear\":\"OK\""), ready.body());
        List<JsonObject> database = Json.createReader(new StringReader(ready.body())).readObject().getJsonArray("checks").stream()
                .map(JsonValue::asJsonObject).filter(c -> c.getString("name").equals("database")).toList();
        assertEquals(1, database.size(), ready.body());
        assertEquals("UP", database.get(0).getString("status"), ready.body());
        assertEquals("applied", database.get(0).getJsonObject("data").getString("migrations"), ready.body());
    }

    /** What an operator watches beside health (docs/wildfly.md): Prometheus text on the management interface, the application's pool among it. */
    @Test
    void metricsOnTheManagementInterfaceShowTheJvmAndTheApplicationsConnectionPool() throws Exception {
        HttpResponse<String> metrics = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + managementPort() + "/metrics")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, metrics.statusCode(), metrics.body());
        assertTrue(metrics.body().contains("\nbase_memory_usedHeap_bytes "), "JVM heap");
        assertTrue(metrics.body().contains("\nwildfly_datasources_pool_active_count{data_source=\"selene\"} "), "the application's pool");
    }

    /**
     * Undertow's own cap is raised above the application's (docs/wildfly.md), so the application
     * answers. Over a raw socket: the JDK's HttpClient (17) waits forever for a 100 Continue when
     * the server answers early and closes, as Undertow does.
     */
    @Test
    void anOversizedBodyIsRefusedByTheApplicationWith413Json() throws IOException {
        try (Socket socket = new Socket("localhost", SeleneServerExtension.server().httpPort())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("POST /sso/api/account HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Content-Length: " + (11 * 1024 * 1024) + "\r\nExpect: 100-continue\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            String answer = new String(socket.getInputStream().readNBytes(2000), StandardCharsets.UTF_8);
            assertTrue(answer.startsWith("HTTP/1.1 413 "), answer);
            assertTrue(answer.toLowerCase(java.util.Locale.ROOT).contains("content-type: application/json"), answer);
            assertTrue(answer.endsWith("{\"error\":\"request body larger than 10485760 bytes\"}"), answer);
        }
        assertEquals(0L, ((Number) Db.scalar("SELECT count(*) FROM account.account WHERE email_address LIKE 'AAAA%'")).longValue());
    }

    /**
     * Undertow's parser answered an undecodable target with an empty 400; it now leaves targets
     * encoded and RequestTargetGuard, the host's first handler, decodes them or answers in JSON.
     */
    @Test
    void anUndecodableTargetIsAnsweredInJsonAndAnEncodedOneStillReachesItsRoute() throws IOException {
        String request = " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n";
        for (String target : new String[]{"/v1/x/%zz", "/%zz", "/v1/device/x/setting?a=%zz", "/account/api/account?%4"}) {
            ContainerErrorsIT.Reply reply = ContainerErrorsIT.raw("GET " + target + request);
            assertEquals(400, reply.status(), target + " -> " + reply.head() + reply.body());
            assertTrue(reply.header("content-type").startsWith("application/json"), target + " -> " + reply.head());
            assertTrue(reply.body().contains("hexadecimal"), target + " -> " + reply.body());
        }
        // decoded, the path names the sign-in page, which the servlet mapping then finds (RESTEasy
        // matches the raw request URI itself, so a page shows the decoding, not a device route)
        ContainerErrorsIT.Reply page = ContainerErrorsIT.raw("GET /logi%6E.xhtml" + request);
        assertEquals(200, page.status(), page.head());
        assertTrue(page.body().contains("password"), page.body());
        assertEquals(404, ContainerErrorsIT.raw("GET /logi%6F.xhtml" + request).status());
    }

    @Test
    void aPasswordHashedOnPayaraLogsInOnWildFly() {
        String email = WebLogin.uniqueEmail();
        Db.update("INSERT INTO account.account (id, email_address, password) VALUES (?, ?, ?)", UUID.randomUUID(), email, PAYARA_HASH);
        WebLogin.internalLogin(email, "correct horse battery stapler").assertJsonError(401);
        WebLogin.internalLogin(email, "correct horse battery staple").assertStatus(204);
    }

    /** asadmin verify-account-email's counterpart: the job of that name, started from the CLI; not startable through the admin API. */
    @Test
    void theOperatorVerifiesAnAddressWithTheCliJob() throws Exception {
        UUID id = UUID.randomUUID();
        String address = "vouched-" + id + "@example.org";
        Db.update("INSERT INTO account.account (id, email_address) VALUES (?, ?)", id, address);
        String[] unknown = WildFlyCli.runJob("verify-account-email", "address=nobody-" + id + "@example.org");
        assertEquals("FAILED", unknown[0]);
        assertEquals("NOT VERIFIED: no account uses this address", unknown[1]);
        String[] verified = WildFlyCli.runJob("verify-account-email", "address=" + address);
        assertEquals("COMPLETED", verified[0], verified[1]);
        assertEquals("VERIFIED account " + id, verified[1]);
        assertEquals(address, Db.scalar("SELECT email_address FROM account.email_verification WHERE account_id = ?", id));
        Http.post("/account/api/admin/jobs/verify-account-email", "{\"address\": \"" + address + "\"}", MarketSession.admin().cookies()).assertJsonError(404);
    }

    /** RESTEasy's own messages name it and echo the request: the client gets the status's reason, as from Jersey. */
    @Test
    void anUnknownRouteOrMethodNamesNeitherTheImplementationNorTheRequest() {
        assertEquals("Not Found", Http.get("/v1/nonexistent-route").assertJsonError(404).object().getString("error"));
        assertEquals("Not Found", Http.get("/account/api/nonexistent-route").assertJsonError(404).object().getString("error"));
        assertEquals("Method Not Allowed", Http.delete("/v1/device/code").assertJsonError(405).object().getString("error"));
    }

    /** As on Payara: the server log rotates by size and keeps a bounded number of files. */
    @Test
    void theServerLogKeepsABoundedNumberOfRotatedFiles() throws Exception {
        WildFlyCli handler = WildFlyCli.run("/subsystem=logging/size-rotating-file-handler=FILE:read-resource");
        assertEquals(0, handler.exitCode(), handler.output());
        assertTrue(handler.output().contains("\"max-backup-index\" => 10"), handler.output());
        assertTrue(handler.output().contains("\"rotate-size\" => \"2m\""), handler.output());
        WildFlyCli daily = WildFlyCli.run("/subsystem=logging/periodic-rotating-file-handler=FILE:read-resource");
        assertTrue(daily.exitCode() != 0 || daily.output().contains("not found"), daily.output());
    }

    @Test
    void theJobRepositoryIsJBeretsInItsOwnSchema() throws InterruptedException {
        assertEquals(0L, ((Number) Db.scalar("SELECT count(*) FROM pg_tables WHERE schemaname = 'public' AND tablename IN ('job_instance', 'job_execution', 'step_execution')")).longValue());
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.MINUTES.toNanos(3);
        String status = null;
        while (System.nanoTime() < deadline && !"COMPLETED".equals(status)) {
            status = (String) Db.scalar("SELECT max(e.batchstatus) FROM jberet.job_execution e JOIN jberet.job_instance j ON j.jobinstanceid = e.jobinstanceid "
                    + "WHERE j.jobname = 'geography-import'");
            Thread.sleep(500);
        }
        assertEquals("COMPLETED", status, "the first start's GeoNames import ran on JBeret");
        assertTrue(((Number) Db.scalar("SELECT count(*) FROM geography.city")).longValue() > 100_000);
    }
}
