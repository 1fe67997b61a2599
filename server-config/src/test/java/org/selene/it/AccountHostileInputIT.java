package org.selene.it;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Bad input on every account route with a body: always 4xx JSON, never 500, and nothing stored changes. */
@SeleneIT
class AccountHostileInputIT {

    @BeforeAll
    static void places() throws InterruptedException {
        GeographyImportIT.awaitImport();
    }

    /** Everything of the account a request could have changed. */
    static List<Object> snapshot(UUID account) {
        return List.of(
                Db.query("SELECT email_address, username, password FROM account.account WHERE id = ?", account),
                Db.query("SELECT agreement_id FROM account.account_agreement WHERE account_id = ? ORDER BY agreement_id", account),
                Db.query("SELECT date_format::text, time_format::text, measurement_system::text FROM device.account_preferences WHERE account_id = ?", account),
                Db.query("SELECT wake_word_id, text_to_speech_id, country_id, region_id, city_id, timezone_id FROM device.account_defaults WHERE account_id = ?", account),
                Db.query("SELECT id, name, placement, wake_word_id, text_to_speech_id, geography_id FROM device.device WHERE account_id = ? ORDER BY id", account),
                Db.query("SELECT ds.settings::text FROM device.device_skill ds JOIN device.device d ON d.id = ds.device_id WHERE d.account_id = ?", account),
                Db.query("SELECT count(*) FROM account.email_change WHERE account_id = ?", account));
    }

    @Test
    void malformedRogueMistypedAndOversizedBodiesAre4xxJsonAndChangeNothing() {
        AccountSession.SignedIn me = AccountSession.signUp();
        DeviceFixture.Paired device = DeviceFixture.pair(me.accountId());
        Http.post("/account/api/preferences", AccountPreferencesIT.METRIC, me.headers()).assertStatus(204);
        Http.post("/account/api/defaults", "{\"wakeWord\":\"Hey Mycroft\",\"voice\":\"American Male\"}", me.headers()).assertStatus(204);
        String code = DeviceFixture.requestCode().code();
        String devicePath = "/account/api/devices/" + device.deviceId();
        Map<String, List<String>> routes = Map.of(
                "PATCH /account/api/account", List.of("{\"username\":5}", "{\"membership\":\"add\"}", "{\"membership\":{\"coupon\":\"x\"}}", "{\"openDataset\":\"yes\"}", "{\"username\":\"" + "x".repeat(500) + "\"}"),
                "POST /account/api/defaults", List.of("{\"wakeWord\":[\"Hey Mycroft\"]}", "{\"voice\":{}}"),
                "PATCH /account/api/preferences", List.of("{\"dateFormat\":null,\"measurementSystem\":\"Metric\",\"timeFormat\":\"24 Hour\"}"),
                "POST /account/api/devices", List.of("{\"pairingCode\":\"" + code + "\"}", AccountDevicesIT.form(code, "x").replace("\"x\"", "7"),
                        AccountDevicesIT.form(code, "   "), AccountDevicesIT.form(code, "y".repeat(5000))),
                "PATCH " + devicePath, List.of(AccountDevicesIT.edit("Kitchen", "Kansas City", "American Male").replace("\"autoUpdate\":null", "\"autoUpdate\":\"on\""),
                        "{\"name\":\"only a name\"}"),
                "PUT /account/api/change-email", List.of("{\"token\":\"***\"}", "{\"token\":42}"),
                "PUT /account/api/change-password", List.of("{\"password\":\"***\"}", "{\"password\":null}", "{\"password\":\"\"}"),
                "PUT /account/api/verify-email", List.of("{\"token\":[]}", "{\"token\":\"" + "0".repeat(300) + "\"}"),
                "PUT /account/api/skills/weather-skill/settings", List.of("{\"skillIds\":[\"nope\"],\"skillSettings\":[]}",
                        "{\"skillIds\":[],\"skillSettings\":[{\"settingsValues\":[],\"deviceNames\":[]}]}", "{\"skillIds\":[],\"skillSettings\":{}}",
                        "{\"skillIds\":[],\"skillSettings\":[{\"settingsValues\":{},\"deviceNames\":[1]}]}"));
        List<String> everyRoute = List.of("PATCH /account/api/account", "POST /account/api/defaults", "PATCH /account/api/defaults",
                "POST /account/api/preferences", "PATCH /account/api/preferences", "POST /account/api/devices", "PATCH " + devicePath,
                "PUT /account/api/change-email", "PUT /account/api/change-password", "PUT /account/api/verify-email",
                "PUT /account/api/skills/weather-skill/settings");
        List<Object> before = snapshot(me.accountId());
        for (String route : everyRoute) {
            String method = route.substring(0, route.indexOf(' '));
            String path = route.substring(route.indexOf(' ') + 1);
            for (String body : List.of("{\"unclosed\": ", "[1,2]", "\"text\"", "", "{\"rogue\":1}", "null")) {
                assertBadRequest(Http.send(method, path, body, me.headers("Content-Type", "application/json")), route, body);
            }
            for (String body : routes.getOrDefault(route, List.of())) {
                assertBadRequest(Http.send(method, path, body, me.headers("Content-Type", "application/json")), route, body);
            }
        }
        // the cap is one filter in front of every route: one route of each body-reading resource kind shows it
        String oversized = "{\"name\":\"" + "z".repeat(11 * 1024 * 1024) + "\"}";
        for (String route : List.of("PATCH /account/api/account", "POST /account/api/devices", "PUT /account/api/skills/weather-skill/settings")) {
            Http.sendExpectingContinue(route.substring(0, route.indexOf(' ')), route.substring(route.indexOf(' ') + 1), oversized,
                    me.headers("Content-Type", "application/json")).assertJsonError(413);
        }
        assertEquals(before, snapshot(me.accountId()));
    }

