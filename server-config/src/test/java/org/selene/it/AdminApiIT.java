package org.selene.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The OVOS personal backend's admin API (issue 12, point 3), driven as ovos-backend-client and
 * ovos-backend-manager drive it, its effects read back through the device API.
 */
@SeleneIT
class AdminApiIT {

    static final String ADMIN_KEY = "it-admin-key-0123456789abcdefghijklmnopqrstuv";
    static final Set<String> RECORD_KEYS = Set.of("uuid", "token", "isolated_skills", "opt_in", "name", "device_location", "email",
            "time_format", "date_format", "system_unit", "lang", "location", "voice_id", "ww_id");

    @BeforeAll
    static void defaultCityExists() {
        DeviceFixture.kansasCity();
    }

    static String[] admin(String... more) {
        String[] headers = new String[more.length + 4];
        headers[0] = "Authorization";
        headers[1] = "Bearer " + ADMIN_KEY;
        // the client sends its own identity's uuid along; ignored
        headers[2] = "Device";
        headers[3] = "00000000-0000-0000-0000-000000000000";
        System.arraycopy(more, 0, headers, 4, more.length);
        return headers;
    }

    static DeviceFixture.Paired pairByHand() {
        UUID uuid = UUID.randomUUID();
        JsonObject login = Http.get("/v1/admin/" + uuid + "/pair", admin()).assertStatus(200).object();
        assertEquals(uuid.toString(), login.getString("uuid"));
        assertEquals(login.getString("accessToken").length() > 20, true);
        assertTrue(login.getJsonNumber("expires_at").longValue() > System.currentTimeMillis() / 1000);
        UUID account = (UUID) Db.scalar("SELECT account_id FROM device.device WHERE id = ?", uuid);
        return new DeviceFixture.Paired(account, uuid, login.getString("accessToken"), login.getString("refreshToken"), null);
    }

    private static String etag(DeviceFixture.Paired d, String route) {
        return Http.get(d.path(route), "Authorization", d.bearer()).assertStatus(200).header("ETag").orElseThrow();
    }

    @Test
    void wrongOrMissingKeyIs401JsonAndRepeatedFailuresAre429() {
        Http.get("/v1/admin/devices/list").assertJsonError(401);
        Http.get("/v1/admin/devices/list", "Authorization", "Bearer not-the-key").assertJsonError(401);
        Http.get("/v1/admin/devices/list", "Authorization", ADMIN_KEY).assertJsonError(401);
        String address = Http.newClientAddress();
        for (int i = 0; i < 20; i++) {
            Http.get("/v1/admin/devices/list", "Authorization", "Bearer guess-" + i, "X-Forwarded-For", address).assertJsonError(401);
        }
        Http.Reply limited = Http.get("/v1/admin/devices/list", "Authorization", "Bearer guess", "X-Forwarded-For", address).assertJsonError(429);
        assertTrue(limited.header("Retry-After").isPresent());
        // right keys never count: another address is not affected
        for (int i = 0; i < 25; i++) {
            Http.get("/v1/admin/voice_defs/list", admin("X-Forwarded-For", Http.newClientAddress())).assertStatus(200);
        }
    }

    @Test
    void pairByHandGivesAWorkingLoginAndRePairingRevokesTheOldOne() {
        DeviceFixture.Paired d = pairByHand();
        JsonObject record = Http.get(d.path(""), "Authorization", d.bearer()).assertStatus(200).object();
        assertEquals("Device-" + d.deviceId(), record.getString("name"));
        assertEquals(SelfActivationIT.HOUSEHOLD_EMAIL, Db.scalar("SELECT email_address FROM account.account WHERE id = ?", d.accountId()));

        JsonObject again = Http.get("/v1/admin/" + d.deviceId() + "/pair", admin()).assertStatus(200).object();
        Http.get(d.path(""), "Authorization", d.bearer()).assertJsonError(401);
        Http.get(d.path(""), "Authorization", "Bearer " + again.getString("accessToken")).assertStatus(200);
    }

