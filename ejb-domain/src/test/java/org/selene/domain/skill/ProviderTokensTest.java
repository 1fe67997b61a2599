package org.selene.domain.skill;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.time.Instant;
import java.util.Base64;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProviderTokensTest {

    static final OAuthAppService.App APP = new OAuthAppService.App("spotify", "client id", "s3cret&:", "https://accounts.example.org/authorize",
            "https://accounts.example.org/api/token", null, null, "user-read-playback-state streaming", true);
    static final Instant NOW = Instant.ofEpochSecond(1_800_000_000L);

    static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }

    @Test
    void authorizationUrlCarriesTheCodeRequestEncoded() {
        assertEquals("https://accounts.example.org/authorize?response_type=code&client_id=client+id"
                        + "&redirect_uri=http%3A%2F%2F192.168.1.5%3A8080%2Fv1%2Fauth%2Fcallback%2Fspotify&scope=user-read-playback-state+streaming&state=abc",
                ProviderTokens.authorizationUrl(APP, "http://192.168.1.5:8080/v1/auth/callback/spotify", "abc"));
        OAuthAppService.App withQuery = new OAuthAppService.App("x", "id", "", "https://p.example/auth?prompt=consent", "https://p.example/token",
                null, null, "", true);
        assertEquals("https://p.example/auth?prompt=consent&response_type=code&client_id=id&redirect_uri=r&state=s",
                ProviderTokens.authorizationUrl(withQuery, "r", "s"), "no scope when the app has none, the endpoint's own query kept");
    }

    @Test
    void basicAuthorizationFormEncodesIdAndSecretFirst() {
        String header = ProviderTokens.basicAuthorization(APP);
        assertTrue(header.startsWith("Basic "));
        assertEquals("client+id:s3cret%26%3A", new String(Base64.getDecoder().decode(header.substring(6))));
    }

    @Test
    void onlyAnObjectWithAnAccessTokenIsAToken() {
        assertTrue(ProviderTokens.parse("{\"access_token\":\"a\",\"token_type\":\"Bearer\"}").isPresent());
        assertFalse(ProviderTokens.parse("{\"error\":\"invalid_grant\"}").isPresent());
        assertFalse(ProviderTokens.parse("{\"access_token\":1}").isPresent());
        assertFalse(ProviderTokens.parse("[]").isPresent());
        assertFalse(ProviderTokens.parse("access_token=a&token_type=bearer").isPresent());
    }

    @Test
    void dueByExpiresAtOrByExpiresInFromWhenStoredAndOnlyWithARefreshToken() {
        Instant stored = NOW.minusSeconds(3000);
        assertFalse(ProviderTokens.due(json("{\"access_token\":\"a\",\"refresh_token\":\"r\",\"expires_in\":3600}"), stored, NOW));
        assertTrue(ProviderTokens.due(json("{\"access_token\":\"a\",\"refresh_token\":\"r\",\"expires_in\":3050}"), stored, NOW),
                "within the margin");
        assertTrue(ProviderTokens.due(json("{\"access_token\":\"a\",\"refresh_token\":\"r\",\"expires_at\":" + (NOW.getEpochSecond() - 1) + "}"),
                NOW, NOW));
        assertFalse(ProviderTokens.due(json("{\"access_token\":\"a\",\"refresh_token\":\"r\",\"expires_at\":" + (NOW.getEpochSecond() + 600.5)
                + ",\"expires_in\":1}"), stored, NOW), "expires_at wins over expires_in");
        assertFalse(ProviderTokens.due(json("{\"access_token\":\"a\",\"expires_in\":1}"), stored, NOW), "nothing to refresh with");
        assertFalse(ProviderTokens.due(json("{\"access_token\":\"a\",\"refresh_token\":\"r\"}"), stored, NOW), "no end given");
        assertFalse(ProviderTokens.due(json("{\"access_token\":\"a\",\"refresh_token\":\"r\",\"expires_at\":1e300}"), stored, NOW));
    }

    @Test
    void stampedAddsExpiresAtAndKeepsTheRefreshTokenTheProviderKept() {
        JsonObject previous = json("{\"access_token\":\"old\",\"refresh_token\":\"r1\"}");
        assertEquals(json("{\"access_token\":\"new\",\"expires_in\":3600,\"expires_at\":" + (NOW.getEpochSecond() + 3600) + ",\"refresh_token\":\"r1\"}"),
                ProviderTokens.stamped(json("{\"access_token\":\"new\",\"expires_in\":3600}"), previous, NOW));
        assertEquals(json("{\"access_token\":\"new\",\"refresh_token\":\"r2\"}"),
                ProviderTokens.stamped(json("{\"access_token\":\"new\",\"refresh_token\":\"r2\"}"), previous, NOW), "a rotated one replaces it");
        assertEquals(json("{\"access_token\":\"first\"}"), ProviderTokens.stamped(json("{\"access_token\":\"first\"}"), null, NOW));
    }
}
