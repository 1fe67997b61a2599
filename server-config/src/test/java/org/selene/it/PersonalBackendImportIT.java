package org.selene.it;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Migration in from ovos-local-backend 0.1.5 (issue 12, point 6): a data directory written in the
 * shapes of its JSON databases is imported by the personal-backend-import job; the devices then
 * work with the tokens they already hold, see their preferences and skill settings, and a second
 * run changes nothing.
 */
@SeleneIT
class PersonalBackendImportIT {

    @BeforeAll
    static void defaultCityExists() {
        DeviceFixture.kansasCity();
    }

    @Test
    void aDataDirectoryIsBroughtInOnceAndItsDevicesKeepTheirTokens() throws Exception {
        UUID shared = UUID.randomUUID();
        UUID isolated = UUID.randomUUID();
        String sharedToken = "K3T9QZ:" + shared;
        String isolatedToken = "A1B2C3:" + isolated;
        Path dir = Files.createDirectories(BatchJobsClient.importDir().resolve("ovos-" + shared));
        write(dir, "ovos_devices.json", """
                {"%1$s": {"uuid": "%1$s", "token": "%2$s", "isolated_skills": false, "name": "Kitchen", "device_location": "kitchen",
                          "email": "cook@example.org", "date_format": "DMY", "system_unit": "metric", "time_format": "full", "opt_in": true,
                          "lang": "pt-pt",
                          "location": {"city": {"code": "Lisbon", "name": "Lisbon", "state": {"code": "11", "name": "Lisbon",
                                       "country": {"code": "PT", "name": "Portugal"}}},
                                       "coordinate": {"latitude": 38.72, "longitude": -9.14},
                                       "timezone": {"code": "Europe/Lisbon", "name": "Europe/Lisbon", "dstOffset": 3600000, "offset": 0}},
                          "default_tts": "ovos-tts-plugin-mimic2", "default_tts_cfg": {"module": "ovos-tts-plugin-piper", "voice": "alan"},
                          "default_ww": "hey_jarvis", "default_ww_cfg": {"module": "ovos-ww-plugin-vosk"}},
                 "%3$s": {"uuid": "%3$s", "token": "%4$s", "isolated_skills": true, "name": "Device-%3$s", "device_location": "somewhere",
                          "email": null, "date_format": "MDY", "system_unit": "imperial", "time_format": "half", "opt_in": false,
                          "lang": "en-us", "location": {}, "default_tts": "ovos-tts-plugin-mimic2", "default_tts_cfg": {},
                          "default_ww": "hey_mycroft", "default_ww_cfg": {}}}
                """.formatted(shared, sharedToken, isolated, isolatedToken));
        write(dir, "ovos_shared_skill_settings.json", """
                {"mycroft-weather": {"skillMetadata": {"sections": [{"name": "Units", "fields": [
                    {"name": "units", "type": "select", "label": "Units", "value": "metric"},
                    {"name": "use_24h", "type": "checkbox", "label": "24h", "value": "true"}]}]},
                  "skill_gid": "mycroft-weather|21.02", "display_name": "Weather"}}
                """);
        write(dir, "ovos_skill_settings.json", """
                {"%1$s": {"ovos-skill-jokes": {"skillMetadata": {"sections": [{"name": "Jokes", "fields": [
                    {"name": "category", "type": "text", "label": "Category", "value": "puns"}]}]},
                  "skill_gid": "@%1$s|ovos-skill-jokes", "display_name": "Jokes"}}}
                """.formatted(isolated));
        write(dir, "ovos_metrics.jsondb", """
                {"ovos_metrics": [{"metric_id": 1, "metric_type": "timing", "meta": {"id": "stt", "duration": 0.8}, "uuid": "%1$s"},
                                  {"metric_id": 2, "metric_type": "timing", "meta": {"id": "tts", "duration": 0.2}, "uuid": "%1$s"},
                                  {"metric_id": 3, "metric_type": "timing", "meta": {"id": "stt"}, "uuid": "AnonDevice"},
                                  {"metric_id": 4, "metric_type": "timing", "meta": {"id": "wake"}, "uuid": "%2$s"}]}
                """.formatted(shared, isolated));

        // recordings: the audio beside the databases under wakewords/ and utterances/, found by file name
        byte[] wakeWord = "RIFF-imported-wake-word".getBytes(StandardCharsets.UTF_8);
        byte[] utterance = "RIFF-imported-utterance".getBytes(StandardCharsets.UTF_8);
        Files.write(Files.createDirectories(dir.resolve("wakewords")).resolve("1700000000123.wav"), wakeWord);
        Files.write(Files.createDirectories(dir.resolve("utterances")).resolve("what time is it1700000000456.wav"), utterance);
        write(dir, "ovos_wakewords.jsondb", """
                {"ovos_wakewords": [{"wakeword_id": 1, "transcription": "hey mycroft", "path": "/home/pi/.local/share/ovos_backend/wakewords/1700000000123.wav",
                                     "meta": {"name": "hey-mycroft", "engine": "precise"}, "uuid": "%1$s", "tag": "wake_word", "speaker_type": "untagged"},
                                    {"wakeword_id": 2, "transcription": "hey mycroft", "path": "/elsewhere/../../etc/passwd", "meta": {}, "uuid": "%1$s",
                                     "tag": "untagged", "speaker_type": "untagged"}]}
                """.formatted(shared));
        write(dir, "ovos_utterances.jsondb", """
                {"ovos_utterances": [{"utterance_id": 1, "transcription": "what time is it", "path": "/data/utterances/what time is it1700000000456.wav", "uuid": "%1$s"}]}
                """.formatted(shared));

        // skill OAuth: an app and its token; a token of an app the file does not have, and an app with
        // an endpoint that is not http(s), are skipped
        String app = "spotify-" + shared;
        write(dir, "ovos_oauth_apps.json", """
                {"%1$s": {"oauth_service": "spotify", "client_id": "imported-client", "client_secret": "imported-secret",
                          "auth_endpoint": "https://accounts.spotify.com/authorize", "token_endpoint": "https://accounts.spotify.com/api/token",
                          "refresh_endpoint": "https://accounts.spotify.com/api/token", "callback_endpoint": "http://localhost:36536/auth/callback/spotify",
                          "scope": "user-read-playback-state"},
                 "bad-%2$s": {"oauth_service": "x", "client_id": "c", "auth_endpoint": "ftp://example.org/a", "token_endpoint": "https://example.org/t"}}
                """.formatted(app, shared));
        write(dir, "ovos_oauth.json", """
                {"%1$s": {"access_token": "imported-access", "refresh_token": "imported-refresh", "expires_in": 3600, "token_type": "Bearer"},
                 "no-such-app-%2$s": {"access_token": "x"}}
                """.formatted(app, shared));

        JsonObject first = BatchJobsClient.run("personal-backend-import", "{\"personalBackendDir\": \"" + dir.getFileName() + "\"}");
        assertEquals("COMPLETED", first.getString("batchStatus"), first.toString());
        assertEquals(dir.toString(), first.getJsonObject("parameters").getString("personalBackendDir"), "passed on as its real path");
        // the opted-out device's metric too: the personal backend kept it, so it was consented then
        assertEquals("devices=2 skillSettings=2 metrics=3 recordings=2 oauth=2 unchanged=0 skipped=4", stepExit(first));

        // the token the device holds (CODE:uuid) is its access token, with no pairing
        JsonObject setting = Http.get("/v1/device/" + shared + "/setting", "Authorization", "Bearer " + sharedToken).assertStatus(200).object();
        assertEquals("pt-pt DMY full metric true hey_jarvis ovos-tts-plugin-piper", String.join(" ", setting.getString("lang"),
                setting.getString("dateFormat"), setting.getString("timeFormat"), setting.getString("systemUnit"), String.valueOf(setting.getBoolean("optIn")),
                setting.getJsonObject("listenerSetting").getString("wakeWord"), setting.getJsonObject("ttsSettings").getString("module")),
                "the record's preferences; the TTS plugin is the config's module");
        assertEquals("alan", setting.getJsonObject("ttsSettings").getJsonObject("ovos-tts-plugin-piper").getString("voice"));
        JsonObject device = Http.get("/v1/device/" + shared, "Authorization", "Bearer " + sharedToken).assertStatus(200).object();
        assertEquals("Kitchen", device.getString("name"));
        assertEquals("kitchen", device.getString("description"));
        JsonObject location = Http.get("/v1/device/" + shared + "/location", "Authorization", "Bearer " + sharedToken).assertStatus(200).object();
        assertEquals("Lisbon", location.getJsonObject("city").getString("name"));
        assertEquals(SelfActivationIT.HOUSEHOLD_EMAIL, Db.scalar("SELECT a.email_address FROM account.account a JOIN device.device d ON d.account_id = a.id WHERE d.id = ?", shared),
                "the household account's (SELENE_HOUSEHOLD_EMAIL)");
        Http.get("/v1/device/" + shared + "/setting", "Authorization", "Bearer " + isolatedToken).assertJsonError(401);

        // shared settings on the sharing device, the isolated device's own on it only
        JsonObject sharedSkills = Http.get("/v1/device/" + shared + "/skill/settings", "Authorization", "Bearer " + sharedToken).assertStatus(200).object();
        assertEquals("metric", sharedSkills.getJsonObject("mycroft-weather|21.02").getString("units"));
        assertEquals(true, sharedSkills.getJsonObject("mycroft-weather|21.02").getBoolean("use_24h"), "checkbox text coerced as there");
        assertFalse(sharedSkills.containsKey("@" + isolated + "|ovos-skill-jokes"));
        JsonObject ownSkills = Http.get("/v1/device/" + isolated + "/skill/settings", "Authorization", "Bearer " + isolatedToken).assertStatus(200).object();
        assertEquals("puns", ownSkills.getJsonObject("@" + isolated + "|ovos-skill-jokes").getString("category"));
        assertFalse(ownSkills.containsKey("mycroft-weather|21.02"), "an isolated device does not take the shared settings");
        JsonObject isolatedSetting = Http.get("/v1/device/" + isolated + "/setting", "Authorization", "Bearer " + isolatedToken).assertStatus(200).object();
        assertEquals("MDY", isolatedSetting.getString("dateFormat"));
        assertFalse(isolatedSetting.getBoolean("optIn"));

        // the recordings are the device's, with their audio, as the admin API shows them
        JsonObject imported = Http.get("/v1/admin/ww_recs/" + shared + "/list", RecordingsIT.admin()).assertStatus(200).array().getJsonObject(0);
        assertEquals("hey mycroft", imported.getString("transcription"));
        assertEquals("wake_word", imported.getString("audio_tag"));
        assertEquals(JsonValue.NULL, imported.get("speaker_tag"));
        assertArrayEquals(wakeWord, java.util.Base64.getDecoder().decode(imported.getString("audio_b64")));
        JsonObject spoken = Http.get("/v1/admin/voice_recs/" + shared + "/list", RecordingsIT.admin()).assertStatus(200).array().getJsonObject(0);
        assertEquals("what time is it", spoken.getString("transcription"));
        assertArrayEquals(utterance, java.util.Base64.getDecoder().decode(spoken.getString("audio_b64")));

        // the household's OAuth app, as the admin API shows it, and its token as a household device gets it
        JsonObject importedApp = Http.get("/v1/admin/oauth_apps/" + app, RecordingsIT.admin()).assertStatus(200).object();
        assertEquals("imported-client https://accounts.spotify.com/authorize https://accounts.spotify.com/api/token user-read-playback-state",
                String.join(" ", importedApp.getString("client_id"), importedApp.getString("auth_endpoint"), importedApp.getString("token_endpoint"),
                        importedApp.getString("scope")));
        JsonObject deviceToken = Http.get("/v1/device/" + shared + "/token/" + app, "Authorization", "Bearer " + sharedToken).assertStatus(200).object();
        assertEquals("imported-access", deviceToken.getString("access_token"));
        Http.get("/v1/admin/oauth_apps/bad-" + shared, RecordingsIT.admin()).assertJsonError(404);

        String counts = counts(shared, isolated);
        assertEquals("devices=2 sessions=2 preferences=2 skills=2 metrics=3 recordings=2", counts);

        JsonObject second = BatchJobsClient.run("personal-backend-import", "{\"personalBackendDir\": \"" + dir + "\"}");
        assertEquals("COMPLETED", second.getString("batchStatus"), second.toString());
        assertEquals("devices=0 skillSettings=0 metrics=0 recordings=0 oauth=0 unchanged=11 skipped=4", stepExit(second));
        assertEquals(counts, counts(shared, isolated), "a second run changes nothing");

        // the same token refreshes (the device's GET /v1/auth/token), and the new login replaces it
        JsonObject refreshed = Http.get("/v1/auth/token", "Authorization", "Bearer " + sharedToken).assertStatus(200).object();
        Http.get("/v1/device/" + shared + "/setting", "Authorization", "Bearer " + refreshed.getString("accessToken")).assertStatus(200);
        Http.get("/v1/device/" + shared + "/setting", "Authorization", "Bearer " + sharedToken).assertJsonError(401);
        // a later run with the device renamed in the file applies the name, and neither ends the
        // device's new login nor brings the spent token back
        Path devices = dir.resolve("ovos_devices.json");
        Files.writeString(devices, Files.readString(devices).replace("\"Kitchen\"", "\"Cuisine\""), StandardCharsets.UTF_8);
        JsonObject third = BatchJobsClient.run("personal-backend-import", "{\"personalBackendDir\": \"" + dir + "\"}");
        assertEquals("devices=1 skillSettings=0 metrics=0 recordings=0 oauth=0 unchanged=10 skipped=4", stepExit(third));
        Http.get("/v1/device/" + shared + "/setting", "Authorization", "Bearer " + sharedToken).assertJsonError(401);
        JsonObject renamed = Http.get("/v1/device/" + shared, "Authorization", "Bearer " + refreshed.getString("accessToken")).assertStatus(200).object();
        assertEquals("Cuisine", renamed.getString("name"));
    }

