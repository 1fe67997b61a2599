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

    /**
     * The page pairs a device by the code it requested over /v1 (the account API's pairing service),
     * the device's activation answers 200 with its login, and a skill setting saved in the generated
     * form reaches the device's next GET of its skill settings.
     */
    @Test
    void addADeviceByItsSpokenCodeChangeWhatItSeesThenEditAndRemoveIt() {
        WebLogin.Session me = WebLogin.newPerson();
        DeviceFixture.kansasCity();
        DeviceFixture.Code code = DeviceFixture.requestCode();
        browser.signIn(me.cookieHeader()).open("/");
        browser.awaitHeading("Your devices").click("Add a device");
        browser.awaitHeading("Add a device");
        browser.type("Pairing code", code.code().toLowerCase(java.util.Locale.ROOT)).type("Name", "Kitchen speaker").type("Placement", "kitchen")
                .typeAhead("Location", "Kansas C", "Kansas City, Missouri, United States");
        browser.click("Add device");
        browser.awaitHeading("Your devices").awaitText("Kitchen speaker");

        jakarta.json.JsonObject login = Http.post("/v1/device/activate", DeviceFixture.activation(code), "X-Forwarded-For", code.clientAddress())
                .assertStatus(200).object();
        String device = login.getString("uuid");
        String bearer = "Bearer " + login.getString("accessToken");
        assertEquals(me.accountId(), Db.scalar("SELECT account_id FROM device.device WHERE id = ?::uuid", device));
        browser.open("/").awaitText("21.2.2");
        browser.screenshot("page-devices");

        Http.put("/v1/device/" + device + "/skillJson", DeviceSkillsIT.manifest(DeviceSkillsIT.entry("weather", "weather-skill|21.02", "msm", 0)),
                "Authorization", bearer).assertStatus(200);
        Http.put("/v1/device/" + device + "/settingsMeta", AccountSkillsIT.meta("metric"), "Authorization", bearer).assertStatus(204);
        browser.open("/skills.xhtml").awaitHeading("Skill settings");
        browser.select("Units", "Imperial").type("Days", "5").click("Save Weather settings");
        browser.awaitText("Weather settings saved");
        jakarta.json.JsonObject values = Http.get("/v1/device/" + device + "/skill/settings", "Authorization", bearer).assertStatus(200)
                .object().getJsonObject("weather-skill|21.02");
        assertEquals("imperial", values.getString("units"), values.toString());
        assertEquals(5, values.getInt("days"), values.toString());

        browser.open("/account.xhtml").awaitHeading("Your account");
        browser.select("Units", "Metric").click("Save preferences");
        browser.awaitText("Preferences saved");
        assertEquals("metric", Http.get("/v1/device/" + device + "/setting", "Authorization", bearer).assertStatus(200)
                .object().getString("systemUnit"));

        browser.open("/").click("Kitchen speaker");
        browser.awaitHeading("Edit Kitchen speaker");
        browser.type("Name", "Pantry speaker").type("Placement", "pantry").click("Save device");
        browser.awaitText("Saved Pantry speaker.");
        jakarta.json.JsonObject record = Http.get("/v1/device/" + device, "Authorization", bearer).assertStatus(200).object();
        assertEquals("Pantry speaker", record.getString("name"), record.toString());
        assertEquals("pantry", record.getString("description"), record.toString());

        browser.open("/").click("Pantry speaker");
        browser.awaitHeading("Edit Pantry speaker").click("Remove device");
        browser.awaitText("Removed Pantry speaker");
        assertEquals(0L, Db.count("SELECT count(*) FROM device.device WHERE id = '" + device + "'"));
    }

    @Test
    void aWrongPairingCodeIsShownNextToTheField() {
        browser.signIn(WebLogin.newPerson().cookieHeader()).open("/device.xhtml");
        DeviceFixture.kansasCity();
        browser.awaitHeading("Add a device").type("Pairing code", "ZZZZZZ").type("Name", "Nowhere")
                .typeAhead("Location", "Kansas C", "Kansas City, Missouri, United States").click("Add device");
        browser.awaitText("Unknown or expired pairing code");
    }

    /** The admin (ADMIN_EMAILS, verified) sees every device and starts a job whose progress ends COMPLETED. */
    @Test
    void theAdminSeesAllDevicesAndStartsAJobUntilItCompletes() {
        DeviceFixture.Paired someones = DeviceFixture.pair();
        browser.signIn(MarketSession.admin().cookie()).open("/admin/devices.xhtml");
        browser.awaitHeading("All devices").awaitText("device-");
        assertTrue(browser.text().contains(someones.accountId() + "@example.org"), browser.text());
        // Chart.js draws the activity chart into its canvas (PrimeFaces' scripts ran under the CSP)
        browser.waitFor(d -> d.findElements(org.openqa.selenium.By.cssSelector("#activity canvas")).stream()
                .anyMatch(c -> Boolean.TRUE.equals(browser.driver().executeScript("return !!(window.Chart && Chart.getChart(arguments[0]));", c))) ? true : null);
        browser.screenshot("page-admin-devices");
        browser.open("/admin/jobs.xhtml").awaitHeading("Batch jobs");
        browser.select("Job", "core-metrics-parse").type("Parameters", "date=2025-06-03").click("Start job");
        browser.awaitText("Started core-metrics-parse as execution");
        String started = browser.text().replaceAll("(?s).*Started core-metrics-parse as execution (\\d+).*", "$1");
        // the poll refreshes the table until the execution ends
        browser.waitFor(d -> d.findElements(org.openqa.selenium.By.cssSelector("span.status[data-execution='" + started + "']"))
                .stream().anyMatch(e -> e.getText().equals("COMPLETED")) ? true : null);
    }

    /** A failed execution offers its restart on the page; the restart runs with its parameters once its source is there. */
    @Test
    void theAdminRestartsAFailedJobFromThePage() throws Exception {
        String name = "page-restart-" + UUID.randomUUID().toString().substring(0, 8);
        java.nio.file.Path source = java.nio.file.Files.createDirectories(BatchJobsClient.importDir().resolve("skill-catalogues"))
                .resolve(name + ".json");
        browser.signIn(MarketSession.admin().cookie()).open("/admin/jobs.xhtml").awaitHeading("Batch jobs");
        browser.select("Job", "skill-import").type("Parameters", "source=" + source + ", coreVersion=21.08").click("Start job");
        browser.awaitText("Started skill-import as execution");
        String failed = browser.text().replaceAll("(?s).*Started skill-import as execution (\\d+).*", "$1");
        browser.waitFor(d -> d.findElements(org.openqa.selenium.By.cssSelector("span.status[data-execution='" + failed + "']"))
                .stream().anyMatch(e -> e.getText().equals("FAILED")) ? true : null);

        SkillImportIT.write(name + ".json", SkillImportIT.catalogue(name, "Restarted From The Page"));
        browser.open("/admin/jobs.xhtml").click("Restart execution " + failed);
        browser.awaitText("Restarted execution " + failed + " as ");
        String restarted = browser.text().replaceAll("(?s).*Restarted execution " + failed + " as (\\d+).*", "$1");
        browser.waitFor(d -> d.findElements(org.openqa.selenium.By.cssSelector("span.status[data-execution='" + restarted + "']"))
                .stream().anyMatch(e -> e.getText().equals("COMPLETED")) ? true : null);
        assertEquals(1, Db.count("SELECT count(*) FROM skill.skill WHERE skill_gid = ?", name + "|21.08"));
        assertTrue(browser.driver().findElements(org.openqa.selenium.By.xpath("//button[normalize-space(.)='Restart execution " + failed + "']")).isEmpty(),
                "a restarted execution is not offered again");
    }

    @Test
    void signUpOnThePageNeedsBothAgreementsThenTheMailedLinkVerifiesTheAddress() throws Exception {
        Mailbox.start();
        String email = WebLogin.uniqueEmail();
        browser.open("/signup.xhtml").awaitHeading("Sign up");
        browser.type("E-mail address", email).type("Password", "pw-" + UUID.randomUUID()).click("Sign up");
        browser.awaitText("Agreement not accepted");
        assertEquals(0L, Db.count("SELECT count(*) FROM account.account WHERE email_address = '" + email + "'"));
        browser.type("Password", "pw-second-try");
        browser.tick("I accept the Terms of Use");
        // the mouse right after: the theme's transition on checkboxes once sent this click elsewhere (site.css)
        browser.field("I accept the Privacy Policy").click();
        browser.click("Sign up");
        browser.awaitHeading("Your devices").awaitText("We mailed you a link to verify your address.");
        assertEquals(1L, Db.count("SELECT count(*) FROM account.account WHERE email_address = '" + email + "'"));
        browser.open("/account.xhtml").awaitText("Your e-mail address is not verified yet");

        // the link opens this server's page (default ACCOUNT_BASE_URL); the address is proven by the button, not by the GET
        Mailbox.Mail mail = Mailbox.await(email, "Email Change Verification");
        java.util.regex.Matcher link = java.util.regex.Pattern.compile("http://localhost:8080(/verify-email\\?token=[0-9a-f]+)").matcher(mail.text());
        assertTrue(link.find(), mail.text());
        browser.open(link.group(1)).awaitHeading("Verify your e-mail address");
        assertEquals(0L, Db.count("SELECT count(*) FROM account.email_verification v JOIN account.account a ON a.id = v.account_id WHERE a.email_address = ?", email));
        browser.click("Verify my e-mail address");
        browser.awaitHeading("Your account").awaitText("Your e-mail address is verified.");
        assertEquals(1L, Db.count("SELECT count(*) FROM account.email_verification v JOIN account.account a ON a.id = v.account_id WHERE a.email_address = ?", email));
        // a link works once
        browser.open(link.group(1)).awaitHeading("Verify your e-mail address").click("Verify my e-mail address");
        browser.awaitText("This link has expired, was already used or belongs to another account.");
    }

    /** The reset mail's link opens this server's page (default SSO_BASE_URL): a new password, once. */
    @Test
    void aForgottenPasswordIsResetThroughTheMailedLink() throws Exception {
        Mailbox.start();
        String email = WebLogin.uniqueEmail();
        WebLogin.signUp(email, "old-" + UUID.randomUUID());
        browser.open("/reset.xhtml").awaitHeading("Reset your password");
        browser.type("E-mail address", email).click("Send the reset link");
        browser.awaitHeading("Log in");
        Mailbox.Mail mail = Mailbox.await(email, "Password Reset Request");
        java.util.regex.Matcher link = java.util.regex.Pattern.compile("http://localhost:8080(/change-password\\?token=[A-Za-z0-9_.%-]+)").matcher(mail.text());
        assertTrue(link.find(), mail.text());

        browser.open(link.group(1)).awaitHeading("Choose a new password");
        browser.type("New password", "new-pw-a").type("Repeat the new password", "new-pw-b").click("Set the new password");
        browser.awaitText("The two passwords differ.");
        browser.type("New password", "new-pw-a").type("Repeat the new password", "new-pw-a").click("Set the new password");
        browser.awaitHeading("Log in").awaitText("Your new password is set: log in with it.");
        WebLogin.logIn(email, "new-pw-a");

        browser.open(link.group(1)).awaitHeading("Choose a new password").awaitText("This link has expired or was already used.");
        browser.open("/change-password?token=not-a-token").awaitText("This link has expired or was already used.");
    }

    /** Admin: a device's own settings over its account's, seen by the device on its next poll; "as the account" clears them. */
    @Test
    void theAdminSetsADevicesOwnSettingsTheDeviceSees() throws Exception {
        DeviceFixture.Paired device = DeviceFixture.pair();
        String name = Db.scalar("SELECT name FROM device.device WHERE id = ?", device.deviceId()).toString();
        browser.signIn(MarketSession.admin().cookie()).open("/admin/devices.xhtml").awaitHeading("All devices");
        browser.open("/admin/device.xhtml?id=" + device.deviceId()).awaitHeading("Device settings: " + name);
        browser.select("Date format", "DD/MM/YYYY").select("Units", "Metric").select("Keeps metrics and recordings (opt-in)", "Yes")
                .type("E-mail recipient of the device's messages", "kitchen@localhost").click("Save device settings");
        browser.awaitText("Not a valid e-mail address.");
        assertEquals(0L, Db.count("SELECT count(*) FROM device.device_preferences WHERE device_id = ?", device.deviceId()));
        browser.type("E-mail recipient of the device's messages", "kitchen@example.org").click("Save device settings");
        browser.awaitText("The device sees it on its next poll.");
        jakarta.json.JsonObject setting = Http.get(device.path("/setting"), "Authorization", device.bearer()).assertStatus(200).object();
        assertEquals("DMY", setting.getString("dateFormat"), setting.toString());
        assertEquals("metric", setting.getString("systemUnit"), setting.toString());
        assertEquals(Boolean.TRUE, Db.scalar("SELECT opt_in FROM device.device_preferences WHERE device_id = ?", device.deviceId()));
        assertEquals("kitchen@example.org", Db.scalar("SELECT email FROM device.device_preferences WHERE device_id = ?", device.deviceId()));

        browser.select("Date format", "As the account").click("Save device settings");
        browser.awaitText("The device sees it on its next poll.");
        assertEquals(null, Db.scalar("SELECT date_format FROM device.device_preferences WHERE device_id = ?", device.deviceId()));

        // a city replaces a location object the admin API stored; the device's /location is the city
        Http.put("/v1/admin/" + device.deviceId() + "/location", "{\"city\": {\"name\": \"Atlantis\"}}", RecordingsIT.admin()).assertStatus(200);
        BatchJobsClient.awaitFirstRun("geography-import");
        java.util.Map<String, Object> lisbon = Db.query("""
                SELECT c.name AS city, r.name AS region, co.name AS country FROM geography.city c JOIN geography.region r ON r.id = c.region_id
                JOIN geography.country co ON co.id = r.country_id WHERE c.name = 'Lisbon' ORDER BY c.population DESC NULLS LAST LIMIT 1""").get(0);
        browser.open("/admin/device.xhtml?id=" + device.deviceId()).awaitText("The device uses a location object set through the admin API");
        browser.typeAhead("Location", "Lisbo", lisbon.get("city") + ", " + lisbon.get("region") + ", " + lisbon.get("country")).click("Save device settings");
        browser.awaitText("The device sees it on its next poll.");
        jakarta.json.JsonObject location = Http.get(device.path("/location"), "Authorization", device.bearer()).assertStatus(200).object();
        assertEquals("Lisbon", location.getJsonObject("city").getString("name"), location.toString());
        assertEquals(null, Db.scalar("SELECT location FROM device.device_preferences WHERE device_id = ?", device.deviceId()));

        // its recordings: a player, a download of the same bytes, deletion
        byte[] audio = "RIFF-page-recording".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Http.post("/v1/admin/ww_recs/" + device.deviceId(), "{\"audio_b64\":\"" + java.util.Base64.getEncoder().encodeToString(audio)
                + "\",\"transcription\":\"hey mycroft\",\"meta\":{}}", RecordingsIT.admin()).assertStatus(200);
        browser.open("/admin/device.xhtml?id=" + device.deviceId()).awaitText("hey mycroft");
        String player = browser.driver().findElement(org.openqa.selenium.By.cssSelector("audio[aria-label='Play the recording: hey mycroft']"))
                .getAttribute("src");
        Http.Reply played = Http.get(player.substring(player.indexOf("/admin/")), "Cookie", MarketSession.admin().cookie()).assertStatus(200);
        assertEquals("audio/wav", played.header("Content-Type").orElseThrow());
        org.junit.jupiter.api.Assertions.assertArrayEquals(audio, played.bytes());
        Http.Reply download = Http.get(player.substring(player.indexOf("/admin/")) + "&download=1", "Cookie", MarketSession.admin().cookie()).assertStatus(200);
        assertTrue(download.header("Content-Disposition").orElseThrow().startsWith("attachment"), download.headers().toString());
        Http.get(player.substring(player.indexOf("/admin/")), "Cookie", WebLogin.newPerson().cookieHeader()).assertStatus(403);
        browser.click("Delete the recording hey mycroft");
        browser.awaitText("Recording deleted.").awaitText("No recording is kept for this device.");
        assertEquals(0L, Db.count("SELECT count(*) FROM device.recording WHERE device_id = ?", device.deviceId()));

        browser.click("Remove device");
        browser.awaitHeading("All devices").awaitText("Removed " + name);
        assertEquals(0L, Db.count("SELECT count(*) FROM device.device WHERE id = ?", device.deviceId()));
    }

    /** Anyone browses and searches the catalogue and reads a skill's README as sanitised HTML; installing needs a device with the installer. */
    @Test
    void theMarketplaceIsBrowsedSearchedAndASkillReadThenInstallingIsExplained() throws Exception {
        BatchJobsClient.awaitFirstSkillImport();
        jakarta.json.JsonObject any = Http.get("/market/api/skills/available").assertStatus(200).object().getJsonArray("skills").getJsonObject(0);
        String name = any.getString("displayName");
        browser.open("/market.xhtml").awaitHeading("Marketplace");
        browser.type("Search skills", name).click("Search");
        browser.awaitText(name);
        browser.driver().findElement(org.openqa.selenium.By.linkText(name)).click();
        browser.awaitHeading(name).awaitText("Log in to install skills");
        assertFalse(browser.driver().getPageSource().contains("<script>alert"), "README rendered without raw HTML");

        browser.signIn(WebLogin.newPerson().cookieHeader()).open("/skill.xhtml?id=" + any.getString("id"));
        browser.awaitHeading(name).click("Install on my devices");
        browser.awaitText("None of this account's devices has the installer skill");
    }

    /** With the installer skill on a device, the skill's page puts the skill on the installer's lists that the device reads. */
    @Test
    void installingFromTheSkillsPageReachesTheDevicesInstaller() throws Exception {
        BatchJobsClient.awaitFirstSkillImport();
        WebLogin.Session me = WebLogin.newPerson();
        DeviceFixture.Paired device = DeviceFixture.pair(me.accountId());
        Http.put(device.path("/skillJson"), DeviceSkillsIT.manifest(DeviceSkillsIT.entry("mycroft-installer", "mycroft-installer|21.02", "default", 0)),
                "Authorization", device.bearer()).assertStatus(200);
        browser.signIn(me.cookieHeader()).open("/skill.xhtml?id=" + MarketplaceIT.marketId("mycroft-weather|21.02"));
        browser.awaitText("On your devices: not installed").click("Install on my devices");
        browser.awaitText("will be installed on your devices at their next update.");
        jakarta.json.JsonObject installer = Http.get(device.path("/skill/settings"), "Authorization", device.bearer()).assertStatus(200)
                .object().getJsonObject("mycroft-installer|21.02");
        assertEquals("[{\"name\":\"mycroft-weather\"}]", installer.getJsonArray("to_install").toString());

        browser.click("Remove from my devices");
        browser.awaitText("will be removed on your devices at their next update.");
        installer = Http.get(device.path("/skill/settings"), "Authorization", device.bearer()).assertStatus(200)
                .object().getJsonObject("mycroft-installer|21.02");
        assertEquals(0, installer.getJsonArray("to_install").size());
        assertEquals("[{\"name\":\"mycroft-weather\"}]", installer.getJsonArray("to_remove").toString());
    }

    /** On a phone-sized screen the pages fit the width (no sideways scrolling) and keep their labels. */
    @Test
    void thePagesFitAPhoneScreen() {
        WebLogin.Session me = WebLogin.newPerson();
        try (Browser phone = new Browser(390, 844)) {
            phone.signIn(me.cookieHeader());
            for (String page : java.util.List.of("/", "/device.xhtml", "/account.xhtml", "/market.xhtml")) {
                phone.open(page);
                phone.heading();
                Object overflow = phone.driver().executeScript("return document.documentElement.scrollWidth - window.innerWidth;");
                assertTrue(((Number) overflow).intValue() <= 0, page + " is wider than the phone by " + overflow + " px");
            }
            phone.open("/device.xhtml").awaitHeading("Add a device");
            phone.field("Pairing code");
            phone.screenshot("page-add-device-phone");
        }
    }

    /**
     * "Log in with GitHub": GitHub (a stand-in on its configured address) sends the browser back with a
     * code and the state; the page exchanges the code, finds the account by GitHub's address and logs in.
     * A callback whose state this browser did not begin is refused.
     */
    @Test
    void logInWithGitHub() throws Exception {
        String email = WebLogin.uniqueEmail();
        WebLogin.signUp(email, "pw-" + UUID.randomUUID());
        String token = "gho_web_" + UUID.randomUUID();
        com.sun.net.httpserver.HttpServer gitHub = com.sun.net.httpserver.HttpServer.create(
                new java.net.InetSocketAddress("localhost", StandIns.port(StandIns.GITHUB)), 0);
        gitHub.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            java.util.Map<String, String> q = new java.util.HashMap<>();
            String raw = exchange.getRequestURI().getRawQuery();
            for (String pair : raw == null ? new String[0] : raw.split("&")) {
                String[] nv = pair.split("=", 2);
                q.put(java.net.URLDecoder.decode(nv[0], java.nio.charset.StandardCharsets.UTF_8),
                        nv.length > 1 ? java.net.URLDecoder.decode(nv[1], java.nio.charset.StandardCharsets.UTF_8) : "");
            }
            int status = 200;
            String body = "{}";
            if (path.equals("/login/oauth/authorize") && "it-github-client".equals(q.get("client_id"))) {
                exchange.getResponseHeaders().add("Location", q.get("redirect_uri") + "?code=good-web&state=" + q.get("state"));
                status = 302;
            } else if (path.equals("/login/oauth/access_token") && "good-web".equals(q.get("code"))) {
                body = "{\"access_token\":\"" + token + "\",\"token_type\":\"bearer\"}";
            } else if (path.equals("/user/emails") && String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")).endsWith(token)) {
                body = "[{\"email\":\"" + email + "\",\"primary\":true,\"verified\":true}]";
            } else {
                status = 404;
            }
            byte[] bytes = body.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, status == 302 ? -1 : bytes.length);
            if (status != 302) {
                exchange.getResponseBody().write(bytes);
            }
            exchange.close();
        });
        gitHub.start();
        try {
            browser.open("/github-login?code=good-web&state=not-mine");
            browser.awaitHeading("Log in").awaitText("GitHub did not log you in");
            browser.click("Log in with GitHub");
            browser.awaitHeading("Your devices");
            String cookies = "seleneAccess=" + browser.cookie("seleneAccess").orElseThrow() + "; seleneRefresh=" + browser.cookie("seleneRefresh").orElseThrow();
            assertEquals(email, Http.get("/account/api/account", "Cookie", cookies).assertStatus(200).object().getString("emailAddress"));
        } finally {
            gitHub.stop(0);
        }
    }

    /** A new password ends the other sessions (the API's cookies stop working) and the page's own goes on; then the account is deleted. */
    @Test
    void changeThePasswordThenDeleteTheAccount() throws Exception {
        // the change is announced by mail to the account's address
        Mailbox.start();
        WebLogin.Session me = WebLogin.newPerson();
        browser.signIn(me.cookieHeader()).open("/account.xhtml");
        browser.awaitHeading("Your account").type("New password", "new-pw-1").type("Repeat the new password", "new-pw-2").click("Change password");
        browser.awaitText("The two passwords differ.");
        browser.type("New password", "new-pw-1").type("Repeat the new password", "new-pw-1").click("Change password");
        browser.awaitText("Password changed.");
        Http.get("/account/api/devices", "Cookie", me.cookieHeader()).assertJsonError(401);
        WebLogin.logIn(me.email(), "new-pw-1");

        browser.click("Delete my account");
        browser.awaitText("Tick the box to confirm.");
        assertEquals(1L, Db.count("SELECT count(*) FROM account.account WHERE id = ?", me.accountId()));
        browser.tick("I want to delete my account and all its devices");
        browser.click("Delete my account");
        browser.awaitHeading("Log in").awaitText("Your account and its devices are deleted.");
        assertEquals(0L, Db.count("SELECT count(*) FROM account.account WHERE id = ?", me.accountId()));
    }
}
