package org.selene.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.selene.it.UpstreamStandIn.Answer;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.selene.it.AdminApiIT.admin;
import static org.selene.it.AdminOAuthIT.newTokenId;

/**
 * The personal backend's device-side OAuth flow (issue 12; docs/device-api.md §6.22) against a
 * stand-in OAuth provider that records what it was sent: a device asks for the authorization URL,
 * the provider redirects back with a code that becomes the account's token, and a due token is
 * refreshed when a device asks for it.
 */
@SeleneIT
class OAuthDeviceFlowIT {

    static final int PROVIDER = 15;
    static UpstreamStandIn provider;

    @BeforeAll
    static void standIn() {
        DeviceFixture.kansasCity();
        provider = UpstreamStandIn.at(PROVIDER).respond(r -> {
            Map<String, String> form = form(r);
            String code = form.getOrDefault("code", "");
            if (r.path().endsWith("/token") && code.startsWith("good")) {
                return Answer.json(200, "{\"access_token\":\"at-" + code + "\",\"refresh_token\":\"rt-" + code + "\",\"expires_in\":3600,"
                        + "\"token_type\":\"Bearer\"}");
            }
            if (r.path().endsWith("/token") && code.startsWith("empty")) {
                return Answer.json(200, "{\"token_type\":\"Bearer\"}");
            }
            if (r.path().endsWith("/refresh") && form.getOrDefault("refresh_token", "").startsWith("rt-live")) {
                return Answer.json(200, "{\"access_token\":\"at-refreshed-" + form.get("refresh_token") + "\",\"expires_in\":3600}");
            }
            return Answer.json(400, "{\"error\":\"invalid_grant\"}");
        });
    }

    static String endpoint(String path) {
        return "http://localhost:" + StandIns.port(PROVIDER) + "/provider/" + path;
    }

    static Map<String, String> form(UpstreamStandIn.Received r) {
        return UpstreamStandIn.query(new String(r.body(), StandardCharsets.UTF_8));
    }

    static List<UpstreamStandIn.Received> sentWith(String field, String value) {
        return provider.received().stream().filter(r -> value.equals(form(r).get(field))).toList();
    }

    static String appQuery(String clientId) {
        return "?client_id=" + clientId + "&client_secret=sec%26ret&auth_endpoint=" + endpoint("authorize")
                + "&token_endpoint=" + endpoint("token") + "&refresh_endpoint=" + endpoint("refresh") + "&scope=read%20write";
    }

    /** The query of the authorization URL a device got, checked to go to the provider's authorization endpoint. */
    static Map<String, String> authorizationRequest(Http.Reply reply) {
        reply.assertStatus(200);
        assertTrue(reply.header("Content-Type").orElseThrow().startsWith("text/plain"));
        URI url = URI.create(reply.body());
        assertEquals(endpoint("authorize"), url.getScheme() + "://" + url.getAuthority() + url.getPath());
        return UpstreamStandIn.query(url.getRawQuery());
    }

    /** The person's browser coming back from the provider. */
    static Http.Reply redirect(Map<String, String> request, String query) {
        return Http.get(URI.create(request.get("redirect_uri")).getPath() + query, "X-Forwarded-For", Http.newClientAddress());
    }