    @Test
    void aDirectoryOutsideTheImportDirectoryIsRefused() throws Exception {
        Path outside = Files.createDirectories(BatchJobsClient.importDir().resolveSibling("ovos-outside"));
        for (String value : new String[]{outside.toString(), "../ovos-outside", "/etc"}) {
            JsonObject error = Http.post("/account/api/admin/jobs/personal-backend-import", "{\"personalBackendDir\": \"" + value + "\"}",
                    MarketSession.admin().cookies()).assertJsonError(400).object();
            assertTrue(error.getString("error").startsWith("personalBackendDir:"), value + " → " + error);
        }
    }

    private static String counts(UUID a, UUID b) {
        return "devices=" + Db.count("SELECT count(*) FROM device.device WHERE id IN (?, ?)", a, b)
                + " sessions=" + Db.count("SELECT count(*) FROM device.device_session WHERE device_id IN (?, ?)", a, b)
                + " preferences=" + Db.count("SELECT count(*) FROM device.device_preferences WHERE device_id IN (?, ?)", a, b)
                + " skills=" + Db.count("SELECT count(*) FROM device.device_skill WHERE device_id IN (?, ?)", a, b)
                + " metrics=" + Db.count("SELECT count(*) FROM metric.core WHERE device_id IN (?, ?)", a, b)
                + " recordings=" + Db.count("SELECT count(*) FROM device.recording WHERE device_id IN (?, ?)", a, b);
    }

    private static String stepExit(JsonObject execution) {
        return execution.getJsonArray("steps").getJsonObject(0).getString("exitStatus");
    }

    private static void write(Path dir, String name, String json) throws Exception {
        Files.writeString(dir.resolve(name), json, StandardCharsets.UTF_8);
    }
}
