package org.selene.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.selene.it.AdminApiIT.admin;

/**
 * The admin API's OAuth apps and tokens (issue 12, point 3) with the bodies ovos-backend-client
 * 1.0.1 sends, and a household device getting the token of an app added this way.
 */
@SeleneIT
class AdminOAuthIT {

    static final Set<String> APP_KEYS = Set.of("token_id", "client_id", "client_secret", "auth_endpoint", "token_endpoint",
            "refresh_endpoint", "callback_endpoint", "scope", "shell_integration");

    static UpstreamStandIn oauthService;

    @BeforeAll
    static void standIn() {
        DeviceFixture.kansasCity();
        oauthService = UpstreamStandIn.at(UpstreamStandIn.OAUTH).respond(r -> UpstreamStandIn.Answer.json(200, "{\"from\":\"the OAuth service\"}"));
    }

    /** DatabaseApi.add_oauth_app: no refresh_endpoint, shell_integration always true. */
    static String clientApp(String tokenId, String secret) {
        return "{\"token_id\":\"" + tokenId + "\",\"client_id\":\"cid-" + tokenId + "\",\"client_secret\":\"" + secret + "\","
                + "\"auth_endpoint\":\"https://accounts.example.org/authorize\",\"token_endpoint\":\"https://accounts.example.org/api/token\","
                + "\"callback_endpoint\":\"http://manager.local:36535/auth/callback/" + tokenId + "\",\"scope\":\"user-read-playback-state\","
                + "\"shell_integration\":true}";
    }

    static String newTokenId() {
        return "app-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void appsAsTheClientAddsListsUpdatesAndDeletesThem() {
        String id = newTokenId();
        JsonObject created = Http.post("/v1/admin/oauth_apps", clientApp(id, "s3cret-one"), admin()).assertStatus(200).object();
        assertEquals(APP_KEYS, created.keySet());
        assertEquals("cid-" + id, created.getString("client_id"));
        assertEquals("s3cret-one", created.getString("client_secret"), "the manager shows it and exchanges codes with it");
        assertEquals("https://accounts.example.org/api/token", created.getString("refresh_endpoint"), "none given: the token endpoint");
        assertTrue(created.getBoolean("shell_integration"));
        assertEquals(created, Http.get("/v1/admin/oauth_apps/" + id, admin()).assertStatus(200).object());
        assertTrue(Http.get("/v1/admin/oauth_apps/list", admin()).assertStatus(200).array().contains(created));
        // stored as Selene's credential of the household account
        assertEquals(SelfActivationIT.HOUSEHOLD_EMAIL, Db.scalar("SELECT a.email_address FROM skill.oauth_credential c "
                + "JOIN account.account a ON a.id = c.developer_id WHERE c.application_name = ?", id));

        // DatabaseApi.update_oauth_app: what it does not change is null
        JsonObject updated = Http.put("/v1/admin/oauth_apps/" + id, "{\"client_id\":null,\"client_secret\":\"s3cret-two\",\"auth_endpoint\":null,"
                + "\"token_endpoint\":null,\"callback_endpoint\":null,\"scope\":\"streaming\",\"shell_integration\":true}", admin()).assertStatus(200).object();
        assertEquals("cid-" + id, updated.getString("client_id"));
        assertEquals("s3cret-two", updated.getString("client_secret"));
        assertEquals("streaming", updated.getString("scope"));
        assertEquals("http://manager.local:36535/auth/callback/" + id, updated.getString("callback_endpoint"));
        JsonObject withRefresh = Http.put("/v1/admin/oauth_apps/" + id, "{\"refresh_endpoint\":\"https://accounts.example.org/refresh\","
                + "\"shell_integration\":false}", admin()).assertStatus(200).object();
        assertEquals("https://accounts.example.org/refresh", withRefresh.getString("refresh_endpoint"));
        assertFalse(withRefresh.getBoolean("shell_integration"));

        assertEquals(true, Http.delete("/v1/admin/oauth_apps/" + id, admin()).assertStatus(200).object().getBoolean("success"));
        assertEquals(false, Http.delete("/v1/admin/oauth_apps/" + id, admin()).assertStatus(200).object().getBoolean("success"));
        Http.get("/v1/admin/oauth_apps/" + id, admin()).assertJsonError(404);
        Http.put("/v1/admin/oauth_apps/" + id, "{\"scope\":\"x\"}", admin()).assertJsonError(404);
    }

