package org.selene.it;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Pairing and managing devices from the account app (docs/web-apis.md §3.6). */
@SeleneIT
class AccountDevicesIT {

    @BeforeAll
    static void places() throws InterruptedException {
        GeographyImportIT.awaitImport();
    }

    /** What the account app's add-device form posts: display names, as the UI sends them. */
    static String form(String code, String name) {
        return "{\"city\":\"Kansas City\",\"country\":\"United States\",\"name\":\"" + name + "\",\"pairingCode\":\"" + code + "\","
                + "\"placement\":\"Mycroft Offices\",\"region\":\"Missouri\",\"timezone\":\"America/Chicago\","
                + "\"wakeWord\":\"Hey Mycroft\",\"voice\":\"American Male\"}";
    }

    static String edit(String name, String city, String voice) {
        return "{\"city\":\"" + city + "\",\"country\":\"United States\",\"name\":\"" + name + "\",\"placement\":\"Attic\","
                + "\"region\":\"Missouri\",\"timezone\":\"America/Chicago\",\"wakeWord\":\"Hey Mycroft\",\"voice\":\"" + voice + "\","
                + "\"autoUpdate\":null,\"releaseChannel\":null,\"sshPublicKey\":null}";
    }

    /** Pairs a device through the account API and activates it as the device does. */
    static DeviceFixture.Paired pairThroughTheApp(AccountSession.SignedIn me, String name) {
        DeviceFixture.Code code = DeviceFixture.requestCode();
        assertTrue(Http.get("/account/api/pairing-code/" + code.code(), me.headers()).assertStatus(200).object().getBoolean("isValid"));
        Http.post("/account/api/devices", form(code.code(), name), me.headers()).assertStatus(204);
        assertFalse(Http.get("/account/api/pairing-code/" + code.code(), me.headers()).assertStatus(200).object().getBoolean("isValid"));
        JsonObject login = Http.post("/v1/device/activate", DeviceFixture.activation(code)).assertStatus(200).object();
        UUID device = UUID.fromString(login.getString("uuid"));
        return new DeviceFixture.Paired(me.accountId(), device, login.getString("accessToken"), login.getString("refreshToken"), code.state());
    }

    @Test
    void pairingWithDisplayNamesCreatesTheDeviceAndTheDeviceActivates() {
        AccountSession.SignedIn me = AccountSession.signUp();
        DeviceFixture.Paired device = pairThroughTheApp(me, "Selene Test Device");
        Map<String, Object> row = Db.query("""
                SELECT d.name, d.placement, d.account_id, w.name AS wake_word, t.display_name AS voice, ci.name AS city, tz.name AS tz
                FROM device.device d JOIN wake_word.wake_word w ON w.id = d.wake_word_id JOIN device.text_to_speech t ON t.id = d.text_to_speech_id
                JOIN device.geography g ON g.id = d.geography_id JOIN geography.city ci ON ci.id = g.city_id JOIN geography.timezone tz ON tz.id = g.timezone_id
                WHERE d.id = ?""", device.deviceId()).get(0);
        assertEquals("Selene Test Device", row.get("name"));
        assertEquals("Mycroft Offices", row.get("placement"));
        assertEquals(me.accountId(), row.get("account_id"));
        assertEquals("hey mycroft", row.get("wake_word"));
        assertEquals("American Male", row.get("voice"));
        assertEquals("Kansas City", row.get("city"));
        assertEquals("America/Chicago", row.get("tz"));
        // the device's own API works with the login it received
        assertEquals("Selene Test Device", Http.get(device.path(""), "Authorization", device.bearer()).assertStatus(200).object().getString("name"));
        assertEquals("Kansas City", Http.get(device.path("/location"), "Authorization", device.bearer()).assertStatus(200).object()
                .getJsonObject("city").getString("name"));
    }

    @Test
    void unknownOrUsedCodeIs400AndStoresNothing() {
        AccountSession.SignedIn me = AccountSession.signUp();
        Http.post("/account/api/devices", form("XXXXXX", "Nowhere"), me.headers()).assertJsonError(400);
        DeviceFixture.Code code = DeviceFixture.requestCode();
        Http.post("/account/api/devices", form(code.code(), "First"), me.headers()).assertStatus(204);
        Http.post("/account/api/devices", form(code.code(), "Second"), me.headers()).assertJsonError(400);
        assertEquals(1, Db.count("SELECT count(*) FROM device.device WHERE account_id = ?", me.accountId()));
    }

    @Test
    void unknownPlaceWakeWordOrVoiceIs400AndLeavesTheCodePending_Selene500Fixed() {
        AccountSession.SignedIn me = AccountSession.signUp();
        DeviceFixture.Code code = DeviceFixture.requestCode();
        for (String[] swap : List.of(new String[]{"Kansas City", "Atlantis"}, new String[]{"Missouri", "Narnia"}, new String[]{"United States", "Utopia"},
                new String[]{"America/Chicago", "Mars/Olympus"}, new String[]{"Hey Mycroft", "Hey Nobody"}, new String[]{"American Male", "Robot Voice"})) {
            Http.post("/account/api/devices", form(code.code(), "Kitchen").replace("\"" + swap[0] + "\"", "\"" + swap[1] + "\""), me.headers()).assertJsonError(400);
        }
        assertEquals(0, Db.count("SELECT count(*) FROM device.device WHERE account_id = ?", me.accountId()));
        assertEquals(0, Db.count("SELECT count(*) FROM device.geography WHERE account_id = ?", me.accountId()));
        assertTrue(Http.get("/account/api/pairing-code/" + code.code(), me.headers()).object().getBoolean("isValid"));
    }

