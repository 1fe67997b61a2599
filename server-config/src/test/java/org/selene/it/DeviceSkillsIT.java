package org.selene.it;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Skill manifest and skill settings (docs/device-api.md §6.11–6.16). */
@SeleneIT
class DeviceSkillsIT {

    static String entry(String name, String gid, String origin, double installed) {
        return "{\"name\":\"" + name + "\",\"origin\":\"" + origin + "\",\"beta\":false,\"status\":\"active\",\"installed\":" + installed
                + ",\"updated\":" + installed + ",\"installation\":\"installed\",\"skill_gid\":\"" + gid + "\"}";
    }

    static String manifest(String... entries) {
        return "{\"blacklist\":[],\"version\":1,\"skills\":[" + String.join(",", entries) + "]}";
    }

    static long manifestRows(UUID device) {
        return Db.count("SELECT count(*) FROM device.device_skill WHERE device_id = ?", device);
    }

    @Test
    void manifestAddsKeepsAndRemovesSkills() {
        DeviceFixture.Paired d = DeviceFixture.pair();
        String bar = entry("bar-skill", "bar-skill|19.02", "msm", 1669220000.0);
        String foo = entry("foo-skill", "foo-skill|19.02", "voice", 0);
        Http.put(d.path("/skillJson"), manifest(foo, bar), "Authorization", d.bearer()).assertStatus(200);
        assertEquals(2, manifestRows(d.deviceId()));
        Object barInstalled = Db.scalar("SELECT ds.install_ts FROM device.device_skill ds JOIN skill.skill s ON s.id = ds.skill_id WHERE ds.device_id = ? AND s.skill_gid = 'bar-skill|19.02'", d.deviceId());
        assertEquals("2022-11-23 16:13:20.0", barInstalled.toString());
        assertNull(Db.scalar("SELECT ds.install_ts FROM device.device_skill ds JOIN skill.skill s ON s.id = ds.skill_id WHERE s.skill_gid = 'foo-skill|19.02' AND ds.device_id = ?", d.deviceId()));
        assertEquals("bar-skill", Db.scalar("SELECT family_name FROM skill.skill WHERE skill_gid = 'bar-skill|19.02'"));

        // an updated skill keeps its row unchanged (as Selene), a missing one is removed
        Http.put(d.path("/skillJson"), manifest(entry("bar-skill", "bar-skill|19.02", "msm", 1700000000.0)), "Authorization", d.bearer()).assertStatus(200);
        assertEquals(1, manifestRows(d.deviceId()));
        assertEquals(barInstalled, Db.scalar("SELECT ds.install_ts FROM device.device_skill ds WHERE ds.device_id = ?", d.deviceId()));

        Http.put(d.path("/skillJson"), manifest(), "Authorization", d.bearer()).assertStatus(200);
        assertEquals(0, manifestRows(d.deviceId()));
    }

    @Test
    void removingADeviceSpecificSkillDeletesItsSkillRow() {
        DeviceFixture.Paired d = DeviceFixture.pair();
        String specific = "@" + d.deviceId() + "|device-specific-skill|19.02";
        Http.put(d.path("/skillJson"), manifest(entry("x", specific, "cli", 0), entry("bar", "bar-skill|19.02", "msm", 0)), "Authorization", d.bearer()).assertStatus(200);
        assertEquals("device-specific-skill", Db.scalar("SELECT family_name FROM skill.skill WHERE skill_gid = ?", specific));
        Http.put(d.path("/skillJson"), manifest(entry("bar", "bar-skill|19.02", "msm", 0)), "Authorization", d.bearer()).assertStatus(200);
        assertEquals(0, Db.count("SELECT count(*) FROM skill.skill WHERE skill_gid = ?", specific));
        assertEquals(1, manifestRows(d.deviceId()));
    }

    @Test
    void storedManifestIsReturned_Selene500Fixed() {
        DeviceFixture.Paired d = DeviceFixture.pair();
        assertEquals(0, Http.get(d.path("/skillJson"), "Authorization", d.bearer()).assertStatus(200).object().getJsonArray("skills").size());
        Http.put(d.path("/skillJson"), manifest(entry("bar", "bar-skill|19.02", "msm", 0)), "Authorization", d.bearer()).assertStatus(200);
        JsonObject stored = Http.get(d.path("/skillJson"), "Authorization", d.bearer()).assertStatus(200).object();
        assertEquals("bar-skill|19.02", stored.getJsonArray("skills").getJsonObject(0).getString("skill_gid"));
    }