    @Test
    void badAppBodiesAre400AndChangeNothing() {
        String id = newTokenId();
        JsonObject created = Http.post("/v1/admin/oauth_apps", clientApp(id, "kept"), admin()).assertStatus(200).object();
        String other = newTokenId();
        for (String bad : new String[]{
                "not json", "[]",
                clientApp(other, "x").replace("\"client_id\":\"cid-" + other + "\",", ""),
                clientApp(other, "x").replace("https://accounts.example.org/authorize", "javascript:alert(1)"),
                clientApp(other, "x").replace("\"scope\"", "\"rogue\""),
                clientApp(other, "x").replace("\"shell_integration\":true", "\"shell_integration\":\"yes\""),
                clientApp(other, "x").replace("\"token_id\":\"" + other + "\"", "\"token_id\":\" \"")}) {
            Http.post("/v1/admin/oauth_apps", bad, admin()).assertJsonError(400);
        }
        Http.get("/v1/admin/oauth_apps/" + other, admin()).assertJsonError(404);
        Http.put("/v1/admin/oauth_apps/" + id, "{\"token_endpoint\":\"ftp://x\",\"client_secret\":\"changed\"}", admin()).assertJsonError(400);
        Http.put("/v1/admin/oauth_apps/" + id, "{\"token_id\":\"another\",\"client_secret\":\"changed\"}", admin()).assertJsonError(400);
        Http.put("/v1/admin/oauth_apps/" + id, "{\"client_id\":\"\"}", admin()).assertJsonError(400);
        assertEquals(created, Http.get("/v1/admin/oauth_apps/" + id, admin()).assertStatus(200).object());
    }

    @Test
    void tokensAddedWithPutOrPostAreListedChangedAndDeleted() {
        String id = newTokenId();
        Http.post("/v1/admin/oauth_apps", clientApp(id, "s"), admin()).assertStatus(200);
        Http.get("/v1/admin/oauth_toks/" + id, admin()).assertJsonError(404);

        // DatabaseApi.add_oauth_token sends PUT
        JsonObject token = Http.put("/v1/admin/oauth_toks", "{\"token_data\":{\"access_token\":\"at-1\",\"refresh_token\":\"rt-1\","
                + "\"expires_in\":3600,\"token_type\":\"Bearer\"},\"token_id\":\"" + id + "\"}", admin()).assertStatus(200).object();
        assertEquals(Set.of("token_id", "token_data"), token.keySet());
        assertEquals("at-1", token.getJsonObject("token_data").getString("access_token"));
        assertEquals(token, Http.get("/v1/admin/oauth_toks/" + id, admin()).assertStatus(200).object());
        assertTrue(Http.get("/v1/admin/oauth_toks/list", admin()).assertStatus(200).array().contains(token));

        // the personal backend's POST replaces it
        Http.post("/v1/admin/oauth_toks", "{\"token_id\":\"" + id + "\",\"token_data\":{\"access_token\":\"at-2\"}}", admin()).assertStatus(200);
        // DatabaseApi.update_oauth_token
        JsonObject updated = Http.put("/v1/admin/oauth_toks/" + id, "{\"token_data\":{\"access_token\":\"at-3\"}}", admin()).assertStatus(200).object();
        assertEquals("{\"access_token\":\"at-3\"}", updated.getJsonObject("token_data").toString());

        Http.put("/v1/admin/oauth_toks/" + id, "{\"token_data\":\"at-4\"}", admin()).assertJsonError(400);
        Http.put("/v1/admin/oauth_toks/" + id, "{}", admin()).assertJsonError(400);
        Http.put("/v1/admin/oauth_toks", "{\"token_id\":\"" + id + "\",\"token_data\":[1],\"x\":1}", admin()).assertJsonError(400);
        assertEquals(updated, Http.get("/v1/admin/oauth_toks/" + id, admin()).assertStatus(200).object());

        Http.put("/v1/admin/oauth_toks", "{\"token_id\":\"no-such-app\",\"token_data\":{}}", admin()).assertJsonError(404);
        Http.put("/v1/admin/oauth_toks/no-such-app", "{\"token_data\":{}}", admin()).assertJsonError(404);

        assertEquals(true, Http.delete("/v1/admin/oauth_toks/" + id, admin()).assertStatus(200).object().getBoolean("success"));
        assertEquals(false, Http.delete("/v1/admin/oauth_toks/" + id, admin()).assertStatus(200).object().getBoolean("success"));
        Http.get("/v1/admin/oauth_toks/" + id, admin()).assertJsonError(404);

        // deleting an app deletes its token
        Http.put("/v1/admin/oauth_toks", "{\"token_id\":\"" + id + "\",\"token_data\":{\"access_token\":\"at-5\"}}", admin()).assertStatus(200);
        Http.delete("/v1/admin/oauth_apps/" + id, admin()).assertStatus(200);
        Http.get("/v1/admin/oauth_toks/" + id, admin()).assertJsonError(404);
    }

