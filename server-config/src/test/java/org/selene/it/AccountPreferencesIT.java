package org.selene.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Preferences and defaults of the account (docs/web-apis.md §3.5, §3.7). */
@SeleneIT
class AccountPreferencesIT {

    static final String METRIC = "{\"dateFormat\":\"DD/MM/YYYY\",\"measurementSystem\":\"Metric\",\"timeFormat\":\"24 Hour\"}";

    @BeforeAll
    static void places() throws InterruptedException {
        GeographyImportIT.awaitImport();
    }

    @Test
    void preferencesAre204UntilSavedThenReachTheDevicesSettingsThroughTheirEtag() {
        AccountSession.SignedIn me = AccountSession.signUp();
        Http.Reply none = Http.get("/account/api/preferences", me.headers()).assertStatus(204);
        assertEquals(0, none.bytes().length);
        DeviceFixture.Paired device = DeviceFixture.pair(me.accountId());
        Http.Reply before = Http.get(device.path("/setting"), "Authorization", device.bearer()).assertStatus(200);
        assertEquals("imperial", before.object().getString("systemUnit"));
        String etag = before.header("ETag").orElseThrow();

        Http.post("/account/api/preferences", METRIC, me.headers()).assertStatus(204);
        JsonObject saved = Http.get("/account/api/preferences", me.headers()).assertStatus(200).object();
        assertEquals(List.of("dateFormat", "id", "measurementSystem", "timeFormat"), List.copyOf(saved.keySet()));
        assertEquals("DD/MM/YYYY", saved.getString("dateFormat"));
        assertEquals("Metric", saved.getString("measurementSystem"));
        assertEquals("24 Hour", saved.getString("timeFormat"));

        Http.Reply after = Http.get(device.path("/setting"), "Authorization", device.bearer(), "If-None-Match", etag).assertStatus(200);
        assertEquals("metric", after.object().getString("systemUnit"));
        assertEquals("full", after.object().getString("timeFormat"));
        assertEquals("DMY", after.object().getString("dateFormat"));
        String etag2 = after.header("ETag").orElseThrow();

        Http.patch("/account/api/preferences", "{\"dateFormat\":\"MM/DD/YYYY\",\"measurementSystem\":\"Imperial\",\"timeFormat\":\"12 Hour\"}", me.headers())
                .assertStatus(204);
        assertEquals(1, Db.count("SELECT count(*) FROM device.account_preferences WHERE account_id = ?", me.accountId()));
        assertEquals("imperial", Http.get(device.path("/setting"), "Authorization", device.bearer(), "If-None-Match", etag2).assertStatus(200)
                .object().getString("systemUnit"));
    }

    @Test
    void badOrMissingPreferenceValuesAre400AndChangeNothing_Selene500Fixed() {
        AccountSession.SignedIn me = AccountSession.signUp();
        Http.post("/account/api/preferences", METRIC, me.headers()).assertStatus(204);
        Http.patch("/account/api/preferences", "{\"dateFormat\":\"YYYY-MM-DD\",\"measurementSystem\":\"Imperial\",\"timeFormat\":\"12 Hour\"}", me.headers()).assertJsonError(400);
        Http.patch("/account/api/preferences", "{\"measurementSystem\":\"Imperial\"}", me.headers()).assertJsonError(400);
        Http.patch("/account/api/preferences", "{\"dateFormat\":1,\"measurementSystem\":\"Imperial\",\"timeFormat\":\"12 Hour\"}", me.headers()).assertJsonError(400);
        assertEquals("Metric", Http.get("/account/api/preferences", me.headers()).object().getString("measurementSystem"));
    }

    @Test
    void defaultsAre204UntilSavedThenTheFormsNamesComeBackAsObjects() {
        AccountSession.SignedIn me = AccountSession.signUp();
        Http.get("/account/api/defaults", me.headers()).assertStatus(204);
        Http.post("/account/api/defaults", "{\"city\":null,\"country\":null,\"region\":null,\"timezone\":null,\"wakeWord\":\"Hey Mycroft\",\"voice\":\"American Male\"}",
                me.headers()).assertStatus(204);
        JsonObject partial = Http.get("/account/api/defaults", me.headers()).assertStatus(200).object();
        assertEquals(List.of("city", "country", "id", "region", "timezone", "voice", "wakeWord"), List.copyOf(partial.keySet()));
        assertTrue(partial.getJsonObject("city").isNull("name"), "unset parts are objects of nulls");
        assertEquals("Hey Mycroft", partial.getJsonObject("wakeWord").getString("name"));
        assertEquals("American Male", partial.getJsonObject("voice").getString("displayName"));

        Http.patch("/account/api/defaults", "{\"city\":\"Kansas City\",\"country\":\"United States\",\"region\":\"Missouri\",\"timezone\":\"America/Chicago\","
                + "\"wakeWord\":\"Hey Mycroft\",\"voice\":\"British Male\"}", me.headers()).assertStatus(204);
        JsonObject full = Http.get("/account/api/defaults", me.headers()).assertStatus(200).object();
        assertEquals("Kansas City", full.getJsonObject("city").getString("name"));
        assertEquals("United States", full.getJsonObject("country").getString("name"));
        assertEquals("Missouri", full.getJsonObject("region").getString("name"));
        assertEquals("America/Chicago", full.getJsonObject("timezone").getString("name"));
        assertEquals("British Male", full.getJsonObject("voice").getString("displayName"));
        assertEquals(partial.getString("id"), full.getString("id"));
        assertEquals(1, Db.count("SELECT count(*) FROM device.account_defaults WHERE account_id = ?", me.accountId()));
    }

    @Test
    void unknownDefaultNamesAre400AndChangeNothing() {
        AccountSession.SignedIn me = AccountSession.signUp();
        Http.post("/account/api/defaults", "{\"wakeWord\":\"Hey Mycroft\",\"voice\":\"American Male\"}", me.headers()).assertStatus(204);
        Http.patch("/account/api/defaults", "{\"country\":\"United States\",\"region\":\"Atlantis\",\"wakeWord\":\"Hey Mycroft\",\"voice\":\"American Male\"}", me.headers())
                .assertJsonError(400);
        Http.patch("/account/api/defaults", "{\"wakeWord\":\"Hey Mycroft\",\"voice\":\"Nobody\"}", me.headers()).assertJsonError(400);
        Http.patch("/account/api/defaults", "{\"region\":\"Missouri\",\"wakeWord\":\"Hey Mycroft\",\"voice\":\"American Male\"}", me.headers()).assertJsonError(400);
        JsonObject stored = Http.get("/account/api/defaults", me.headers()).object();
        assertTrue(stored.getJsonObject("region").isNull("name"));
        assertEquals("American Male", stored.getJsonObject("voice").getString("displayName"));
    }
}
