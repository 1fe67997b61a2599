package org.selene.it;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Internal login, logout, adopted Selene hashes and the login limits (docs/web-apis.md §1.2, §1.3, §2.3, §2.5). */
@SeleneIT
class SsoLoginIT {

    /** SHA-512-crypt of "foo" with SALT=testsalt, as Selene stored it (only the part after the last '$'). */
    static final String SELENE_HASH_OF_FOO = "XMsSBvGM2xLnuDdI2fvUaxM/No9wrzYRgF1NswgxkQRgQWoHsoh6K.ID4O/.R5jJ/9VZKkgJjF6kDGXsk8Tzb/";

    @Test
    void c4ValidEmailPasswordCombinationSetsBothCookies() {
        String email = WebLogin.uniqueEmail();
        WebLogin.signUp(email, "foo");
        Http.Reply reply = WebLogin.internalLogin(email, "foo").assertStatus(204);
        assertEquals(0, reply.bytes().length);
        Map<String, WebLogin.SetCookie> cookies = WebLogin.cookies(reply);
        WebLogin.SetCookie access = cookies.get("seleneAccess");
        WebLogin.SetCookie refresh = cookies.get("seleneRefresh");
        assertEquals("900", access.attribute("Max-Age").orElse(null));
        assertEquals("2628000", refresh.attribute("Max-Age").orElse(null));
        for (WebLogin.SetCookie cookie : cookies.values()) {
            assertTrue(cookie.has("Expires"), cookie.toString());
            assertEquals("/", cookie.attribute("Path").orElse(null));
            assertEquals("lax", cookie.attribute("SameSite").orElse("").toLowerCase());
            // Selene's fixed .mycroft.ai made browsers drop the cookies on any other host
            assertFalse(cookie.has("Domain"), "no Domain unless SESSION_COOKIE_DOMAIN is set: " + cookie);
            // the web apps read document.cookie to see whether someone is logged in
            assertFalse(cookie.has("HttpOnly"), cookie.toString());
            assertFalse(cookie.has("Secure"), "plain HTTP: " + cookie);
        }
    }

    @Test
    void cookiesAreSecureWhenAProxySaysTheRequestCameOverHttps() {
        String email = WebLogin.uniqueEmail();
        WebLogin.signUp(email, "foo");
        Http.Reply reply = WebLogin.internalLogin(email, "foo", "X-Forwarded-Proto", "https").assertStatus(204);
        for (WebLogin.SetCookie cookie : WebLogin.cookies(reply).values()) {
            assertTrue(cookie.has("Secure"), cookie.toString());
        }
    }

    @Test
    void c4InvalidEmailPasswordCombinationIs401() {
        String email = WebLogin.uniqueEmail();
        WebLogin.signUp(email, "foo");
        Http.Reply reply = WebLogin.internalLogin(email, "bar").assertJsonError(401);
        assertEquals("provided credentials not found", reply.object().getString("error"));
        assertTrue(reply.headerValues("Set-Cookie").isEmpty());
        assertEquals("provided credentials not found",
                WebLogin.internalLogin(WebLogin.uniqueEmail(), "foo").assertJsonError(401).object().getString("error"));
    }

    @Test
    void missingOrGarbledAuthorizationIs4xxJsonNot500() {
        Http.get("/sso/api/internal-login").assertJsonError(401);
        Http.get("/sso/api/internal-login", "Authorization", "Basic !!!not-base64!!!").assertJsonError(400);
        Http.get("/sso/api/internal-login", "Authorization", "Basic " + WebLogin.b64("no-separator")).assertJsonError(400);
        Http.get("/sso/api/internal-login", "Authorization", "Basic " + WebLogin.b64("a@b.org:password")).assertJsonError(400);
        Http.get("/sso/api/internal-login", "Authorization", "Bearer abc").assertJsonError(400);
        Http.get("/sso/api/internal-login", "Authorization", "Basic").assertJsonError(400);
    }

    @Test
    void accountAdoptedFromSeleneLogsInAndItsHashIsUpgradedWhenTheOperatorSwitchedThatOn() {
        String email = WebLogin.uniqueEmail();
        UUID id = UUID.randomUUID();
        Db.update("INSERT INTO account.account (id, email_address, password) VALUES (?, ?, ?)", id, email, SELENE_HASH_OF_FOO);
        WebLogin.internalLogin(email, "wrong").assertJsonError(401);
        assertEquals(SELENE_HASH_OF_FOO, Db.scalar("SELECT password FROM account.account WHERE id = ?", id), "a failed login changes nothing");
        WebLogin.internalLogin(email, "foo").assertStatus(204);
        String upgraded = (String) Db.scalar("SELECT password FROM account.account WHERE id = ?", id);
        assertTrue(upgraded.startsWith("PBKDF2WithHmacSHA512:210000:"), upgraded.substring(0, 12));
        WebLogin.internalLogin(email, "foo").assertStatus(204);
        WebLogin.internalLogin(email, "wrong").assertJsonError(401);
    }

    @Test
    void federatedOnlyAccountCannotLogInWithAPassword() {
        String email = WebLogin.uniqueEmail();
        Db.update("INSERT INTO account.account (id, email_address, password) VALUES (?, ?, NULL)", UUID.randomUUID(), email);
        WebLogin.internalLogin(email, "").assertJsonError(400);
        WebLogin.internalLogin(email, "anything").assertJsonError(401);
    }

