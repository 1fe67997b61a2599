package org.selene.it;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The web pages at / in headless Chromium, against the deployed EAR: what a person does, by labels and button names. */
@SeleneIT
class WebPagesIT {

    static Browser browser;

    @RegisterExtension
    static Browser.ScreenshotOnFailure screenshots = new Browser.ScreenshotOnFailure(() -> browser);

    @BeforeAll
    static void startBrowser() {
        browser = new Browser();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @AfterEach
    void forgetSession() {
        browser.driver().manage().deleteAllCookies();
    }

    /** An account made through the sso API logs in on the page; the APIs accept the page's cookies, and logging out revokes them. */
    @Test
    void logInWithAnAccountMadeThroughTheApiAndShareTheSessionWithTheApis() {
        String email = WebLogin.uniqueEmail();
        String password = "pw-" + UUID.randomUUID();
        WebLogin.signUp(email, password);

        browser.open("/");
        browser.awaitHeading("Log in");
        browser.type("E-mail address", email).type("Password", "wrong-" + password).click("Log in");
        browser.awaitText("The e-mail address or the password is wrong.");
        browser.type("Password", password).click("Log in");
        browser.awaitHeading("Your devices");
        assertTrue(browser.text().contains("No device yet"), browser.text());

        String access = browser.cookie("seleneAccess").orElseThrow();
        String refresh = browser.cookie("seleneRefresh").orElseThrow();
        String cookies = "seleneAccess=" + access + "; seleneRefresh=" + refresh;
        Http.get("/account/api/devices", "Cookie", cookies).assertStatus(200);

        browser.click("Log out");
        browser.awaitHeading("Log in");
        assertTrue(browser.cookie("seleneAccess").isEmpty());
        Http.get("/account/api/devices", "Cookie", cookies).assertJsonError(401);
    }

    /** A session that began on the API is a session on the pages. */
    @Test
    void aSessionFromTheApiOpensTheDashboard() {
        WebLogin.Session api = WebLogin.newPerson();
        Http.Reply page = Http.get("/", "Cookie", api.cookieHeader());
        assertEquals(200, page.status(), page.body());
        assertTrue(page.body().contains("Your devices"), page.body());
        Http.Reply anonymous = Http.get("/index.xhtml");
        assertEquals(302, anonymous.status());
        assertTrue(anonymous.header("Location").orElseThrow().contains("/login.xhtml?next="), anonymous.headers().toString());
    }

    @Test
    void everyPageHasAContentSecurityPolicyWithANonceAndRefusesFrames() {
        Http.Reply login = Http.get("/login.xhtml");
        assertEquals(200, login.status());
        String policy = login.header("Content-Security-Policy").orElseThrow();
        assertTrue(policy.contains("script-src 'self' 'nonce-"), policy);
        assertTrue(policy.contains("frame-ancestors 'none'"), policy);
        assertEquals("DENY", login.header("X-Frame-Options").orElseThrow());
        assertFalse(login.body().contains("onclick=\""), "inline handlers would need 'unsafe-inline'");

        Http.Reply missing = Http.get("/no-such-page.xhtml", "Accept", "text/html");
        assertEquals("DENY", missing.header("X-Frame-Options").orElseThrow());
        assertTrue(missing.header("Content-Security-Policy").orElseThrow().contains("default-src 'none'"));
    }

    @Test
    void aBadUrlIsAPageInWordsForBrowsersAndJsonForClientsWithoutAStackTrace() {
        Http.Reply html = Http.get("/no-such-page.xhtml", "Accept", "text/html");
        assertEquals(404, html.status());
        assertTrue(html.body().contains("There is no such page"), html.body());
        Http.get("/no/such/path", "Accept", "application/json").assertJsonError(404);
        Http.Reply badView = Http.get("/index.xhtml?id=%00%ff", "Accept", "text/html", "Cookie", WebLogin.newPerson().cookieHeader());
        for (Http.Reply reply : java.util.List.of(html, badView)) {
            assertFalse(reply.body().contains("Exception"), reply.body());
            assertFalse(reply.body().contains("at org."), reply.body());
        }
        browser.open("/no-such-page.xhtml");
        browser.awaitHeading("There is no such page");
    }

    @Test
    void theAdminPagesAnswer403ToAPersonWithoutTheRole() {
        WebLogin.Session someone = WebLogin.newPerson();
        Http.Reply denied = Http.get("/admin/devices.xhtml", "Cookie", someone.cookieHeader(), "Accept", "text/html");
        assertEquals(403, denied.status());
        assertTrue(denied.body().contains("administrators only"), denied.body());
        Http.get("/admin/jobs.xhtml", "Cookie", someone.cookieHeader()).assertJsonError(403);
    }
}
