package org.selene.it;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Skill settings from the account side, through the device API's settings service (docs/web-apis.md §3.8). */
@SeleneIT
class AccountSkillsIT {

    static String meta(String unit) {
        return "{\"skill_gid\":\"weather-skill|21.02\",\"display_name\":\"Weather\",\"skillMetadata\":{\"sections\":[{\"name\":\"Options\",\"fields\":["
                + "{\"name\":\"units\",\"type\":\"select\",\"label\":\"Units\",\"options\":\"Metric|metric;Imperial|imperial\",\"value\":\"" + unit + "\"},"
                + "{\"name\":\"days\",\"type\":\"number\",\"label\":\"Days\",\"value\":\"3\"}]}]}}";
    }

    static DeviceFixture.Paired deviceWithWeather(AccountSession.SignedIn me) {
        DeviceFixture.Paired d = DeviceFixture.pair(me.accountId());
        Http.put(d.path("/skillJson"), DeviceSkillsIT.manifest(DeviceSkillsIT.entry("weather", "weather-skill|21.02", "msm", 0)),
                "Authorization", d.bearer()).assertStatus(200);
        Http.put(d.path("/settingsMeta"), meta("metric"), "Authorization", d.bearer()).assertStatus(204);
        return d;
    }

    @Test
    void skillsWithSettingsAreListedByFamilyAndTheirSettingsGroupedByDevice() {
        AccountSession.SignedIn me = AccountSession.signUp();
        DeviceFixture.Paired first = deviceWithWeather(me);
        DeviceFixture.Paired second = deviceWithWeather(me);
        // a skill without a settings definition is not listed
        Http.put(first.path("/skillJson"), DeviceSkillsIT.manifest(DeviceSkillsIT.entry("weather", "weather-skill|21.02", "msm", 0),
                DeviceSkillsIT.entry("plain", "plain-skill|21.02", "msm", 0)), "Authorization", first.bearer()).assertStatus(200);

        JsonArray families = Http.get("/account/api/skills", me.headers()).assertStatus(200).array();
        assertEquals(1, families.size(), families.toString());
        JsonObject weather = families.getJsonObject(0);
        assertEquals(List.of("familyName", "hasSettings", "marketId", "name", "skillIds"), List.copyOf(weather.keySet()));
        assertEquals("weather-skill", weather.getString("familyName"));
        assertEquals("Weather", weather.getString("name"));
        assertEquals(1, weather.getJsonArray("skillIds").size());

        JsonArray settings = Http.get("/account/api/skills/weather-skill/settings", me.headers()).assertStatus(200).array();
        assertEquals(1, settings.size(), "both devices share one definition and values");
        JsonObject entry = settings.getJsonObject(0);
        assertEquals(2, entry.getJsonArray("deviceNames").size());
        assertEquals("metric", entry.getJsonObject("settingsValues").getString("units"));
        JsonObject units = entry.getJsonObject("settingsDisplay").getJsonArray("sections").getJsonObject(0).getJsonArray("fields").getJsonObject(0);
        assertEquals("Imperial", units.getJsonArray("options").getJsonObject(1).getString("display"));
        assertEquals("imperial", units.getJsonArray("options").getJsonObject(1).getString("value"));
    }

    @Test
    void changingSettingsReachesTheNamedDevicesThroughTheirSkillEtag() {
        AccountSession.SignedIn me = AccountSession.signUp();
        DeviceFixture.Paired changed = deviceWithWeather(me);
        DeviceFixture.Paired untouched = deviceWithWeather(me);
        String changedEtag = Http.get(changed.path("/skill/settings"), "Authorization", changed.bearer()).assertStatus(200).header("ETag").orElseThrow();
        String untouchedEtag = Http.get(untouched.path("/skill/settings"), "Authorization", untouched.bearer()).assertStatus(200).header("ETag").orElseThrow();
        JsonObject weather = Http.get("/account/api/skills", me.headers()).array().getJsonObject(0);
        String changedName = (String) Db.scalar("SELECT name FROM device.device WHERE id = ?", changed.deviceId());

        String body = "{\"skillIds\":" + weather.getJsonArray("skillIds") + ",\"skillSettings\":[{\"settingsDisplay\":{\"sections\":[]},"
                + "\"settingsValues\":{\"units\":\"imperial\",\"days\":5},\"deviceNames\":[\"" + changedName + "\"]}]}";
        Http.put("/account/api/skills/weather-skill/settings", body, me.headers()).assertStatus(200);

        JsonObject values = Http.get(changed.path("/skill/settings"), "Authorization", changed.bearer(), "If-None-Match", changedEtag).assertStatus(200)
                .object().getJsonObject("weather-skill|21.02");
        assertEquals("imperial", values.getString("units"));
        assertEquals(5, values.getInt("days"));
        Http.get(untouched.path("/skill/settings"), "Authorization", untouched.bearer(), "If-None-Match", untouchedEtag).assertStatus(304);
        assertEquals(2, Http.get("/account/api/skills/weather-skill/settings", me.headers()).array().size());
    }

    @Test
    void anotherAccountCannotChangeSettingsWithKnownSkillIdsAndDeviceNames() {
        AccountSession.SignedIn owner = AccountSession.signUp();
        DeviceFixture.Paired device = deviceWithWeather(owner);
        JsonObject weather = Http.get("/account/api/skills", owner.headers()).array().getJsonObject(0);
        String name = (String) Db.scalar("SELECT name FROM device.device WHERE id = ?", device.deviceId());
        AccountSession.SignedIn intruder = AccountSession.signUp();
        Http.put("/account/api/skills/weather-skill/settings", "{\"skillIds\":" + weather.getJsonArray("skillIds") + ",\"skillSettings\":[{"
                + "\"settingsValues\":{\"units\":\"imperial\"},\"deviceNames\":[\"" + name + "\"]}]}", intruder.headers()).assertStatus(200);
        assertEquals(0, Http.get("/account/api/skills/weather-skill/settings", intruder.headers()).array().size());
        assertEquals("metric", Http.get(device.path("/skill/settings"), "Authorization", device.bearer()).object()
                .getJsonObject("weather-skill|21.02").getString("units"));
    }
}