    @Test
    void legacyRoutesChangeWhatTheDeviceSeesAndItsEtags() {
        DeviceFixture.Paired d = pairByHand();
        String deviceEtag = etag(d, "");
        String settingEtag = etag(d, "/setting");
        String locationEtag = etag(d, "/location");

        JsonObject record = Http.put("/v1/admin/" + d.deviceId() + "/device",
                "{\"name\":\"Kitchen\",\"device_location\":\"by the window\",\"opt_in\":true,\"email\":\"cook@example.org\",\"lang\":\"de-de\"}",
                admin()).assertStatus(200).object();
        assertEquals(RECORD_KEYS, record.keySet());
        assertEquals("Kitchen", record.getString("name"));
        assertEquals("cook@example.org", record.getString("email"));
        JsonObject device = Http.get(d.path(""), "Authorization", d.bearer()).assertStatus(200).object();
        assertEquals("Kitchen", device.getString("name"));
        assertEquals("by the window", device.getString("description"));
        assertNotEquals(deviceEtag, etag(d, ""));

        Http.put("/v1/admin/" + d.deviceId() + "/prefs", "{\"date_format\":\"DMY\",\"time_format\":\"full\",\"system_unit\":\"metric\","
                + "\"tts_module\":\"ovos-tts-plugin-mimic3\",\"tts_config\":{\"voice\":\"en_UK/apope_low\"},"
                + "\"wake_word\":\"hey_jarvis\",\"ww_module\":\"ovos-ww-plugin-pocketsphinx\"}", admin()).assertStatus(200);
        Http.Reply changed = Http.get(d.path("/setting"), "Authorization", d.bearer(), "If-None-Match", settingEtag).assertStatus(200);
        JsonObject setting = changed.object();
        assertEquals("DMY", setting.getString("dateFormat"));
        assertEquals("full", setting.getString("timeFormat"));
        assertEquals("metric", setting.getString("systemUnit"));
        assertEquals("de-de", setting.getString("lang"));
        assertTrue(setting.getBoolean("optIn"));
        assertEquals("ovos-tts-plugin-mimic3", setting.getJsonObject("ttsSettings").getString("module"));
        assertEquals("en_UK/apope_low", setting.getJsonObject("ttsSettings").getJsonObject("ovos-tts-plugin-mimic3").getString("voice"));
        assertEquals("hey_jarvis", setting.getJsonObject("listenerSetting").getString("wakeWord"));
        assertEquals("ovos-ww-plugin-pocketsphinx", setting.getJsonObject("hotwordsSetting").getJsonObject("hey_jarvis").getString("module"),
                "a wake word without ww_config takes its module (the personal backend: 500)");

        String lisbon = "{\"city\":{\"code\":\"Lisbon\",\"name\":\"Lisbon\",\"state\":{\"code\":\"14\",\"name\":\"Lisbon\","
                + "\"country\":{\"code\":\"PT\",\"name\":\"Portugal\"}}},\"coordinate\":{\"latitude\":38.71667,\"longitude\":-9.13333},"
                + "\"timezone\":{\"code\":\"Europe/Lisbon\",\"name\":\"Europe/Lisbon\",\"dstOffset\":3600000,\"offset\":0}}";
        Http.put("/v1/admin/" + d.deviceId() + "/location", lisbon, admin()).assertStatus(200);
        Http.Reply location = Http.get(d.path("/location"), "Authorization", d.bearer(), "If-None-Match", locationEtag).assertStatus(200);
        assertEquals("Portugal", location.object().getJsonObject("city").getJsonObject("state").getJsonObject("country").getString("name"));
        assertEquals("Europe/Lisbon", location.object().getJsonObject("timezone").getString("code"));
    }

    @Test
    void unknownDeviceIs404Json() {
        UUID unknown = UUID.randomUUID();
        Http.get("/v1/admin/devices/" + unknown, admin()).assertJsonError(404);
        Http.put("/v1/admin/devices/" + unknown, "{\"name\":\"x\"}", admin()).assertJsonError(404);
        Http.delete("/v1/admin/devices/" + unknown, admin()).assertJsonError(404);
        Http.put("/v1/admin/" + unknown + "/device", "{\"name\":\"x\"}", admin()).assertJsonError(404);
        Http.put("/v1/admin/" + unknown + "/prefs", "{\"lang\":\"en-us\"}", admin()).assertJsonError(404);
        Http.put("/v1/admin/" + unknown + "/location", "{}", admin()).assertJsonError(404);
        Http.get("/v1/admin/devices/not-a-uuid", admin()).assertJsonError(400);
        assertEquals(0, Db.count("SELECT count(*) FROM device.device WHERE id = ?", unknown));
    }