    @Test
    void malformedManifestsAre400AndChangeNothing() {
        DeviceFixture.Paired d = DeviceFixture.pair();
        Http.put(d.path("/skillJson"), manifest(entry("bar", "bar-skill|19.02", "msm", 0)), "Authorization", d.bearer()).assertStatus(200);
        Http.put(d.path("/skillJson"), manifest("{\"origin\":\"msm\",\"skill_gid\":\"nameless|19.02\"}"), "Authorization", d.bearer()).assertJsonError(400);
        Http.put(d.path("/skillJson"), "{\"blacklist\":[]}", "Authorization", d.bearer()).assertJsonError(400);
        Http.put(d.path("/skillJson"), manifest("{\"name\":\"n\",\"skill_gid\":\"g|1\",\"beta\":\"yes\"}"), "Authorization", d.bearer()).assertJsonError(400);
        Http.put(d.path("/skillJson"), manifest("7"), "Authorization", d.bearer()).assertJsonError(400);
        assertEquals(1, manifestRows(d.deviceId()));
        Http.put(d.path("/skillJson"), manifest(entry("bar", "bar-skill|19.02", "msm", 0)), "Authorization", "Bearer bogus_token").assertJsonError(401);
    }

    static String weatherMeta(String unitValue) {
        return "{\"skill_gid\":\"weather-skill|21.02\",\"display_name\":\"Weather\",\"skillMetadata\":{\"sections\":[{\"name\":\"Options\",\"fields\":["
                + "{\"type\":\"label\",\"label\":\"Units\"},"
                + "{\"name\":\"units\",\"type\":\"text\",\"label\":\"Units\",\"value\":\"" + unitValue + "\"},"
                + "{\"name\":\"speak_wind\",\"type\":\"checkbox\",\"label\":\"Wind\",\"value\":\"true\"},"
                + "{\"name\":\"days\",\"type\":\"number\",\"label\":\"Days\",\"value\":\"3\"}]}]}}";
    }

    @Test
    void settingsMetaInitialisesValuesAndTheV2DownloadReturnsThem() {
        DeviceFixture.Paired d = DeviceFixture.pair();
        Http.put(d.path("/settingsMeta"), weatherMeta("metric"), "Authorization", d.bearer()).assertJsonError(400);
        Http.put(d.path("/skillJson"), manifest(entry("weather", "weather-skill|21.02", "msm", 0)), "Authorization", d.bearer()).assertStatus(200);
        String before = Http.get(d.path("/skill/settings"), "Authorization", d.bearer()).assertStatus(200).header("ETag").orElseThrow();
        Http.put(d.path("/settingsMeta"), weatherMeta("metric"), "Authorization", d.bearer()).assertStatus(204);
        Http.Reply reply = Http.get(d.path("/skill/settings"), "Authorization", d.bearer(), "If-None-Match", before).assertStatus(200);
        JsonObject values = reply.object().getJsonObject("weather-skill|21.02");
        assertEquals("metric", values.getString("units"));
        assertEquals(true, values.getBoolean("speak_wind"));
        assertEquals(3, values.getInt("days"));
        String etag = reply.header("ETag").orElseThrow();
        Http.get(d.path("/skill/settings"), "Authorization", d.bearer(), "If-None-Match", etag).assertStatus(304);

        // a second device of the account starts from the values the account chose, not the defaults
        Db.update("UPDATE device.device_skill SET settings = '{\"units\":\"imperial\",\"speak_wind\":false,\"days\":5}' WHERE device_id = ?", d.deviceId());
        DeviceFixture.Paired second = DeviceFixture.pair(d.accountId());
        Http.put(second.path("/skillJson"), manifest(entry("weather", "weather-skill|21.02", "msm", 0)), "Authorization", second.bearer()).assertStatus(200);
        Http.put(second.path("/settingsMeta"), weatherMeta("metric"), "Authorization", second.bearer()).assertStatus(204);
        assertEquals("imperial", Http.get(second.path("/skill/settings"), "Authorization", second.bearer()).object()
                .getJsonObject("weather-skill|21.02").getString("units"));
    }

    @Test
    void v2DownloadIsAnEmptyObjectWithoutSkills() {
        DeviceFixture.Paired d = DeviceFixture.pair();
        assertEquals("{}", Http.get(d.path("/skill/settings"), "Authorization", d.bearer()).assertStatus(200).body());
        Http.get(d.path("/skill"), "Authorization", d.bearer()).assertStatus(204);
    }

    static String barDisplay(String textValue) {
        return "{\"skill_gid\":\"bar-skill|19.02\",\"identifier\":\"bar-skill-123456\",\"skillMetadata\":{\"sections\":[{\"name\":\"Bar\",\"fields\":["
                + "{\"type\":\"label\",\"label\":\"Hello\"},"
                + "{\"name\":\"textfield\",\"type\":\"text\",\"label\":\"Text\",\"value\":\"" + textValue + "\"},"
                + "{\"name\":\"checkboxfield\",\"type\":\"checkbox\",\"label\":\"Check\",\"value\":\"false\"}]}]}}";
    }

