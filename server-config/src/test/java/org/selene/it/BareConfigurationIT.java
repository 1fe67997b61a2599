package org.selene.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The backend as a self-hoster starts it with nothing optional configured: no weather, Wolfram
 * Alpha or Google speech keys, no skill OAuth service, no mail server, no GitHub client; speech
 * through a self-hosted OVOS STT server instead; the two session-cookie switches set
 * (SESSION_COOKIE_DOMAIN, SESSION_COOKIE_HTTP_ONLY). Runs on a server of its own
 * (failsafe execution "bare-configuration", StandIns.bareServerEnvironment()): the main suite's
 * server has all of these configured.
 */
@SeleneIT
@EnabledIfSystemProperty(named = "selene.it.profile", matches = "bare")
class BareConfigurationIT {

    private static void assertNotConfigured(Http.Reply reply, String variable) {
        reply.assertJsonError(503);
        String message = reply.object().toString();
        assertTrue(message.contains("not configured") && message.contains(variable), "503 names " + variable + ": " + message);
    }

    @Test
    void weatherWithoutItsKeyIs503NamingWhatIsMissing() {
        DeviceFixture.Paired d = DeviceFixture.pair();
        assertNotConfigured(Http.get("/v1/owm/weather?q=Lawrence", "Authorization", d.bearer()), "OWM_");
    }

    @Test
    void wolframAlphaWithoutItsKeyIs503NamingWhatIsMissing() {
        DeviceFixture.Paired d = DeviceFixture.pair();
        for (String route : new String[]{"/v1/wa?input=pi", "/v1/wolframAlphaSpoken?input=pi", "/v1/wolframAlphaSimple?input=pi", "/v1/wolframAlphaFull?input=pi"}) {
            assertNotConfigured(Http.get(route, "Authorization", d.bearer()), "WOLFRAM_ALPHA_");
        }
    }

    /** Speech without Google: a self-hosted OVOS STT server (OVOS_STT_URL) takes the FLAC, no key is sent. */
    @Test
    void speechGoesToTheOvosSttServerWhenOnlyItIsConfigured() {
        UpstreamStandIn ovos = UpstreamStandIn.at(OVOS_STT).respond(r -> UpstreamStandIn.Answer.text(200, "application/json; charset=utf-8",
                "{\"result\":[{\"alternative\":[{\"transcript\":\"turn on the lights\"}],\"final\":true}],\"result_index\":0}\n"));
        DeviceFixture.Paired d = DeviceFixture.pair();
        byte[] audio = SpeechToTextIT.flac(java.util.UUID.randomUUID().toString());
        Http.Reply reply = SpeechToTextIT.post("/v1/stt?lang=de-DE", audio, "Authorization", d.bearer()).assertStatus(200);
        assertEquals("[\"turn on the lights\"]", reply.body());
        java.util.List<UpstreamStandIn.Received> sent = ovos.received().stream().filter(r -> java.util.Arrays.equals(r.body(), audio)).toList();
        assertEquals(1, sent.size());
        assertEquals("/ovos/speech-api/v2/recognize", sent.get(0).path());
        assertEquals("de-DE", sent.get(0).query().get("lang"));
        assertFalse(sent.get(0).query().containsKey("key"), "no Google key goes to a self-hosted server");
        assertEquals(1, Db.count("SELECT count(*) FROM metric.stt_transcription WHERE account_id = ? AND success", d.accountId()));
    }

    /** Port offset of the OVOS STT stand-in, given to this server as OVOS_STT_URL. */
    static final int OVOS_STT = 14;

    @Test
    void skillOAuthWithoutItsServiceIs503() {
        DeviceFixture.Paired d = DeviceFixture.pair();
        assertNotConfigured(Http.get(d.path("/token/spotify-app"), "Authorization", d.bearer()), "OAUTH_BASE_URL");
        assertNotConfigured(Http.get("/v1/auth/callback?code=abc"), "OAUTH_BASE_URL");
    }

    @Test
    void withoutTokenTheUnconfiguredServicesAreStill401() {
        Http.get("/v1/owm/weather?q=Lawrence").assertJsonError(401);
        Http.get("/v1/wolframAlphaSpoken?input=pi").assertJsonError(401);
    }

    @Test
    void deviceMessageWithoutMailIs503() {
        DeviceFixture.Paired d = DeviceFixture.pair();
        assertNotConfigured(Http.put(d.path("/message"), "{\"title\":\"t\",\"sender\":\"s\",\"body\":\"b\"}", "Authorization", d.bearer()),
                "EMAIL_SERVICE_HOST");
    }

    @Test
    void passwordResetWithoutMailIs503AndThePasswordStillWorks() {
        WebLogin.Session person = WebLogin.newPerson();
        assertNotConfigured(Http.post("/sso/api/password-reset", "{\"emailAddress\":\"" + person.email() + "\"}"), "EMAIL_SERVICE_HOST");
        WebLogin.internalLogin(person.email(), person.password()).assertStatus(204);
    }

    @Test
    void changeEmailWithoutMailIs503AndKeepsNothingPending() {
        AccountSession.SignedIn me = AccountSession.signUp();
        String newAddress = "new-" + me.accountId() + "@example.net";
        assertNotConfigured(Http.put("/account/api/change-email", "{\"token\":\"" + WebLogin.b64(newAddress) + "\"}", me.headers()), "EMAIL_SERVICE_HOST");
        assertEquals(me.email(), Db.scalar("SELECT email_address FROM account.account WHERE id = ?", me.accountId()));
        assertEquals(0, Db.count("SELECT count(*) FROM account.email_change WHERE account_id = ?", me.accountId()));
    }