    @Test
    void devicesCrudAsTheManagerUsesIt() {
        UUID uuid = UUID.randomUUID();
        String token = "ABC123:" + uuid;
        // the manager's "instant pair": the device already holds this token as access and refresh token
        JsonObject created = Http.post("/v1/admin/devices", "{\"uuid\":\"" + uuid + "\",\"token\":\"" + token + "\",\"name\":\"Den\","
                + "\"isolated_skills\":true,\"opt_in\":false,\"system_unit\":\"metric\"}", admin()).assertStatus(200).object();
        assertEquals(RECORD_KEYS, created.keySet());
        assertTrue(created.isNull("token"), "tokens are kept as hashes only");
        assertEquals("Den", created.getString("name"));
        assertTrue(created.getBoolean("isolated_skills"));
        assertEquals(1, Db.count("SELECT count(*) FROM device.isolated_skill_settings WHERE device_id = ?", uuid));
        JsonObject setting = Http.get("/v1/device/" + uuid + "/setting", "Authorization", "Bearer " + token).assertStatus(200).object();
        assertEquals("metric", setting.getString("systemUnit"));

        List<String> listed = Http.get("/v1/admin/devices/list", admin()).assertStatus(200).array().stream()
                .map(v -> v.asJsonObject().getString("uuid")).toList();
        assertTrue(listed.contains(uuid.toString()));

        // the manager's edit form sends the record back without its token: nothing becomes a device override
        JsonObject got = Http.get("/v1/admin/devices/" + uuid, admin()).assertStatus(200).object();
        assertEquals(RECORD_KEYS, got.keySet());
        String back = jakarta.json.Json.createObjectBuilder(got).remove("token").build().toString();
        Http.put("/v1/admin/devices/" + uuid, back, admin()).assertStatus(200);
        assertNull(Db.scalar("SELECT email FROM device.device_preferences WHERE device_id = ?", uuid));
        assertNull(Db.scalar("SELECT lang FROM device.device_preferences WHERE device_id = ?", uuid));

        String settingEtag = etag(new DeviceFixture.Paired(null, uuid, token, token, null), "/setting");
        JsonObject updated = Http.put("/v1/admin/devices/" + uuid, "{\"date_format\":\"DMY\",\"isolated_skills\":false,\"opt_in\":true}", admin())
                .assertStatus(200).object();
        assertEquals("DMY", updated.getString("date_format"));
        assertFalse(updated.getBoolean("isolated_skills"));
        JsonObject seen = Http.get("/v1/device/" + uuid + "/setting", "Authorization", "Bearer " + token, "If-None-Match", settingEtag)
                .assertStatus(200).object();
        assertEquals("DMY", seen.getString("dateFormat"));
        assertTrue(seen.getBoolean("optIn"));
        Http.put("/v1/admin/devices/" + uuid, "{\"date_format\":\"YMD\"}", admin()).assertJsonError(400);

        assertEquals(true, Http.delete("/v1/admin/devices/" + uuid, admin()).assertStatus(200).object().getBoolean("success"));
        Http.get("/v1/admin/devices/" + uuid, admin()).assertJsonError(404);
        Http.get("/v1/device/" + uuid, "Authorization", "Bearer " + token).assertJsonError(401);
    }

