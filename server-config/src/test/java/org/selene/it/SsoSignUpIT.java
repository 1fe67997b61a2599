package org.selene.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Sign-up, agreements, validate-email and CORS of the sso API (docs/web-apis.md §1.4, §2.1, §2.2, §2.8). */
@SeleneIT
class SsoSignUpIT {

    private static long accountsAddedToday() {
        Object added = Db.scalar("SELECT accounts_added FROM metric.account_activity WHERE activity_dt = (now() AT TIME ZONE 'UTC')::date");
        return added == null ? 0 : ((Number) added).longValue();
    }

    @Test
    void c1SuccessfulAccountAddition() {
        long before = accountsAddedToday();
        String email = WebLogin.uniqueEmail();
        Http.Reply reply = Http.post("/sso/api/account", WebLogin.signUpBody(email, "bar")).assertStatus(200);
        assertEquals("\"Account added successfully\"", reply.body());
        List<Map<String, Object>> agreements = Db.query("""
                SELECT ag.agreement::text AS type, aa.accept_date FROM account.account_agreement aa
                JOIN account.agreement ag ON ag.id = aa.agreement_id JOIN account.account a ON a.id = aa.account_id
                WHERE a.email_address = ? ORDER BY 1""", email);
        assertEquals(List.of("Privacy Policy", "Terms of Use"), agreements.stream().map(r -> r.get("type")).toList());
        for (Map<String, Object> row : agreements) {
            assertEquals(LocalDate.now(ZoneOffset.UTC), ((java.sql.Date) row.get("accept_date")).toLocalDate());
        }
        assertEquals(before + 1, accountsAddedToday());
        String stored = (String) Db.scalar("SELECT password FROM account.account WHERE email_address = ?", email);
        assertTrue(stored.startsWith("PBKDF2WithHmacSHA512:210000:"), "new hashes are PBKDF2-SHA512: " + stored.substring(0, 20));
        assertEquals(null, Db.scalar("SELECT username FROM account.account WHERE email_address = ?", email));
    }

    @Test
    void c1EmailBelongingToAnExistingAccount() {
        String email = WebLogin.uniqueEmail();
        WebLogin.signUp(email, "foo");
        JsonObject body = Http.get("/sso/api/validate-email?platform=Internal&token=" + WebLogin.b64(email)).assertStatus(200).object();
        assertTrue(body.getBoolean("accountExists"));
        assertFalse(body.getBoolean("noFederatedEmail"));
    }

    @Test
    void validateEmailOfAnUnknownAddressIs200False() {
        JsonObject body = Http.get("/sso/api/validate-email?platform=Internal&token=" + WebLogin.b64(WebLogin.uniqueEmail())).assertStatus(200).object();
        assertEquals(Map.of("accountExists", false, "noFederatedEmail", false),
                Map.of("accountExists", body.getBoolean("accountExists"), "noFederatedEmail", body.getBoolean("noFederatedEmail")));
    }

    @Test
    void validateEmailAcceptsAnAddressAtAnUnresolvableDomain() {
        // Selene's email-validator looked the domain up; a failing lookup froze the sign-up form
        Http.get("/sso/api/validate-email?platform=Internal&token=" + WebLogin.b64("someone@no-such-domain.invalid")).assertStatus(200);
    }

    @Test
    void validateEmailWithAnEmptyTokenIs200False() {
        JsonObject body = Http.get("/sso/api/validate-email?platform=Internal&token=").assertStatus(200).object();
        assertFalse(body.getBoolean("accountExists"));
    }

    @Test
    void validateEmailMalformedIs400JsonNot500() {
        Http.get("/sso/api/validate-email?platform=Internal&token=" + WebLogin.b64("not-an-address")).assertJsonError(400);
        Http.get("/sso/api/validate-email?platform=Internal&token=%25%25%25").assertJsonError(400);
        Http.get("/sso/api/validate-email?platform=Internal").assertJsonError(400);
        Http.get("/sso/api/validate-email?platform=MySpace&token=abc").assertJsonError(400);
    }

    @Test
    void c1RequestMissingARequiredField() {
        String email = WebLogin.uniqueEmail();
        String e = WebLogin.b64(email);
        String p = WebLogin.b64("bar");
        List<String> bodies = List.of(
                "{\"termsOfUse\":true,\"privacyPolicy\":true,\"login\":{\"federatedPlatform\":null,\"federatedToken\":null,\"password\":\"" + p + "\"}}",
                "{\"termsOfUse\":true,\"privacyPolicy\":true,\"login\":{\"federatedPlatform\":null,\"federatedToken\":null,\"email\":\"" + e + "\"}}",
                "{\"privacyPolicy\":true,\"login\":{\"email\":\"" + e + "\",\"password\":\"" + p + "\"}}",
                "{\"termsOfUse\":true,\"login\":{\"email\":\"" + e + "\",\"password\":\"" + p + "\"}}");
        for (String body : bodies) {
            Http.post("/sso/api/account", body).assertJsonError(400);
        }
        assertEquals(0, Db.count("SELECT count(*) FROM account.account WHERE email_address = ?", email));
    }