    private static void assertBadRequest(Http.Reply reply, String route, String body) {
        if (reply.status() < 400 || reply.status() >= 500) {
            throw new AssertionError(route + " with " + abbreviated(body) + " answered " + reply.status() + ": " + reply.body());
        }
        reply.assertJsonError(reply.status());
    }

    private static String abbreviated(String body) {
        return body.length() > 100 ? body.substring(0, 100) + "..." : body;
    }

    private static Http.Reply checkCode(AccountSession.SignedIn me, String code, String address) {
        return Http.get("/account/api/pairing-code/" + code, me.headers("X-Forwarded-For", address));
    }

    /** Guessing other households' pairing codes: checks and pairings count together, per account. */
    @Test
    void pairingAttemptsAreLimitedPerAccountAndConsumeNoCode() {
        AccountSession.SignedIn me = AccountSession.signUp();
        String address = Http.newClientAddress();
        for (int i = 0; i < 59; i++) {
            assertEquals(false, checkCode(me, String.format("ZZ%04d", i), address).assertStatus(200).object().getBoolean("isValid"));
        }
        Http.post("/account/api/devices", AccountDevicesIT.form("NOSUCH", "Guess"), me.headers("X-Forwarded-For", address)).assertJsonError(400);
        DeviceFixture.Code code = DeviceFixture.requestCode();
        Limits.assertLimited(Http.post("/account/api/devices", AccountDevicesIT.form(code.code(), "Kitchen"), me.headers("X-Forwarded-For", address)), 3600);
        // from another address too: the limit is the account's
        Limits.assertLimited(checkCode(me, code.code(), Http.newClientAddress()), 3600);
        assertEquals(0, Db.count("SELECT count(*) FROM device.device WHERE account_id = ?", me.accountId()));
        assertEquals(1, Db.count("SELECT count(*) FROM device.pairing_code WHERE code = ? AND device_id IS NULL", code.code()), "the code is not consumed");
        // another person is not affected
        AccountSession.SignedIn other = AccountSession.signUp();
        assertEquals(true, checkCode(other, code.code(), Http.newClientAddress()).assertStatus(200).object().getBoolean("isValid"));
        Limits.endCurrentWindows("PAIRING_ATTEMPTS_PER_ACCOUNT");
        Http.post("/account/api/devices", AccountDevicesIT.form(code.code(), "Kitchen"), me.headers("X-Forwarded-For", address)).assertStatus(204);
    }

    @Test
    void pairingAttemptsAreLimitedPerClientAddress() {
        String address = Http.newClientAddress();
        AccountSession.SignedIn me = null;
        for (int i = 0; i < 120; i++) {
            if (i % 40 == 0) {
                // a new account every 40 checks stays under the limit per account
                me = AccountSession.signUp();
            }
            checkCode(me, String.format("YY%04d", i), address).assertStatus(200);
        }
        AccountSession.SignedIn fresh = AccountSession.signUp();
        Limits.assertLimited(checkCode(fresh, "YY9999", address), 3600);
        checkCode(fresh, "YY9999", Http.newClientAddress()).assertStatus(200);
    }

    @Test
    void emailChangesAreLimitedPerAccountAndTheRefusedOneMailsNothing() {
        Mailbox.start();
        AccountSession.SignedIn me = AccountSession.signUp();
        for (int i = 0; i < 10; i++) {
            Http.put("/account/api/change-email", "{\"token\":\"" + AccountProfileIT.b64(WebLogin.uniqueEmail()) + "\"}", me.headers()).assertStatus(204);
        }
        String target = WebLogin.uniqueEmail();
        Limits.assertLimited(Http.put("/account/api/change-email", "{\"token\":\"" + AccountProfileIT.b64(target) + "\"}", me.headers()), 3600);
        assertEquals(0, Mailbox.to(target).size());
        assertEquals(10, Mailbox.to(me.email()).size(), "one notice per accepted request");
    }
}