    @Test
    void duplicateDeviceNameIs409_Selene500Fixed() {
        AccountSession.SignedIn me = AccountSession.signUp();
        pairThroughTheApp(me, "Kitchen");
        DeviceFixture.Code code = DeviceFixture.requestCode();
        Http.post("/account/api/devices", form(code.code(), "Kitchen"), me.headers()).assertJsonError(409);
        assertEquals(1, Db.count("SELECT count(*) FROM device.device WHERE account_id = ?", me.accountId()));
    }

    @Test
    void listOneAndCountHaveSelenesShape() {
        AccountSession.SignedIn me = AccountSession.signUp();
        DeviceFixture.Paired device = pairThroughTheApp(me, "Kitchen");
        JsonArray list = Http.get("/account/api/devices", me.headers()).assertStatus(200).array();
        assertEquals(1, list.size());
        JsonObject d = Http.get("/account/api/devices/" + device.deviceId(), me.headers()).assertStatus(200).object();
        assertEquals(list.getJsonObject(0), d);
        assertEquals(List.of("accountId", "addTs", "city", "coreVersion", "country", "disconnectDuration", "enclosureVersion", "id", "lastContactTs",
                "name", "pantacorConfig", "placement", "platform", "region", "status", "timezone", "voice", "wakeWord"), List.copyOf(d.keySet()));
        assertEquals("Kansas City", d.getJsonObject("city").getString("name"));
        assertEquals("America/Chicago", d.getJsonObject("city").getString("timezone"));
        assertEquals("US", d.getJsonObject("country").getString("isoCode"));
        assertEquals("US.MO", d.getJsonObject("region").getString("regionCode"));
        assertEquals(-6.0, d.getJsonObject("timezone").getJsonNumber("gmtOffset").doubleValue());
        assertEquals("Hey Mycroft", d.getJsonObject("wakeWord").getString("name"));
        assertEquals("American Male", d.getJsonObject("voice").getString("displayName"));
        assertEquals("Connected", d.getString("status"));
        assertEquals("picroft", d.getString("platform"));
        assertTrue(d.getString("addTs").matches("[A-Z][a-z]{2}, \\d{2} [A-Z][a-z]{2} \\d{4} \\d{2}:\\d{2}:\\d{2} GMT"), d.getString("addTs"));
        assertTrue(d.getJsonObject("pantacorConfig").isNull("pantacorId"));
        assertEquals(1, Http.get("/account/api/device-count", me.headers()).assertStatus(200).object().getInt("deviceCount"));

        JsonArray places = Http.get("/account/api/geographies", me.headers()).assertStatus(200).array();
        assertEquals("United States", places.getJsonObject(0).getString("name"));
        assertTrue(places.getJsonObject(0).getBoolean("userDefined"));
    }

    @Test
    void anotherAccountsDeviceIs404ForReadEditAndDelete_SeleneOwnershipHoleFixed() {
        AccountSession.SignedIn owner = AccountSession.signUp();
        DeviceFixture.Paired device = pairThroughTheApp(owner, "Kitchen");
        AccountSession.SignedIn intruder = AccountSession.signUp();
        String path = "/account/api/devices/" + device.deviceId();
        Http.get(path, intruder.headers()).assertJsonError(404);
        Http.patch(path, edit("Mine now", "Kansas City", "British Male"), intruder.headers()).assertJsonError(404);
        Http.delete(path, intruder.headers()).assertJsonError(404);
        Http.get("/account/api/devices/not-a-uuid", intruder.headers()).assertJsonError(404);
        assertEquals("Kitchen", Db.scalar("SELECT name FROM device.device WHERE id = ?", device.deviceId()));
        Http.get(device.path(""), "Authorization", device.bearer()).assertStatus(200);
        assertEquals(0, Http.get("/account/api/devices", intruder.headers()).array().size());
    }

