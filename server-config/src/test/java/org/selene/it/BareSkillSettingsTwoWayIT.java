package org.selene.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * The second server runs with SELENE_SKILL_SETTINGS_TWO_WAY=true (StandIns.bareServerEnvironment):
 * a definition a device uploads carries its own values, which become the values of the devices
 * that share them (the main suite's server keeps Selene's one-way rule, DeviceSkillsIT).
 */
@SeleneIT
@EnabledIfSystemProperty(named = "selene.it.profile", matches = "bare")
class BareSkillSettingsTwoWayIT {

    @Test
    void aDevicesUploadedValuesReachTheDevicesSharingThem() {
        DeviceFixture.Paired first = DeviceFixture.pair();
        DeviceFixture.Paired second = DeviceFixture.pair(first.accountId());
        for (DeviceFixture.Paired d : new DeviceFixture.Paired[]{first, second}) {
            Http.put(d.path("/skillJson"), DeviceSkillsIT.manifest(DeviceSkillsIT.entry("weather", "weather-skill|21.02", "msm", 0)),
                    "Authorization", d.bearer()).assertStatus(200);
            Http.put(d.path("/settingsMeta"), DeviceSkillsIT.weatherMeta("metric"), "Authorization", d.bearer()).assertStatus(204);
        }
        String secondsEtag = Http.get(second.path("/skill/settings"), "Authorization", second.bearer()).assertStatus(200).header("ETag").orElseThrow();

        // the first device's person switched to imperial on the device; its next upload says so
        Http.put(first.path("/settingsMeta"), DeviceSkillsIT.weatherMeta("imperial"), "Authorization", first.bearer()).assertStatus(204);

        Http.Reply seen = Http.get(second.path("/skill/settings"), "Authorization", second.bearer(), "If-None-Match", secondsEtag).assertStatus(200);
        assertNotEquals(secondsEtag, seen.header("ETag").orElseThrow());
        JsonObject values = seen.object().getJsonObject("weather-skill|21.02");
        assertEquals("imperial", values.getString("units"));
        assertEquals(3, values.getInt("days"));
        assertEquals("imperial", Http.get(first.path("/skill/settings"), "Authorization", first.bearer()).object()
                .getJsonObject("weather-skill|21.02").getString("units"));
    }

    @Test
    void anIsolatedDeviceKeepsItsOwn() {
        DeviceFixture.Paired first = DeviceFixture.pair();
        DeviceFixture.Paired isolated = DeviceFixture.pair(first.accountId());
        Db.update("INSERT INTO device.isolated_skill_settings (device_id) VALUES (?)", isolated.deviceId());
        for (DeviceFixture.Paired d : new DeviceFixture.Paired[]{first, isolated}) {
            Http.put(d.path("/skillJson"), DeviceSkillsIT.manifest(DeviceSkillsIT.entry("weather", "weather-skill|21.02", "msm", 0)),
                    "Authorization", d.bearer()).assertStatus(200);
            Http.put(d.path("/settingsMeta"), DeviceSkillsIT.weatherMeta("metric"), "Authorization", d.bearer()).assertStatus(204);
        }
        Http.put(first.path("/settingsMeta"), DeviceSkillsIT.weatherMeta("imperial"), "Authorization", first.bearer()).assertStatus(204);
        assertEquals("metric", Http.get(isolated.path("/skill/settings"), "Authorization", isolated.bearer()).object()
                .getJsonObject("weather-skill|21.02").getString("units"));
    }
}