    @Test
    void gitHubLoginWithoutAClientIs503() {
        assertNotConfigured(Http.get("/sso/api/github-token?code=abc&state=xyz"), "GITHUB_CLIENT_ID");
    }

    @Test
    void sessionCookiesCarryTheConfiguredDomainAndAreHttpOnly() {
        WebLogin.Session person = WebLogin.newPerson();
        Map<String, WebLogin.SetCookie> login = WebLogin.cookies(WebLogin.internalLogin(person.email(), person.password()).assertStatus(204));
        Map<String, WebLogin.SetCookie> logout = WebLogin.cookies(Http.get("/sso/api/logout", "Cookie", person.cookieHeader()));
        for (Map<String, WebLogin.SetCookie> cookies : java.util.List.of(login, logout)) {
            for (String name : new String[]{"seleneAccess", "seleneRefresh"}) {
                WebLogin.SetCookie cookie = cookies.get(name);
                assertTrue(cookie != null, name + " is set");
                assertEquals("selene.test", cookie.attribute("Domain").orElse(null), name + " Domain");
                assertTrue(cookie.has("HttpOnly"), name + " HttpOnly");
                assertEquals("/", cookie.attribute("Path").orElse(null));
                assertEquals("lax", cookie.attribute("SameSite").orElse("").toLowerCase(java.util.Locale.ROOT));
                assertFalse(cookie.has("Secure"), "plain HTTP from a client: not Secure");
            }
        }
        // the HttpOnly cookies still authenticate the person's requests
        JsonObject account = Http.get("/account/api/account", "Cookie", WebLogin.logIn(person.email(), person.password()).cookieHeader())
                .assertStatus(200).object();
        assertEquals(person.accountId().toString(), account.getString("id"));
    }

    /** This server's core-metrics-parse timer fires every minute (StandIns.bareServerEnvironment). */
    static final String EVERY_MINUTE_JOB = "core-metrics-parse";

    /**
     * The maintenance timers fire by themselves, and a slot that another node already claimed in
     * metric.job_schedule_claim is left to it: nothing runs here for that minute, the next minute
     * runs here as usual.
     */
    @Test
    void maintenanceTimersRunTheirJobAndLeaveASlotClaimedByAnotherNode() throws Exception {
        // the next minute, or the one after when this one is nearly over
        Timestamp otherSlot = (Timestamp) Db.scalar("""
                SELECT date_trunc('minute', now() AT TIME ZONE 'UTC')
                       + CASE WHEN extract(second FROM now()) < 50 THEN interval '1 minute' ELSE interval '2 minutes' END""");
        Db.update("INSERT INTO metric.job_schedule_claim (job_name, slot, node) VALUES (?, ?, 'another-node')", EVERY_MINUTE_JOB, otherSlot);
        LocalDateTime other = otherSlot.toLocalDateTime();
        Timestamp nextSlot = Timestamp.valueOf(other.plusMinutes(1));
        long deadline = System.nanoTime() + Duration.ofSeconds(200).toNanos();
        while (Db.count("SELECT count(*) FROM metric.job WHERE job_name = ? AND start_ts >= ?", EVERY_MINUTE_JOB, nextSlot) == 0) {
            assertTrue(System.nanoTime() < deadline, "no scheduled " + EVERY_MINUTE_JOB + " ran after " + nextSlot);
            Thread.sleep(1000);
        }
        assertEquals("another-node", Db.scalar("SELECT node FROM metric.job_schedule_claim WHERE job_name = ? AND slot = ?", EVERY_MINUTE_JOB, otherSlot));
        assertEquals(0, Db.count("SELECT count(*) FROM metric.job WHERE job_name = ? AND start_ts >= ? AND start_ts < ?",
                EVERY_MINUTE_JOB, otherSlot, nextSlot), "the slot claimed by another node ran here too");
        Object node = Db.scalar("SELECT node FROM metric.job_schedule_claim WHERE job_name = ? AND slot = ?", EVERY_MINUTE_JOB, nextSlot);
        assertTrue(node instanceof String n && !n.equals("another-node"), "this node claimed " + nextSlot + ": " + node);
        // the scheduled run is the job's default one: yesterday's metrics, recorded as a success
        assertEquals(1, Db.count("SELECT count(*) FROM metric.job WHERE job_name = ? AND start_ts >= ? AND start_ts < ? AND success",
                EVERY_MINUTE_JOB, nextSlot, Timestamp.valueOf(other.plusMinutes(2))));
    }

    /**
     * This server runs with the device caches off (SELENE_DEVICE_CACHE_SECONDS=0), as nodes that
     * share no cache must: what another node changes in the database (here: written directly, with
     * no eviction on this server) is answered at once. With the caches on, the revalidation below
     * would still be 304 and the revoked token still accepted, until their entries expired.
     */
    @Test
    void withTheDeviceCachesOffWhatAnotherNodeChangedIsAnsweredAtOnce() {
        DeviceFixture.Paired d = DeviceFixture.pair();
        String etag = Http.get(d.path("/setting"), "Authorization", d.bearer()).assertStatus(200).header("ETag").orElseThrow();
        Http.get(d.path("/setting"), "Authorization", d.bearer(), "If-None-Match", etag).assertStatus(304);

        String changed = "ChangedOnAnotherNode000000000000";
        assertEquals(1, Db.update("UPDATE device.resource_etag SET etag = ? WHERE etag = ?", changed, etag));
        Http.Reply fresh = Http.get(d.path("/setting"), "Authorization", d.bearer(), "If-None-Match", etag).assertStatus(200);
        assertEquals(changed, fresh.header("ETag").orElseThrow());

        assertEquals(1, Db.update("DELETE FROM device.device_session WHERE device_id = ?", d.deviceId()));
        Http.get(d.path("/setting"), "Authorization", d.bearer()).assertJsonError(401);
    }
}