    @Test
    void voiceAndWakeWordDefinitionsReachTheDevice() throws Exception {
        JsonObject voice = Http.post("/v1/admin/voice_defs", "{\"plugin\":\"ovos-tts-plugin-piper\",\"lang\":\"en-us\","
                + "\"tts_config\":{\"voice\":\"alan-low\"},\"name\":\"Alan\",\"offline\":true,\"gender\":\"male\"}", admin()).assertStatus(200).object();
        // ovos-plugin-manager's id: md5 of json.dumps(config, sort_keys=True)
        assertEquals("ovos-tts-plugin-piper_en-us_" + md5("{\"voice\": \"alan-low\"}"), voice.getString("voice_id"));
        assertEquals(Set.of("voice_id", "lang", "plugin", "tts_config", "offline", "gender"), voice.keySet());
        JsonObject wakeWord = Http.post("/v1/admin/ww_defs", "{\"name\":\"hey_mycroft\",\"lang\":\"en-us\",\"plugin\":\"ovos-ww-plugin-precise-lite\","
                + "\"ww_config\":{\"model\":\"hey_mycroft.tflite\"}}", admin()).assertStatus(200).object();
        assertTrue(Http.get("/v1/admin/ww_defs/list", admin()).assertStatus(200).array().contains(wakeWord));
        Http.get("/v1/admin/voice_defs/nothing-like-this", admin()).assertJsonError(404);

        DeviceFixture.Paired d = pairByHand();
        JsonObject record = Http.put("/v1/admin/devices/" + d.deviceId(), "{\"voice_id\":\"" + voice.getString("voice_id") + "\",\"ww_id\":\""
                + wakeWord.getString("ww_id") + "\"}", admin()).assertStatus(200).object();
        assertEquals(voice.getString("voice_id"), record.getString("voice_id"));
        JsonObject setting = Http.get(d.path("/setting"), "Authorization", d.bearer()).assertStatus(200).object();
        assertEquals("ovos-tts-plugin-piper", setting.getJsonObject("ttsSettings").getString("module"));
        assertEquals("alan-low", setting.getJsonObject("ttsSettings").getJsonObject("ovos-tts-plugin-piper").getString("voice"));
        assertEquals("hey_mycroft", setting.getJsonObject("listenerSetting").getString("wakeWord"));
        assertEquals("ovos-ww-plugin-precise-lite", setting.getJsonObject("hotwordsSetting").getJsonObject("hey_mycroft").getString("module"));
        Http.put("/v1/admin/devices/" + d.deviceId(), "{\"voice_id\":\"unknown\"}", admin()).assertJsonError(400);

        assertTrue(Http.delete("/v1/admin/voice_defs/" + voice.getString("voice_id"), admin()).assertStatus(200).object().getBoolean("success"));
        assertFalse(Http.delete("/v1/admin/voice_defs/" + voice.getString("voice_id"), admin()).assertStatus(200).object().getBoolean("success"));
    }

    @Test
    void configNeverShowsSecrets() {
        Http.Reply reply = Http.get("/v1/admin/config", admin()).assertStatus(200);
        JsonObject config = reply.object();
        assertEquals("***", config.getJsonObject("server").getString("admin_key"));
        assertFalse(reply.body().contains(ADMIN_KEY));
        assertEquals("MDY", config.getString("date_format"));
        assertEquals("Kansas City", config.getJsonObject("location").getJsonObject("city").getString("name"));
        Http.post("/v1/admin/config", "{\"config\":{\"lang\":\"de-de\"}}", admin()).assertJsonError(405);
    }

    @Test
    void skillSettingsSharedAndPerDeviceReachTheDevices() {
        SkillDevices devices = SkillDevices.with("weather-skill|21.02");
        DeviceFixture.Paired first = devices.first();
        DeviceFixture.Paired second = devices.second();
        DeviceFixture.Paired isolated = devices.isolated();
        DeviceFixture.Paired elsewhere = devices.elsewhere();
        JsonObject entry = Http.get("/v1/admin/" + first.deviceId() + "/skill_settings/weather-skill", admin()).assertStatus(200).object();
        assertEquals(Set.of("skillMetadata", "skill_gid", "display_name"), entry.keySet());
        assertEquals("Weather", entry.getString("display_name"));
        assertTrue(entry.toString().contains("\"value\":\"metric\""), entry.toString());
        assertTrue(Http.get("/v1/admin/skill_settings/list", admin()).assertStatus(200).array().stream()
                .anyMatch(e -> e.asJsonObject().getString("skill_gid").equals("weather-skill|21.02")));

        String secondEtag = etag(second, "/skill/settings");
        Http.put("/v1/admin/skill_settings/weather-skill", "{\"skill_id\":\"weather-skill\",\"display_name\":null,"
                + "\"settings_json\":{\"units\":\"imperial\"},\"metadata_json\":null}", admin()).assertStatus(200);
        JsonObject seen = Http.get(second.path("/skill/settings"), "Authorization", second.bearer(), "If-None-Match", secondEtag)
                .assertStatus(200).object().getJsonObject("weather-skill|21.02");
        assertEquals("imperial", seen.getString("units"));
        assertEquals(true, seen.getBoolean("speak_wind"), "the other values stay");
        assertEquals("metric", values(isolated).getString("units"), "an isolated device keeps its own");
        assertEquals("metric", values(elsewhere).getString("units"), "sharing never crosses accounts");

        // settings_json as text, as the client's json.dumps sends it
        Http.put("/v1/admin/" + isolated.deviceId() + "/skill_settings/weather-skill|21.02".replace("|", "%7C"),
                "{\"settings_json\":\"{\\\"units\\\": \\\"kelvin\\\"}\"}", admin()).assertStatus(200);
        assertEquals("kelvin", values(isolated).getString("units"));
        assertEquals("imperial", values(first).getString("units"));

        Http.put("/v1/admin/skill_settings/weather-skill", "{\"settings_json\":{\"no_such\":1}}", admin()).assertJsonError(400);
        Http.get("/v1/admin/skill_settings/no-such-skill", admin()).assertJsonError(404);
        Http.get("/v1/admin/" + UUID.randomUUID() + "/skill_settings/list", admin()).assertJsonError(404);
    }