    @Test
    void repeatedFailuresForOneEmailFromOneAddressAre429ThereUntilTheWindowPasses() {
        String email = WebLogin.uniqueEmail();
        WebLogin.signUp(email, "right");
        String address = Http.newClientAddress();
        for (int i = 0; i < 5; i++) {
            WebLogin.internalLogin(email, "wrong-" + i, "X-Forwarded-For", address).assertJsonError(401);
        }
        Http.Reply refused = Limits.assertLimited(WebLogin.internalLogin(email, "right", "X-Forwarded-For", address), 900);
        assertTrue(refused.headerValues("Set-Cookie").isEmpty());
        // guesses from one address do not lock the owner out from another (Selene locked the account for everyone)
        WebLogin.internalLogin(email, "right", "X-Forwarded-For", Http.newClientAddress()).assertStatus(204);
        assertEquals(0, Db.count("SELECT count(*) FROM account.rate_limit WHERE key_hash LIKE '%@%' OR key_hash LIKE '%.%'"),
                "no e-mail or client addresses stored in the limits, only digests");
        // the window passing lifts the lock: nobody can lock a victim out for good
        Limits.endCurrentWindows("LOGIN_FAILURES");
        WebLogin.internalLogin(email, "right", "X-Forwarded-For", address).assertStatus(204);
    }

    @Test
    void aConcurrentBurstOfGuessesCannotPassTheLimit() throws Exception {
        String email = WebLogin.uniqueEmail();
        WebLogin.signUp(email, "right");
        String address = Http.newClientAddress();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(16);
        try {
            List<java.util.concurrent.Future<Integer>> attempts = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                String guess = "guess-" + i;
                attempts.add(pool.submit(() -> WebLogin.internalLogin(email, guess, "X-Forwarded-For", address).status()));
            }
            Map<Integer, Integer> statuses = new TreeMap<>();
            for (java.util.concurrent.Future<Integer> attempt : attempts) {
                statuses.merge(attempt.get(5, java.util.concurrent.TimeUnit.MINUTES), 1, Integer::sum);
            }
            // the count is taken before the password is checked, in the statement that checks it
            assertEquals(Map.of(401, 5, 429, 11), statuses);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void repeatedFailuresFromOneAddressAre429ForEveryEmail() {
        String address = Http.newClientAddress();
        String victim = WebLogin.uniqueEmail();
        WebLogin.signUp(victim, "right");
        for (int i = 0; i < 20; i++) {
            WebLogin.internalLogin(WebLogin.uniqueEmail(), "guess", "X-Forwarded-For", address).assertJsonError(401);
        }
        Limits.assertLimited(WebLogin.internalLogin(victim, "right", "X-Forwarded-For", address), 900);
        // others, from elsewhere, are not affected
        WebLogin.internalLogin(victim, "right", "X-Forwarded-For", "203.0.113.7").assertStatus(204);
        Limits.endCurrentWindows("LOGIN_FAILURES_PER_ADDRESS");
        WebLogin.internalLogin(victim, "right", "X-Forwarded-For", address).assertStatus(204);
    }

    @Test
    void successfulLoginsDoNotCount() {
        String email = WebLogin.uniqueEmail();
        WebLogin.signUp(email, "right");
        String address = Http.newClientAddress();
        for (int i = 0; i < 25; i++) {
            WebLogin.internalLogin(email, "right", "X-Forwarded-For", address).assertStatus(204);
        }
    }

    @Test
    void c5LoggedInUserRequestsLogout() {
        WebLogin.Session session = WebLogin.newPerson();
        Http.Reply reply = Http.get("/sso/api/logout", "Cookie", session.cookieHeader()).assertStatus(204);
        Map<String, WebLogin.SetCookie> cookies = WebLogin.cookies(reply);
        assertEquals(2, cookies.size(), reply.headerValues("Set-Cookie").toString());
        for (String name : new String[]{"seleneAccess", "seleneRefresh"}) {
            WebLogin.SetCookie cookie = cookies.get(name);
            assertEquals("", cookie.value());
            assertEquals("0", cookie.attribute("Max-Age").orElse(null));
            assertTrue(cookie.has("Expires"));
            assertEquals("/", cookie.attribute("Path").orElse(null));
        }
    }

    @Test
    void logoutRevokesTheSessionServerSide() {
        // Selene's JWTs stayed valid after logout for up to 30 days
        WebLogin.Session session = WebLogin.newPerson();
        Http.get("/sso/api/logout", "Cookie", session.cookieHeader()).assertStatus(204);
        Http.Reply again = Http.get("/sso/api/logout", "Cookie", session.cookieHeader()).assertJsonError(401);
        assertEquals("authentication tokens expired", again.object().getString("error"));
        Http.get("/sso/api/logout", "Cookie", "seleneRefresh=" + session.refreshToken()).assertJsonError(401);
        WebLogin.Session next = WebLogin.logIn(session.email(), session.password());
        assertNotEquals(session.refreshToken(), next.refreshToken());
        Http.get("/sso/api/logout", "Cookie", next.cookieHeader()).assertStatus(204);
    }

    @Test
    void logoutWithoutCookiesIs401() {
        assertEquals("no authentication tokens found", Http.get("/sso/api/logout").assertJsonError(401).object().getString("error"));
    }
}