    @Test
    void aHouseholdDeviceAddsAnAppAndTheAuthorizationBecomesItsAccountsToken() {
        DeviceFixture.Paired d = AdminApiIT.pairByHand();
        String id = newTokenId();
        Map<String, String> request = authorizationRequest(Http.get("/v1/auth/" + id + "/auth_url" + appQuery("cid-" + id), "Authorization", d.bearer()));
        assertEquals("code", request.get("response_type"));
        assertEquals("cid-" + id, request.get("client_id"));
        assertEquals("read write", request.get("scope"));
        assertEquals(Http.url("/v1/auth/callback/" + id), request.get("redirect_uri"), "where the device reached the server");
        assertTrue(request.get("state").matches("[0-9a-f]{64}"));
        JsonObject app = Http.get("/v1/admin/oauth_apps/" + id, admin()).assertStatus(200).object();
        assertEquals("sec&ret", app.getString("client_secret"));
        assertEquals(endpoint("refresh"), app.getString("refresh_endpoint"));
        assertEquals(request.get("redirect_uri"), app.getString("callback_endpoint"));

        String code = "good-" + id;
        JsonObject done = redirect(request, "?code=" + code + "&state=" + request.get("state")).assertStatus(200).object();
        assertEquals(id, done.getString("token_id"));
        UpstreamStandIn.Received exchange = sentWith("code", code).get(0);
        assertEquals("POST", exchange.method());
        assertEquals("/provider/token", exchange.path());
        assertEquals(Map.of("grant_type", "authorization_code", "code", code, "redirect_uri", request.get("redirect_uri"), "client_id", "cid-" + id),
                form(exchange));
        assertEquals("Basic " + Base64.getEncoder().encodeToString(("cid-" + id + ":sec%26ret").getBytes(StandardCharsets.UTF_8)),
                exchange.header("Authorization"));

        // ovos-backend-client's OAuthApi.get_oauth_token: the token, not due, so not refreshed
        JsonObject token = Http.get(d.path("/token/" + id + "?refresh=True"), "Authorization", d.bearer()).assertStatus(200).object();
        assertEquals("at-" + code, token.getString("access_token"));
        assertEquals("rt-" + code, token.getString("refresh_token"));
        long expiresAt = token.getJsonNumber("expires_at").longValue();
        assertTrue(Math.abs(expiresAt - (System.currentTimeMillis() / 1000 + 3600)) < 120, "expires_at " + expiresAt);
        assertTrue(sentWith("refresh_token", "rt-" + code).isEmpty());
        assertEquals(token, Http.get("/v1/admin/oauth_toks/" + id, admin()).assertStatus(200).object().getJsonObject("token_data"));

        // behind a trusted TLS proxy (the suite's server trusts its loopback), the address the proxy says it is reached at
        Map<String, String> proxied = authorizationRequest(Http.get("/v1/auth/" + id + "/auth_url", "Authorization", d.bearer(),
                "X-Forwarded-Proto", "https", "X-Forwarded-Host", "selene.example.org"));
        assertEquals("https://selene.example.org/v1/auth/callback/" + id, proxied.get("redirect_uri"));

        // the state is used up
        redirect(request, "?code=good-again&state=" + request.get("state")).assertJsonError(400);
        assertTrue(sentWith("code", "good-again").isEmpty());
        assertEquals(token, Http.get(d.path("/token/" + id), "Authorization", d.bearer()).assertStatus(200).object());
    }

    @Test
    void anotherAccountsDeviceAuthorizesAnExistingAppAsStoredForItselfOnly() {
        String id = newTokenId();
        Http.post("/v1/admin/oauth_apps", AdminOAuthIT.clientApp(id, "admins-secret").replace("https://accounts.example.org/authorize", endpoint("authorize"))
                .replace("https://accounts.example.org/api/token", endpoint("token")), admin()).assertStatus(200);
        DeviceFixture.Paired elsewhere = DeviceFixture.pair();
        // what the device offers does not replace the admin's app
        Map<String, String> request = authorizationRequest(Http.get("/v1/auth/" + id + "/auth_url" + appQuery("devices-own"),
                "Authorization", elsewhere.bearer()));
        assertEquals("cid-" + id, request.get("client_id"));
        assertEquals("admins-secret", Http.get("/v1/admin/oauth_apps/" + id, admin()).assertStatus(200).object().getString("client_secret"));

        String code = "good-elsewhere-" + id;
        redirect(request, "?state=" + request.get("state") + "&code=" + code).assertStatus(200);
        assertEquals("at-" + code, Http.get(elsewhere.path("/token/" + id), "Authorization", elsewhere.bearer()).assertStatus(200).object()
                .getString("access_token"));
        Http.get("/v1/admin/oauth_toks/" + id, admin()).assertJsonError(404);
        DeviceFixture.Paired household = AdminApiIT.pairByHand();
        Http.get(household.path("/token/" + id), "Authorization", household.bearer()).assertJsonError(404);

        // a new app only comes from the household's devices
        String notAdded = newTokenId();
        Http.get("/v1/auth/" + notAdded + "/auth_url" + appQuery("x"), "Authorization", elsewhere.bearer()).assertJsonError(404);
        Http.get("/v1/admin/oauth_apps/" + notAdded, admin()).assertJsonError(404);
    }