    @Test
    void aHouseholdDeviceGetsTheTokenOfAnAppAddedHere() {
        String id = newTokenId();
        Http.post("/v1/admin/oauth_apps", clientApp(id, "s"), admin()).assertStatus(200);
        DeviceFixture.Paired household = AdminApiIT.pairByHand();
        DeviceFixture.Paired elsewhere = DeviceFixture.pair();
        // ovos-backend-client's OAuthApi.get_oauth_token
        Http.get(household.path("/token/" + id + "?refresh=True"), "Authorization", household.bearer()).assertJsonError(404);

        Http.put("/v1/admin/oauth_toks", "{\"token_id\":\"" + id + "\",\"token_data\":{\"access_token\":\"at-device\",\"expires_in\":3600}}",
                admin()).assertStatus(200);
        JsonObject seen = Http.get(household.path("/token/" + id + "?refresh=True"), "Authorization", household.bearer()).assertStatus(200).object();
        assertEquals("{\"access_token\":\"at-device\",\"expires_in\":3600}", seen.toString());
        Http.get(household.path("/token/" + id)).assertJsonError(401);
        // the household's token is not another account's
        Http.get(elsewhere.path("/token/" + id), "Authorization", elsewhere.bearer()).assertJsonError(404);
        assertTrue(oauthService.receivedWith("uuid", household.accountId().toString()).isEmpty(), "answered here, not by the OAuth service");
        assertTrue(oauthService.receivedWith("uuid", elsewhere.accountId().toString()).isEmpty());

        // an app that is not here is still the OAuth service's
        assertEquals("the OAuth service", Http.get(household.path("/token/" + newTokenId()), "Authorization", household.bearer())
                .assertStatus(200).object().getString("from"));
    }

    @Test
    void wrongKeyIs401OnEveryOAuthRoute() {
        String id = newTokenId();
        Http.post("/v1/admin/oauth_apps", clientApp(id, "s"), admin()).assertStatus(200);
        String[] wrong = {"Authorization", "Bearer not-the-key"};
        Http.post("/v1/admin/oauth_apps", clientApp(newTokenId(), "s"), wrong).assertJsonError(401);
        Http.get("/v1/admin/oauth_apps/list", wrong).assertJsonError(401);
        Http.get("/v1/admin/oauth_apps/" + id, wrong).assertJsonError(401);
        Http.put("/v1/admin/oauth_apps/" + id, "{\"scope\":\"x\"}", wrong).assertJsonError(401);
        Http.delete("/v1/admin/oauth_apps/" + id, wrong).assertJsonError(401);
        Http.put("/v1/admin/oauth_toks", "{\"token_id\":\"" + id + "\",\"token_data\":{}}", wrong).assertJsonError(401);
        Http.post("/v1/admin/oauth_toks", "{\"token_id\":\"" + id + "\",\"token_data\":{}}", wrong).assertJsonError(401);
        Http.get("/v1/admin/oauth_toks/list", wrong).assertJsonError(401);
        Http.get("/v1/admin/oauth_toks/" + id, wrong).assertJsonError(401);
        Http.put("/v1/admin/oauth_toks/" + id, "{\"token_data\":{}}", wrong).assertJsonError(401);
        Http.delete("/v1/admin/oauth_toks/" + id, wrong).assertJsonError(401);
        Http.get("/v1/admin/oauth_apps/" + id, admin()).assertStatus(200);
        Http.get("/v1/admin/oauth_toks/" + id, admin()).assertJsonError(404);
    }

    @Test
    void noSecretInTheServerLog() throws Exception {
        String secret = "never-logged-" + UUID.randomUUID();
        String id = newTokenId();
        Http.post("/v1/admin/oauth_apps", clientApp(id, secret), admin()).assertStatus(200);
        Http.post("/v1/admin/oauth_apps", clientApp(id, secret).replace("https://accounts", "ftp://accounts"), admin()).assertJsonError(400);
        Http.put("/v1/admin/oauth_toks", "{\"token_id\":\"" + id + "\",\"token_data\":{\"access_token\":\"" + secret + "\"}}", admin()).assertStatus(200);
        Http.put("/v1/admin/oauth_toks", "{\"token_id\":\"" + id + "\",\"token_data\":\"" + secret + "\"}", admin()).assertJsonError(400);
        String log = java.nio.file.Files.readString(SeleneServerExtension.server().serverLog());
        assertFalse(log.contains(secret));
    }
}