    @Test
    void deletingSkillSettingsTakesTheSkillOffTheDevicesItReaches() {
        String family = "timer-skill-" + UUID.randomUUID().toString().substring(0, 8);
        String gid = family + "|21.02";
        SkillDevices devices = SkillDevices.with(gid);
        DeviceFixture.Paired first = devices.first();
        DeviceFixture.Paired second = devices.second();
        DeviceFixture.Paired isolated = devices.isolated();
        DeviceFixture.Paired elsewhere = devices.elsewhere();
        Http.delete("/v1/admin/" + UUID.randomUUID() + "/skill_settings/" + family, admin()).assertJsonError(404);
        Http.delete("/v1/admin/skill_settings/" + family, "Authorization", "Bearer not-the-key").assertJsonError(401);

        // the isolated device's own copy: only there
        String isolatedEtag = etag(isolated, "/skill/settings");
        assertEquals(true, Http.delete("/v1/admin/" + isolated.deviceId() + "/skill_settings/" + family, admin()).assertStatus(200)
                .object().getBoolean("success"));
        assertFalse(Http.get(isolated.path("/skill/settings"), "Authorization", isolated.bearer(), "If-None-Match", isolatedEtag)
                .assertStatus(200).object().containsKey(gid));
        assertTrue(skillsOf(first).containsKey(gid));
        assertEquals(false, Http.delete("/v1/admin/" + isolated.deviceId() + "/skill_settings/" + family, admin()).assertStatus(200)
                .object().getBoolean("success"));
        Http.get("/v1/admin/" + isolated.deviceId() + "/skill_settings/" + family, admin()).assertJsonError(404);

        // the shared settings: every sharing household device, no other account's
        String secondEtag = etag(second, "/skill/settings");
        assertEquals(true, Http.delete("/v1/admin/skill_settings/" + gid.replace("|", "%7C"), admin()).assertStatus(200)
                .object().getBoolean("success"));
        assertFalse(Http.get(second.path("/skill/settings"), "Authorization", second.bearer(), "If-None-Match", secondEtag)
                .assertStatus(200).object().containsKey(gid));
        assertFalse(skillsOf(first).containsKey(gid));
        assertTrue(skillsOf(elsewhere).containsKey(gid), "sharing never crosses accounts");
        Http.get("/v1/admin/skill_settings/" + family, admin()).assertJsonError(404);
        assertEquals(false, Http.delete("/v1/admin/skill_settings/" + family, admin()).assertStatus(200).object().getBoolean("success"));

        // a device that defines the skill again has it back
        defineSkill(first, gid);
        assertEquals("metric", skillsOf(first).getJsonObject(gid).getString("units"));
    }

    /** Two household devices sharing their skill settings, an isolated one, one of another account; each has defined the skill. */
    record SkillDevices(DeviceFixture.Paired first, DeviceFixture.Paired second, DeviceFixture.Paired isolated, DeviceFixture.Paired elsewhere) {
        static SkillDevices with(String gid) {
            SkillDevices devices = new SkillDevices(pairByHand(), pairByHand(), pairByHand(), DeviceFixture.pair());
            Http.put("/v1/admin/devices/" + devices.isolated().deviceId(), "{\"isolated_skills\":true}", admin()).assertStatus(200);
            for (DeviceFixture.Paired d : List.of(devices.first(), devices.second(), devices.isolated(), devices.elsewhere())) {
                defineSkill(d, gid);
            }
            return devices;
        }
    }