    @Test
    void badAuthorizationRequestsAreRefusedAndAddNothing() {
        DeviceFixture.Paired d = AdminApiIT.pairByHand();
        String id = newTokenId();
        Http.get("/v1/auth/" + id + "/auth_url" + appQuery("cid")).assertJsonError(401);
        Http.get("/v1/auth/" + id + "/auth_url" + appQuery("cid"), "Authorization", "Bearer not-a-token").assertJsonError(401);
        Http.get("/v1/auth/" + id + "/auth_url", "Authorization", d.bearer()).assertJsonError(404);
        Http.get("/v1/auth/" + id + "/auth_url" + appQuery("cid").replace(endpoint("authorize"), "javascript:alert(1)"),
                "Authorization", d.bearer()).assertJsonError(400);
        Http.get("/v1/auth/" + id + "/auth_url" + appQuery("cid").replace("&token_endpoint=" + endpoint("token"), ""),
                "Authorization", d.bearer()).assertJsonError(400);
        Http.get("/v1/auth/" + id + "/auth_url" + appQuery("cid").replace("scope=read%20write", "scope=" + "s".repeat(3000)), "Authorization", d.bearer()).assertJsonError(400);
        // a character PostgreSQL cannot store in text
        Http.get("/v1/auth/" + id + "/auth_url" + appQuery("c%00id"), "Authorization", d.bearer()).assertJsonError(400);
        Http.get("/v1/admin/oauth_apps/" + id, admin()).assertJsonError(404);
        int status = Http.get("/v1/auth/a%20b/auth_url" + appQuery("cid"), "Authorization", d.bearer()).status();
        assertTrue(status == 400 || status == 404, "a token_id that is no path segment: " + status);
        assertTrue(Http.get("/v1/admin/oauth_apps/list", admin()).assertStatus(200).array().stream()
                .noneMatch(a -> a.asJsonObject().getString("token_id").contains(" ")));
    }

    @Test
    void redirectsWithoutAValidStateOrWithTheProvidersErrorAre400AndStoreNothing() {
        DeviceFixture.Paired d = AdminApiIT.pairByHand();
        String id = newTokenId();
        Map<String, String> request = authorizationRequest(Http.get("/v1/auth/" + id + "/auth_url" + appQuery("cid"), "Authorization", d.bearer()));
        redirect(request, "?code=good-nostate").assertJsonError(400);
        redirect(request, "?code=good-forged&state=" + "0".repeat(64)).assertJsonError(400);
        redirect(request, "?code=good-long&state=" + "0".repeat(500)).assertJsonError(400);
        Http.get("/v1/auth/callback/" + newTokenId() + "?code=good-other&state=" + request.get("state")).assertJsonError(400);
        // the person refused at the provider: the state is used up
        redirect(request, "?error=access_denied&state=" + request.get("state")).assertJsonError(400);
        redirect(request, "?code=good-late&state=" + request.get("state")).assertJsonError(400);
        assertTrue(provider.received().stream().noneMatch(r -> form(r).getOrDefault("code", "").matches("good-(nostate|forged|long|other|late)")));
        Http.get(d.path("/token/" + id), "Authorization", d.bearer()).assertJsonError(404);

        // a provider answer without an access token is no token
        Map<String, String> again = authorizationRequest(Http.get("/v1/auth/" + id + "/auth_url", "Authorization", d.bearer()));
        redirect(again, "?code=empty-" + id + "&state=" + again.get("state")).assertJsonError(502);
        Http.get(d.path("/token/" + id), "Authorization", d.bearer()).assertJsonError(404);
    }

