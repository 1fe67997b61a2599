package org.selene.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Per-device settings over the account's and the server's defaults, as devices read them (issue
 * 12, point 2). The values are written here as the admin API stores them; AdminApiIT drives the
 * same through the admin API, with the ETags.
 */
@SeleneIT
class DeviceOverridesIT {

    @Test
    void aDevicesOwnValuesWinOverItsAccountsAndTheServersDefaults() {
        DeviceFixture.Paired d = DeviceFixture.pair();
        Db.update("""
                INSERT INTO device.device_preferences (device_id, opt_in, lang, date_format, time_format, system_unit, tts_module, tts_config,
                                                       wake_word, ww_config, location)
                VALUES (?, true, 'pt-pt', 'DMY', 'full', 'metric', 'ovos-tts-plugin-piper', '{"module": "ignored", "voice": "alan"}'::jsonb,
                        'hey_jarvis', '{"module": "ovos-ww-plugin-vosk"}'::jsonb,
                        '{"city": {"name": "Lisbon"}, "coordinate": {"latitude": 38.7, "longitude": -9.1}}'::jsonb)""", d.deviceId());

        JsonObject setting = Http.get(d.path("/setting"), "Authorization", d.bearer()).assertStatus(200).object();
        assertEquals(List.of("dateFormat", "hotwordsSetting", "lang", "listenerSetting", "optIn", "systemUnit", "timeFormat", "ttsSettings", "uuid"),
                List.copyOf(setting.keySet()), "Selene's sorted keys, with the personal backend's");
        assertEquals("DMY", setting.getString("dateFormat"));
        assertEquals("full", setting.getString("timeFormat"));
        assertEquals("metric", setting.getString("systemUnit"));
        assertEquals("pt-pt", setting.getString("lang"));
        assertEquals(true, setting.getBoolean("optIn"), "the device's opt-in, although its account has no Open Dataset agreement");
        assertEquals("hey_jarvis", setting.getJsonObject("listenerSetting").getString("wakeWord"));
        assertEquals("ovos-ww-plugin-vosk", setting.getJsonObject("hotwordsSetting").getJsonObject("hey_jarvis").getString("module"));
        JsonObject tts = setting.getJsonObject("ttsSettings");
        assertEquals("ovos-tts-plugin-piper", tts.getString("module"));
        assertEquals("alan", tts.getJsonObject("ovos-tts-plugin-piper").getString("voice"));
        assertFalse(tts.getJsonObject("ovos-tts-plugin-piper").containsKey("module"));

        JsonObject location = Http.get(d.path("/location"), "Authorization", d.bearer()).assertStatus(200).object();
        assertEquals("Lisbon", location.getJsonObject("city").getString("name"), "the stored location, as given");
    }

    @Test
    void withoutOverridesTheAccountsPreferencesThenTheServersDefaultsApply() {
        DeviceFixture.Paired plain = DeviceFixture.pair();
        JsonObject setting = Http.get(plain.path("/setting"), "Authorization", plain.bearer()).assertStatus(200).object();
        // the suite sets no SELENE_DEFAULT_*: their defaults are Selene's
        assertEquals("MDY", setting.getString("dateFormat"));
        assertEquals("half", setting.getString("timeFormat"));
        assertEquals("imperial", setting.getString("systemUnit"));
        assertFalse(setting.containsKey("lang"), "no SELENE_DEFAULT_LANG: Selene's shape");

        DeviceFixture.Paired partly = DeviceFixture.pair();
        Db.update("INSERT INTO device.account_preferences (account_id, date_format, time_format, measurement_system) "
                + "VALUES (?, 'DD/MM/YYYY', '24 Hour', 'Metric')", partly.accountId());
        Db.update("INSERT INTO device.device_preferences (device_id, time_format) VALUES (?, 'half')", partly.deviceId());
        JsonObject mixed = Http.get(partly.path("/setting"), "Authorization", partly.bearer()).assertStatus(200).object();
        assertEquals("DMY", mixed.getString("dateFormat"), "the account's");
        assertEquals("metric", mixed.getString("systemUnit"), "the account's");
        assertEquals("half", mixed.getString("timeFormat"), "the device's own");
        assertEquals("mimic", mixed.getJsonObject("ttsSettings").getString("module"), "the device's Selene voice");
        assertEquals("Kansas City", Http.get(partly.path("/location"), "Authorization", partly.bearer()).assertStatus(200).object()
                .getJsonObject("city").getString("name"), "the device's place");
    }
}