    @Test
    void c1RequiredAgreementNotAccepted() {
        String email = WebLogin.uniqueEmail();
        String login = "\"login\":{\"email\":\"" + WebLogin.b64(email) + "\",\"password\":\"" + WebLogin.b64("bar") + "\"}";
        Http.post("/sso/api/account", "{\"termsOfUse\":false,\"privacyPolicy\":true," + login + "}").assertJsonError(400);
        Http.post("/sso/api/account", "{\"termsOfUse\":true,\"privacyPolicy\":false," + login + "}").assertJsonError(400);
        assertEquals(0, Db.count("SELECT count(*) FROM account.account WHERE email_address = ?", email));
    }

    @Test
    void duplicateEmailIs409JsonNot500AndChangesNothing() {
        String email = WebLogin.uniqueEmail();
        WebLogin.signUp(email, "first");
        String hash = (String) Db.scalar("SELECT password FROM account.account WHERE email_address = ?", email);
        long added = accountsAddedToday();
        Http.post("/sso/api/account", WebLogin.signUpBody(email, "second")).assertJsonError(409);
        assertEquals(hash, Db.scalar("SELECT password FROM account.account WHERE email_address = ?", email));
        assertEquals(added, accountsAddedToday());
    }

    @Test
    void badInputIs400JsonNot500() {
        Http.post("/sso/api/account", "{not json").assertJsonError(400);
        Http.post("/sso/api/account", "[]").assertJsonError(400);
        Http.post("/sso/api/account", "{\"termsOfUse\":true,\"privacyPolicy\":true,\"login\":{\"email\":\"@@@\",\"password\":\"x\"}}").assertJsonError(400);
        Http.post("/sso/api/account", "{\"termsOfUse\":true,\"privacyPolicy\":true,\"login\":{\"email\":\"" + WebLogin.b64("nobody") + "\",\"password\":\"eA==\"}}").assertJsonError(400);
        Http.post("/sso/api/account", "{\"termsOfUse\":\"yes\",\"privacyPolicy\":true,\"login\":{}}").assertJsonError(400);
        Http.post("/sso/api/account", "{\"termsOfUse\":true,\"privacyPolicy\":true,\"login\":{},\"admin\":true}").assertJsonError(400);
        Http.post("/sso/api/account", "{\"termsOfUse\":true,\"privacyPolicy\":true,\"login\":\"x\"}").assertJsonError(400);
        Http.post("/sso/api/account", "{\"termsOfUse\":true,\"privacyPolicy\":true,\"login\":{\"federatedPlatform\":\"MySpace\",\"federatedToken\":\"t\"}}").assertJsonError(400);
    }

    @Test
    void c2RetrievePrivacyPolicyAndTermsOfUse() {
        for (String[] kind : new String[][]{{"privacy-policy", "Privacy Policy"}, {"terms-of-use", "Terms of Use"}}) {
            JsonObject body = Http.get("/sso/api/agreement/" + kind[0]).assertStatus(200).object();
            Map<String, Object> active = Db.query("""
                    SELECT id, version, convert_from(lo_get(content_id), 'UTF8') AS content FROM account.agreement
                    WHERE agreement = CAST(? AS agreement_enum) AND effective @> current_date""", kind[1]).get(0);
            assertEquals(kind[1], body.getString("type"));
            assertEquals(active.get("id").toString(), body.getString("id"));
            assertEquals(active.get("version"), body.getString("version"));
            assertEquals(active.get("content"), body.getString("content"));
            assertEquals(4, body.size(), body.toString());
        }
    }

    @Test
    void unknownAgreementTypeIs404JsonNot500() {
        Http.get("/sso/api/agreement/open-dataset").assertJsonError(404);
        Http.get("/sso/api/agreement/x%20y").assertJsonError(404);
    }

    @Test
    void corsOnEverySsoResponse() {
        assertEquals("*", Http.get("/sso/api/agreement/terms-of-use").assertStatus(200).header("Access-Control-Allow-Origin").orElse(null));
        assertEquals("*", Http.get("/sso/api/agreement/nope").assertJsonError(404).header("Access-Control-Allow-Origin").orElse(null));
        assertEquals("*", Http.get("/sso/api/logout").assertJsonError(401).header("Access-Control-Allow-Origin").orElse(null));
        Http.Reply preflight = Http.send("OPTIONS", "/sso/api/internal-login", null,
                "Origin", "https://account.selene.test", "Access-Control-Request-Method", "GET",
                "Access-Control-Request-Headers", "authorization, content-type");
        assertTrue(preflight.status() < 300, "preflight " + preflight.status());
        assertEquals("*", preflight.header("Access-Control-Allow-Origin").orElse(null));
        assertEquals("DELETE, GET, POST, PUT", preflight.header("Access-Control-Allow-Methods").orElse(null));
        assertEquals("authorization, content-type", preflight.header("Access-Control-Allow-Headers").orElse(null));
    }

    @Test
    void signUpAcceptsTheSsoAppsExactBody() {
        // as the sso app's new-account form sends it, federated fields null
        String email = WebLogin.uniqueEmail();
        UUID id = WebLogin.signUp(email, "pässwörd ünïcode");
        assertTrue(id != null);
        WebLogin.logIn(email, "pässwörd ünïcode");
    }

    @Test
    void oversizedBodiesAre413Json() {
        String huge = "{\"termsOfUse\":true,\"privacyPolicy\":true,\"login\":{\"email\":\"" + "A".repeat(11 * 1024 * 1024) + "\"}}";
        Http.sendExpectingContinue("POST", "/sso/api/account", huge, "Content-Type", "application/json").assertJsonError(413);
    }
}