    @Test
    void aDueTokenIsRefreshedOnceWhenADeviceAsksAndKeptWhenItSaysNot() {
        DeviceFixture.Paired d = AdminApiIT.pairByHand();
        String id = newTokenId();
        Http.post("/v1/admin/oauth_apps", AdminOAuthIT.clientApp(id, "s").replace("}", ",\"refresh_endpoint\":\"" + endpoint("refresh") + "\"}"),
                admin()).assertStatus(200);
        long past = System.currentTimeMillis() / 1000 - 10;
        String refreshToken = "rt-live-" + id;
        String due = "{\"access_token\":\"at-old\",\"refresh_token\":\"" + refreshToken + "\",\"expires_at\":" + past + "}";
        Http.put("/v1/admin/oauth_toks", "{\"token_id\":\"" + id + "\",\"token_data\":" + due + "}", admin()).assertStatus(200);

        // ovos-backend-client with auto_refresh=False
        assertEquals("at-old", Http.get(d.path("/token/" + id + "?refresh=False"), "Authorization", d.bearer()).assertStatus(200).object()
                .getString("access_token"));
        assertTrue(sentWith("refresh_token", refreshToken).isEmpty());

        // mycroft-core sends no refresh parameter: a due token is refreshed
        JsonObject refreshed = Http.get(d.path("/token/" + id), "Authorization", d.bearer()).assertStatus(200).object();
        assertEquals("at-refreshed-" + refreshToken, refreshed.getString("access_token"));
        assertEquals(refreshToken, refreshed.getString("refresh_token"), "the provider kept it");
        assertTrue(refreshed.getJsonNumber("expires_at").longValue() > past + 3000);
        List<UpstreamStandIn.Received> sent = sentWith("refresh_token", refreshToken);
        assertEquals(1, sent.size());
        assertEquals("/provider/refresh", sent.get(0).path());
        assertEquals(Map.of("grant_type", "refresh_token", "refresh_token", refreshToken, "client_id", "cid-" + id), form(sent.get(0)));
        assertEquals(refreshed, Http.get("/v1/admin/oauth_toks/" + id, admin()).assertStatus(200).object().getJsonObject("token_data"));
        assertEquals(refreshed, Http.get(d.path("/token/" + id + "?refresh=True"), "Authorization", d.bearer()).assertStatus(200).object());
        assertEquals(1, sentWith("refresh_token", refreshToken).size(), "no longer due");

        // a refresh the provider refuses: its status as a JSON error, the stored token unchanged
        String revoked = "{\"access_token\":\"at-old\",\"refresh_token\":\"rt-revoked-" + id + "\",\"expires_in\":1}";
        Http.put("/v1/admin/oauth_toks", "{\"token_id\":\"" + id + "\",\"token_data\":" + revoked + "}", admin()).assertStatus(200);
        Http.get(d.path("/token/" + id), "Authorization", d.bearer()).assertJsonError(400);
        assertEquals(1, sentWith("refresh_token", "rt-revoked-" + id).size());
        assertEquals(revoked, Http.get("/v1/admin/oauth_toks/" + id, admin()).assertStatus(200).object().getJsonObject("token_data").toString());
    }

    @Test
    void authorizationsAndRedirectsHaveALimit() {
        DeviceFixture.Paired d = AdminApiIT.pairByHand();
        String id = newTokenId();
        Http.get("/v1/auth/" + id + "/auth_url" + appQuery("cid"), "Authorization", d.bearer()).assertStatus(200);
        Http.Reply last = null;
        for (int i = 0; i < 40 && (last == null || last.status() == 200); i++) {
            last = Http.get("/v1/auth/" + id + "/auth_url", "Authorization", d.bearer());
        }
        Limits.assertLimited(last, 3600);
        assertEquals(30L, Db.scalar("SELECT count(*) FROM skill.oauth_authorization a JOIN skill.oauth_credential c ON c.id = a.oauth_credential_id "
                + "WHERE c.application_name = ?", id));

        String address = Http.newClientAddress();
        last = null;
        for (int i = 0; i < 70 && (last == null || last.status() == 400); i++) {
            last = Http.get("/v1/auth/callback/" + id + "?code=x&state=guess" + i, "X-Forwarded-For", address);
        }
        Limits.assertLimited(last, 3600);
        assertNull(provider.received().stream().filter(r -> "x".equals(form(r).get("code"))).findAny().orElse(null));
        assertFalse(Http.get("/v1/auth/callback/" + id + "?code=x&state=guess", "X-Forwarded-For", Http.newClientAddress()).status() == 429);
    }
}
