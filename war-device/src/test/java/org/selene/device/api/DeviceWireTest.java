package org.selene.device.api;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.selene.domain.device.DeviceOverrides;
import org.selene.domain.device.ServerDefaults;
import org.selene.domain.device.Device;
import org.selene.domain.device.DeviceViews;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The device API's JSON shapes: Selene's keys, in Selene's sorted order, with its value mappings. */
class DeviceWireTest {

    /** Selene's own fallbacks, as SELENE_DEFAULT_* leave them */
    private static final ServerDefaults.Preferences SELENE_DEFAULTS = new ServerDefaults.Preferences(Optional.empty(), "MDY", "half", "imperial");

    @Test
    void aDevicesOwnPreferencesWinOverItsAccountsAndTheServerDefaultsFillTheRest() {
        DeviceOverrides own = new DeviceOverrides(false, null, "pt-pt", null, "full", null, null, null, "hey_jarvis", "{\"module\":\"pocketsphinx\"}", null, null, null);
        JsonObject json = DeviceWire.settings(settings("mimic", "ap", "DD/MM/YYYY", null, null, PREFERENCES), own,
                new ServerDefaults.Preferences(Optional.of("en-gb"), "MDY", "half", "metric"));
        assertEquals("DMY", json.getString("dateFormat"));
        assertEquals("full", json.getString("timeFormat"));
        assertEquals("metric", json.getString("systemUnit"));
        assertEquals("pt-pt", json.getString("lang"));
        assertEquals(false, json.getBoolean("optIn"));
        assertEquals("hey_jarvis", json.getJsonObject("listenerSetting").getString("wakeWord"));
        assertEquals("pocketsphinx", json.getJsonObject("hotwordsSetting").getJsonObject("hey_jarvis").getString("module"));
    }


    static final UUID ACCOUNT = UUID.fromString("00000000-0000-0000-0000-0000000000a1");
    static final UUID PREFERENCES = UUID.fromString("00000000-0000-0000-0000-0000000000b2");

    static DeviceViews.Settings settings(String engine, String voice, String dateFormat, String timeFormat, String system, UUID preferences) {
        return new DeviceViews.Settings(preferences, ACCOUNT, dateFormat, timeFormat, system, voice, engine, true);
    }

    @Test
    void aDeviceWithoutPlacementHasANullDescriptionAndItsAccountAsUser() {
        Device device = new Device(ACCOUNT, "Kitchen", null, UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        JsonObject json = DeviceWire.device(device);
        assertEquals(List.of("coreVersion", "description", "enclosureVersion", "name", "platform", "user", "uuid"), List.copyOf(json.keySet()));
        assertEquals("{\"uuid\":\"" + ACCOUNT + "\"}", json.getJsonObject("user").toString());
        assertEquals(device.getId().toString(), json.getString("uuid"));
        assertEquals(true, json.isNull("description"));
        assertEquals("Attic", DeviceWire.device(new Device(ACCOUNT, "Den", "Attic", null, null, null)).getString("description"));
    }

    @Test
    void mimicVoicesMapToSeleneModulesAndOtherEnginesKeepTheirName() {
        assertEquals("{\"module\":\"mimic\",\"mimic\":{\"voice\":\"trinity\"}}",
                DeviceWire.settings(settings("mimic", "trinity", null, null, null, PREFERENCES), DeviceOverrides.NONE, SELENE_DEFAULTS).getJsonObject("ttsSettings").toString());
        assertEquals("{\"module\":\"mimic2\",\"mimic2\":{\"voice\":\"kusal\"}}",
                DeviceWire.settings(settings("mimic", "kusal", null, null, null, PREFERENCES), DeviceOverrides.NONE, SELENE_DEFAULTS).getJsonObject("ttsSettings").toString());
        assertEquals("{\"module\":\"mimic\",\"mimic\":{\"voice\":\"ap\"}}",
                DeviceWire.settings(settings("mimic", "anything", null, null, null, PREFERENCES), DeviceOverrides.NONE, SELENE_DEFAULTS).getJsonObject("ttsSettings").toString());
        assertEquals("{\"module\":\"google\",\"google\":{\"voice\":\"\"}}",
                DeviceWire.settings(settings("google", "x", null, null, null, PREFERENCES), DeviceOverrides.NONE, SELENE_DEFAULTS).getJsonObject("ttsSettings").toString());
        assertEquals("{\"module\":\"mimic\",\"mimic\":{\"voice\":\"\"}}",
                DeviceWire.settings(settings(null, null, null, null, null, PREFERENCES), DeviceOverrides.NONE, SELENE_DEFAULTS).getJsonObject("ttsSettings").toString());
    }

    @Test
    void preferencesMapToSeleneCodesAndTheAccountStandsInForMissingPreferences() {
        JsonObject chosen = DeviceWire.settings(settings("mimic", "ap", "DD/MM/YYYY", "24 Hour", "Metric", PREFERENCES), DeviceOverrides.NONE, SELENE_DEFAULTS);
        assertEquals(List.of("dateFormat", "optIn", "systemUnit", "timeFormat", "ttsSettings", "uuid"), List.copyOf(chosen.keySet()));
        assertEquals("DMY", chosen.getString("dateFormat"));
        assertEquals("full", chosen.getString("timeFormat"));
        assertEquals("metric", chosen.getString("systemUnit"));
        assertEquals(true, chosen.getBoolean("optIn"));
        assertEquals(PREFERENCES.toString(), chosen.getString("uuid"));
        JsonObject none = DeviceWire.settings(settings("mimic", "ap", null, null, null, null), DeviceOverrides.NONE, SELENE_DEFAULTS);
        assertEquals("MDY", none.getString("dateFormat"));
        assertEquals("half", none.getString("timeFormat"));
        assertEquals("imperial", none.getString("systemUnit"));
        assertEquals(ACCOUNT.toString(), none.getString("uuid"));
    }

    @Test
    void aDeviceWithoutGeographyIsInKansasCityWithOffsetsInMilliseconds() {
        JsonObject json = DeviceWire.location(Optional.empty());
        assertEquals("""
                {"city":{"name":"Kansas City","state":{"code":"US.MO","country":{"code":"US","name":"United States"},"name":"Missouri"}},\
                "coordinate":{"latitude":39.09973,"longitude":-94.57857},\
                "timezone":{"code":"America/Chicago","dstOffset":-18000000,"name":"America/Chicago","offset":-21600000}}""", json.toString());
    }

    @Test
    void withoutADstOffsetTheGmtOffsetStandsIn() {
        DeviceViews.Location berlin = new DeviceViews.Location("Berlin", "DE.16", "Berlin", "DE", "Germany",
                new BigDecimal("52.52"), new BigDecimal("13.405"), "Europe/Berlin", new BigDecimal("1"), null);
        JsonObject timezone = DeviceWire.location(Optional.of(berlin)).getJsonObject("timezone");
        assertEquals(3_600_000, timezone.getJsonNumber("offset").longValue());
        assertEquals(3_600_000, timezone.getJsonNumber("dstOffset").longValue());
    }
}
