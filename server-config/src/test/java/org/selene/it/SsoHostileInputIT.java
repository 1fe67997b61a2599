package org.selene.it;

import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A sweep over every sso route with hostile input: each answer is a 4xx with a JSON body (never a
 * 500 or HTML) and carries CORS, and nothing stored changes.
 */
@SeleneIT
class SsoHostileInputIT {

    static final List<String[]> BODY_ROUTES = List.of(
            new String[]{"POST", "/sso/api/account"}, new String[]{"POST", "/sso/api/validate-federated"},
            new String[]{"POST", "/sso/api/password-reset"}, new String[]{"POST", "/sso/api/validate-token"},
            new String[]{"PUT", "/sso/api/password-change"});

    static final List<String> WRONG_TYPES = List.of(
            "{\"termsOfUse\":1,\"privacyPolicy\":[],\"login\":{\"email\":5,\"password\":{}}}",
            "{\"platform\":null,\"token\":null}", "{\"emailAddress\":[\"a@b.org\"]}", "{\"token\":{\"$ne\":null}}",
            "{\"accountId\":7,\"password\":true,\"token\":[]}");

    private static String snapshot() {
        return Db.query("""
                SELECT (SELECT count(*) FROM account.account) AS accounts,
                       (SELECT coalesce(sum(hashtext(coalesce(password, ''))), 0) FROM account.account) AS hashes,
                       (SELECT coalesce(sum(token_version), 0) FROM account.session_version) AS versions""").toString();
    }

    private static void check(List<String> failures, String what, Http.Reply reply) {
        if (reply.status() < 400 || reply.status() >= 500 || !reply.body().startsWith("{\"error\"")
                || !"*".equals(reply.header("Access-Control-Allow-Origin").orElse(null))) {
            failures.add(what + " -> " + reply.status() + " " + reply.body());
        }
    }

    @Test
    void malformedAndWrongTypedBodiesAre4xxJsonOnEveryRoute() {
        String before = snapshot();
        List<String> failures = new ArrayList<>();
        List<String> bodies = new ArrayList<>(DeviceHostileInputIT.BAD_BODIES);
        bodies.addAll(WRONG_TYPES);
        bodies.add("{" + "\"a\":{".repeat(2000) + "}".repeat(2001));
        for (String[] route : BODY_ROUTES) {
            for (String body : bodies) {
                for (String type : new String[]{"application/json", "text/plain"}) {
                    check(failures, route[0] + " " + route[1] + " " + type + " " + body.substring(0, Math.min(body.length(), 60)),
                            Http.send(route[0], route[1], body, "Content-Type", type));
                }
            }
            check(failures, route[0] + " " + route[1] + " no body", Http.send(route[0], route[1], null));
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
        assertEquals(before, snapshot());
    }

    @Test
    void hostileQueriesAndHeadersAre4xxJson() {
        List<String> failures = new ArrayList<>();
        String[] tokens = {"%00", "'; DROP TABLE account.account; --", "x".repeat(5000), "=?utf-8?", "\u202e"};
        for (String token : tokens) {
            String q = URLEncoder.encode(token, StandardCharsets.UTF_8);
            check(failures, "validate-email Internal " + token.length(), Http.get("/sso/api/validate-email?platform=Internal&token=" + q));
            check(failures, "validate-email platform " + token.length(), Http.get("/sso/api/validate-email?platform=" + q + "&token=abc"));
            check(failures, "github-token " + token.length(), Http.get("/sso/api/github-token?code=" + q + "x".repeat(200)));
            check(failures, "agreement " + token.length(), Http.get("/sso/api/agreement/" + q));
        }
        for (String auth : new String[]{"Basic " + "A".repeat(4000), "Basic =", "Basic " + WebLogin.b64(":||:"), "Digest x", "basic"}) {
            check(failures, "internal-login " + auth.substring(0, Math.min(auth.length(), 20)), Http.get("/sso/api/internal-login", "Authorization", auth));
        }
        for (String cookie : new String[]{"seleneAccess=" + "x".repeat(4000), "seleneAccess=a.b.c; seleneRefresh=a.b.c", "seleneRefresh=%%%"}) {
            check(failures, "logout " + cookie.substring(0, Math.min(cookie.length(), 20)), Http.get("/sso/api/logout", "Cookie", cookie));
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    private static Http.Reply requestReset(String target, String address) {
        return Http.post("/sso/api/password-reset", "{\"emailAddress\":\"" + target + "\"}", "X-Forwarded-For", address);
    }

    /** Password-reset mails are limited per target address, for known and unknown addresses alike. */
    @Test
    void passwordResetsAreLimitedPerTargetAndAnUnknownAddressAnswersAsAKnownOne() {
        Mailbox.start();
        String known = WebLogin.uniqueEmail();
        WebLogin.signUp(known, "right");
        String unknown = WebLogin.uniqueEmail();
        for (String target : List.of(known, unknown)) {
            List<String> answers = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                Http.Reply reply = requestReset(target, Http.newClientAddress()).assertStatus(200);
                answers.add(reply.status() + reply.body());
            }
            Http.Reply refused = Limits.assertLimited(requestReset(target, Http.newClientAddress()), 3600);
            answers.add(refused.status() + refused.body());
            assertEquals(List.of("200", "200", "200", "200", "200", "429{\"error\":\"too many password reset requests, try again later\"}"), answers, target);
            assertEquals(5, Mailbox.to(target).size(), "no mail for the refused request");
        }
        Limits.endCurrentWindows("PASSWORD_RESETS_PER_EMAIL");
        requestReset(known, Http.newClientAddress()).assertStatus(200);
    }

    @Test
    void passwordResetsAreLimitedPerClientAddress() {
        Mailbox.start();
        String address = Http.newClientAddress();
        for (int i = 0; i < 20; i++) {
            requestReset(WebLogin.uniqueEmail(), address).assertStatus(200);
        }
        String target = WebLogin.uniqueEmail();
        Limits.assertLimited(requestReset(target, address), 3600);
        requestReset(target, Http.newClientAddress()).assertStatus(200);
        assertEquals(1, Mailbox.to(target).size());
    }

    @Test
    void signUpsAreLimitedPerClientAddress() {
        String address = Http.newClientAddress();
        for (int i = 0; i < 30; i++) {
            Http.post("/sso/api/account", WebLogin.signUpBody(WebLogin.uniqueEmail(), "pw"), "X-Forwarded-For", address).assertStatus(200);
        }
        String email = WebLogin.uniqueEmail();
        Limits.assertLimited(Http.post("/sso/api/account", WebLogin.signUpBody(email, "pw"), "X-Forwarded-For", address), 3600);
        assertEquals(0, Db.count("SELECT count(*) FROM account.account WHERE email_address = ?", email));
        // a bad request from that address is still answered as one (the limit counts only well-formed sign-ups)
        Http.post("/sso/api/account", WebLogin.signUpBody("not an address", "pw"), "X-Forwarded-For", address).assertJsonError(400);
    }
}