    /** The weather skill's definition (DeviceSkillsIT) under the given gid. */
    private static void defineSkill(DeviceFixture.Paired d, String gid) {
        Http.put(d.path("/skillJson"), DeviceSkillsIT.manifest(DeviceSkillsIT.entry("weather", gid, "msm", 0)), "Authorization", d.bearer())
                .assertStatus(200);
        Http.put(d.path("/settingsMeta"), DeviceSkillsIT.weatherMeta("metric").replace("weather-skill|21.02", gid), "Authorization", d.bearer())
                .assertStatus(204);
    }

    private static JsonObject skillsOf(DeviceFixture.Paired d) {
        return Http.get(d.path("/skill/settings"), "Authorization", d.bearer()).assertStatus(200).object();
    }

    @Test
    void metricsAreListedChangedAndDeleted() {
        DeviceFixture.Paired d = pairByHand();
        // a device's metrics are kept only when it opts in (RecordingsIT: and not otherwise)
        Http.put("/v1/admin/devices/" + d.deviceId(), "{\"opt_in\":true}", admin()).assertStatus(200);
        Http.post(d.path("/metric/timing"), "{\"id\":\"wakeword\",\"start_time\":1700000000.5,\"time\":0.25}", "Authorization", d.bearer())
                .assertStatus(204);
        JsonObject metric = Http.get("/v1/admin/metrics/list", admin()).assertStatus(200).array().stream().map(v -> v.asJsonObject())
                .filter(m -> m.getString("uuid").equals(d.deviceId().toString())).findFirst().orElseThrow();
        assertEquals("timing", metric.getString("metric_type"));
        assertEquals(0.25, metric.getJsonObject("meta").getJsonNumber("time").doubleValue(), "what the manager reads");
        assertEquals(metric.getJsonObject("meta"), metric.getJsonObject("metadata_json"));
        String id = metric.getString("metric_id");
        assertEquals(metric, Http.get("/v1/admin/metrics/" + id, admin()).assertStatus(200).object());

        JsonObject changed = Http.put("/v1/admin/metrics/" + id, "{\"metadata\":{\"time\":1}}", admin()).assertStatus(200).object();
        assertEquals(1, changed.getJsonObject("meta").getInt("time"), "the metadata, not the whole body");
        JsonObject added = Http.post("/v1/admin/metrics/" + d.deviceId(), "{\"metric_type\":\"stt\",\"metadata\":{\"lang\":\"en-us\"}}", admin())
                .assertStatus(200).object();
        assertEquals("stt", added.getString("metric_type"));

        assertTrue(Http.delete("/v1/admin/metrics/" + id, admin()).assertStatus(200).object().getBoolean("success"));
        Http.get("/v1/admin/metrics/" + id, admin()).assertJsonError(404);
        assertFalse(Http.delete("/v1/admin/metrics/" + id, admin()).assertStatus(200).object().getBoolean("success"));
        Http.post("/v1/admin/metrics/" + UUID.randomUUID(), "{\"metric_type\":\"x\"}", admin()).assertJsonError(404);
    }

    @Test
    void aDevicesOwnEmailReceivesItsMessages() throws Exception {
        var smtp = MailStandIn.server();
        DeviceFixture.Paired d = pairByHand();
        String recipient = "kitchen-" + d.deviceId() + "@example.org";
        Http.put("/v1/admin/" + d.deviceId() + "/device", "{\"email\":\"not an address\"}", admin()).assertJsonError(400);
        Http.put("/v1/admin/" + d.deviceId() + "/device", "{\"email\":\"" + recipient + "\"}", admin()).assertStatus(200);
        Http.put(d.path("/message"), "{\"title\":\"hello\",\"sender\":\"s\",\"body\":\"from the kitchen\"}", "Authorization", d.bearer())
                .assertStatus(200);
        assertTrue(smtp.waitForIncomingEmail(10_000, 1));
        long delivered = 0;
        for (var message : smtp.getReceivedMessages()) {
            if (java.util.Arrays.stream(message.getAllRecipients()).anyMatch(a -> a.toString().contains(recipient))) {
                delivered++;
            }
        }
        assertEquals(1, delivered, "to the device's own address, not the household's");
    }

    private static JsonObject values(DeviceFixture.Paired d) {
        return Http.get(d.path("/skill/settings"), "Authorization", d.bearer()).assertStatus(200).object().getJsonObject("weather-skill|21.02");
    }

    private static String md5(String text) throws Exception {
        byte[] digest = MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8));
        return String.format("%032x", new BigInteger(1, digest));
    }
}