    @Test
    void v1UploadAndDownloadWithStringValuesAndSharedAcrossTheAccount() {
        DeviceFixture.Paired d = DeviceFixture.pair();
        DeviceFixture.Paired sibling = DeviceFixture.pair(d.accountId());
        JsonObject created = Http.put(d.path("/skill"), barDisplay("Device text value"), "Authorization", d.bearer()).assertStatus(200).object();
        String skillId = created.getString("uuid");
        assertEquals(Db.scalar("SELECT id::text FROM skill.skill WHERE skill_gid = 'bar-skill|19.02'"), skillId);
        Http.put(sibling.path("/skill"), barDisplay("Device text value"), "Authorization", sibling.bearer()).assertStatus(200);

        String siblingEtag = Http.get(sibling.path("/skill"), "Authorization", sibling.bearer()).header("ETag").orElseThrow();
        Http.put(d.path("/skill"), barDisplay("New device text value"), "Authorization", d.bearer()).assertStatus(200);
        JsonArray v1 = Http.get(sibling.path("/skill"), "Authorization", sibling.bearer(), "If-None-Match", siblingEtag).assertStatus(200).array();
        JsonObject bar = v1.getJsonObject(0);
        assertEquals(skillId, bar.getString("uuid"));
        assertEquals("bar-skill|19.02", bar.getString("skill_gid"));
        assertEquals("bar-skill-123456", bar.getString("identifier"));
        JsonArray fields = bar.getJsonObject("skillMetadata").getJsonArray("sections").getJsonObject(0).getJsonArray("fields");
        assertEquals("New device text value", fields.getJsonObject(1).getString("value"));
        assertEquals("False", fields.getJsonObject(2).getString("value"));
        assertEquals(1, Db.count("SELECT count(*) FROM skill.settings_display sd JOIN skill.skill s ON s.id = sd.skill_id WHERE s.skill_gid = 'bar-skill|19.02'"));
    }

    @Test
    void anIsolatedDeviceKeepsItsOwnSkillSettings() {
        DeviceFixture.Paired d = DeviceFixture.pair();
        DeviceFixture.Paired isolated = DeviceFixture.pair(d.accountId());
        Db.update("INSERT INTO device.isolated_skill_settings (device_id) VALUES (?)", isolated.deviceId());
        Http.put(d.path("/skill"), barDisplay("shared"), "Authorization", d.bearer()).assertStatus(200);
        Http.put(isolated.path("/skill"), barDisplay("shared"), "Authorization", isolated.bearer()).assertStatus(200);
        Http.put(d.path("/skill"), barDisplay("changed on the first device"), "Authorization", d.bearer()).assertStatus(200);
        assertEquals("shared", Http.get(isolated.path("/skill/settings"), "Authorization", isolated.bearer()).object()
                .getJsonObject("bar-skill|19.02").getString("textfield"));

        Http.put(d.path("/skillJson"), manifest(entry("bar", "bar-skill|19.02", "msm", 0), entry("weather", "weather-skill|21.02", "msm", 0)), "Authorization", d.bearer()).assertStatus(200);
        Http.put(d.path("/settingsMeta"), weatherMeta("metric"), "Authorization", d.bearer()).assertStatus(204);
        Db.update("UPDATE device.device_skill ds SET settings = '{\"units\":\"imperial\",\"speak_wind\":false,\"days\":5}' FROM skill.skill s WHERE s.id = ds.skill_id AND s.skill_gid = 'weather-skill|21.02' AND ds.device_id = ?", d.deviceId());
        Http.put(isolated.path("/skillJson"), manifest(entry("weather", "weather-skill|21.02", "msm", 0)), "Authorization", isolated.bearer()).assertStatus(200);
        Http.put(isolated.path("/settingsMeta"), weatherMeta("metric"), "Authorization", isolated.bearer()).assertStatus(204);
        assertEquals("metric", Http.get(isolated.path("/skill/settings"), "Authorization", isolated.bearer()).object()
                .getJsonObject("weather-skill|21.02").getString("units"), "an isolated device starts from the defaults");
    }

    @Test
    void v1UploadWithoutIdIs400() {
        DeviceFixture.Paired d = DeviceFixture.pair();
        Http.put(d.path("/skill"), "{\"name\":\"x\"}", "Authorization", d.bearer()).assertJsonError(400);
        Http.put(d.path("/skill"), "{\"skill_gid\": 5}", "Authorization", d.bearer()).assertJsonError(400);
    }

    @Test
    void deleteSkillUnlinksIt_Selene405Fixed() {
        DeviceFixture.Paired d = DeviceFixture.pair();
        Http.put(d.path("/skillJson"), manifest(entry("bar", "bar-skill|19.02", "msm", 0)), "Authorization", d.bearer()).assertStatus(200);
        String etag = Http.get(d.path("/skill/settings"), "Authorization", d.bearer()).header("ETag").orElseThrow();
        Http.delete(d.path("/skill/" + URLEncoder.encode("bar-skill|19.02", StandardCharsets.UTF_8)), "Authorization", d.bearer()).assertStatus(204);
        assertEquals(0, manifestRows(d.deviceId()));
        assertNotEquals(etag, Http.get(d.path("/skill/settings"), "Authorization", d.bearer()).header("ETag").orElseThrow());
        Http.delete(d.path("/skill/" + URLEncoder.encode("bar-skill|19.02", StandardCharsets.UTF_8)), "Authorization", d.bearer()).assertJsonError(404);
    }
}