    /** The edit form's refusals, word for word as the account app shows them; any content type is read as JSON. */
    @Test
    void anEditNamesTheFieldItRefusesAndChangesNothing() {
        AccountSession.SignedIn me = AccountSession.signUp();
        DeviceFixture.Paired device = pairThroughTheApp(me, "Kitchen");
        String path = "/account/api/devices/" + device.deviceId();
        String valid = edit("Den", "Kansas City", "American Male");
        Map<String, String> refusals = new java.util.LinkedHashMap<>();
        refusals.put(valid.replace("{", "{\"rogue\":1,"), "rogue: Rogue field");
        refusals.put(valid.replace("\"Den\"", "7"), "name: must be a string");
        refusals.put(valid.replace("\"autoUpdate\":null", "\"autoUpdate\":\"on\""), "autoUpdate: must be a boolean");
        refusals.put(valid.replace("\"Den\"", "\"   \""), "name: This field is required.");
        refusals.put(valid.replace("\"country\":\"United States\",", ""), "country: This field is required.");
        refusals.put(valid.replace("\"Den\"", "\"" + "n".repeat(201) + "\""), "name: longer than 200 characters");
        refusals.put("[1]", "the body must be a JSON object");
        refusals.put("{\"unclosed\": ", "malformed JSON body");
        refusals.forEach((body, message) ->
                assertEquals(message, Http.patch(path, body, me.headers()).assertJsonError(400).object().getString("error"), body));
        assertEquals("no such device", Http.patch("/account/api/devices/not-a-uuid", valid, me.headers()).assertJsonError(404).object().getString("error"));
        assertEquals("Kitchen", Db.scalar("SELECT name FROM device.device WHERE id = ?", device.deviceId()));
        Http.patch(path, valid, me.headers("Content-Type", "text/plain")).assertStatus(204);
        assertEquals("Den", Db.scalar("SELECT name FROM device.device WHERE id = ?", device.deviceId()));
    }

    @Test
    void editingADeviceExpiresItsDeviceLocationAndSettingEtags() {
        AccountSession.SignedIn me = AccountSession.signUp();
        DeviceFixture.Paired device = pairThroughTheApp(me, "Kitchen");
        Map<String, String> etags = new java.util.HashMap<>();
        for (String route : List.of("", "/location", "/setting")) {
            etags.put(route, Http.get(device.path(route), "Authorization", device.bearer()).assertStatus(200).header("ETag").orElseThrow());
            Http.get(device.path(route), "Authorization", device.bearer(), "If-None-Match", etags.get(route)).assertStatus(304);
        }
        UUID region = (UUID) Db.scalar("SELECT id FROM geography.region WHERE region_code = 'US.MO'");
        String otherCity = (String) Db.scalar("SELECT name FROM geography.city WHERE region_id = ? AND name <> 'Kansas City' ORDER BY population DESC NULLS LAST LIMIT 1", region);

        Http.patch("/account/api/devices/" + device.deviceId(), edit("Attic Speaker", otherCity, "British Male"), me.headers()).assertStatus(204);

        Http.Reply d = Http.get(device.path(""), "Authorization", device.bearer(), "If-None-Match", etags.get("")).assertStatus(200);
        assertEquals("Attic Speaker", d.object().getString("name"));
        assertEquals("Attic", d.object().getString("description"));
        Http.Reply location = Http.get(device.path("/location"), "Authorization", device.bearer(), "If-None-Match", etags.get("/location")).assertStatus(200);
        assertEquals(otherCity, location.object().getJsonObject("city").getString("name"));
        Http.Reply setting = Http.get(device.path("/setting"), "Authorization", device.bearer(), "If-None-Match", etags.get("/setting")).assertStatus(200);
        assertEquals("mimic", setting.object().getJsonObject("ttsSettings").getString("module"));
        assertEquals("ap", setting.object().getJsonObject("ttsSettings").getJsonObject("mimic").getString("voice"));
        assertNotEquals(etags.get("/setting"), setting.header("ETag").orElseThrow());
        assertEquals("Attic Speaker", Http.get("/account/api/devices/" + device.deviceId(), me.headers()).object().getString("name"));
    }

    @Test
    void deletingADeviceRevokesItsTokensAtOnceAndItCanPairAgain() {
        AccountSession.SignedIn me = AccountSession.signUp();
        DeviceFixture.Paired device = pairThroughTheApp(me, "Kitchen");
        Http.delete("/account/api/devices/" + device.deviceId(), me.headers()).assertStatus(204);
        Http.get(device.path(""), "Authorization", device.bearer()).assertJsonError(401);
        Http.get("/v1/auth/token", "Authorization", "Bearer " + device.refreshToken()).assertJsonError(401);
        assertEquals(0, Db.count("SELECT count(*) FROM device.device WHERE id = ?", device.deviceId()));
        assertEquals(0, Http.get("/account/api/device-count", me.headers()).object().getInt("deviceCount"));
        DeviceFixture.Paired again = pairThroughTheApp(me, "Kitchen");
        Http.get(again.path(""), "Authorization", again.bearer()).assertStatus(200);
    }

    @Test
    void voicesAndWakeWordsOfferWhatTheFormSends() {
        AccountSession.SignedIn me = AccountSession.signUp();
        JsonArray voices = Http.get("/account/api/voices").assertStatus(200).array();
        assertTrue(voices.stream().anyMatch(v -> v.asJsonObject().getString("name").equals("American Male") && !v.asJsonObject().getBoolean("userDefined")));
        JsonArray wakeWords = Http.get("/account/api/wake-words", me.headers()).assertStatus(200).array();
        assertTrue(wakeWords.stream().anyMatch(w -> w.asJsonObject().getString("name").equals("hey mycroft")), wakeWords.toString());
    }
}
