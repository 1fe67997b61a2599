package org.selene.device.api;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import org.selene.domain.device.Device;
import org.selene.domain.device.DeviceOverrides;
import org.selene.domain.device.DeviceViews;
import org.selene.domain.device.ServerDefaults;

import java.io.StringReader;
import java.math.BigDecimal;
import java.util.Optional;

import static org.selene.domain.shared.JsonText.JSON;

/** The device API's JSON shapes (camelCase, keys in Selene's sorted order). */
final class DeviceWire {

    /**
     * Kansas City, Selene's own default location: the last resort when a device has no geography
     * and SELENE_DEFAULT_LOCATION names no imported city.
     */
    static final DeviceViews.Location DEFAULT_LOCATION = new DeviceViews.Location("Kansas City", "US.MO", "Missouri", "US",
            "United States", new BigDecimal("39.09973"), new BigDecimal("-94.57857"), "America/Chicago",
            new BigDecimal("-6"), new BigDecimal("-5"));

    private DeviceWire() {
    }

    static JsonObject device(Device device) {
        JsonObjectBuilder json = JSON.createObjectBuilder()
                .add("coreVersion", device.getCoreVersion());
        if (device.getPlacement() == null) {
            json.addNull("description");
        } else {
            json.add("description", device.getPlacement());
        }
        return json.add("enclosureVersion", device.getEnclosureVersion())
                .add("name", device.getName())
                .add("platform", device.getPlatform())
                .add("user", JSON.createObjectBuilder().add("uuid", device.getAccountId().toString()))
                .add("uuid", device.getId().toString())
                .build();
    }

    /**
     * The effective settings: the device's own override, else its account's preference, else the
     * server-wide default (SELENE_DEFAULT_*).
     */
    static JsonObject settings(DeviceViews.Settings s, DeviceOverrides own, ServerDefaults.Preferences defaults) {
        JsonObjectBuilder json = JSON.createObjectBuilder()
                .add("dateFormat", firstOf(own.dateFormat(), s.dateFormat() == null ? null : "DD/MM/YYYY".equals(s.dateFormat()) ? "DMY" : "MDY",
                        defaults.dateFormat()));
        if (own.wakeWord() != null) {
            // the personal backend's keys, which mycroft-core merges as "hotwords" and "listener"
            json.add("hotwordsSetting", JSON.createObjectBuilder().add(own.wakeWord(), jsonObject(own.wakeWordConfig())));
        }
        Optional.ofNullable(own.lang()).or(defaults::lang).ifPresent(lang -> json.add("lang", lang));
        if (own.wakeWord() != null) {
            json.add("listenerSetting", JSON.createObjectBuilder().add("wakeWord", own.wakeWord()));
        }
        return json.add("optIn", own.optIn() != null ? own.optIn() : s.openDataset())
                .add("systemUnit", firstOf(own.systemUnit(), s.measurementSystem() == null ? null : s.measurementSystem().toLowerCase(),
                        defaults.systemUnit()))
                .add("timeFormat", firstOf(own.timeFormat(), s.timeFormat() == null ? null : "24 Hour".equals(s.timeFormat()) ? "full" : "half",
                        defaults.timeFormat()))
                .add("ttsSettings", own.ttsModule() != null ? ttsSettings(own.ttsModule(), own.ttsConfig()) : voiceSettings(s))
                // Selene sends the preferences row id; without preferences the account id stands in
                .add("uuid", (s.preferencesId() != null ? s.preferencesId() : s.accountId()).toString())
                .build();
    }

    /** A device's own TTS: the module and its config without its own "module" key. */
    private static JsonObject ttsSettings(String module, String config) {
        JsonObjectBuilder moduleConfig = JSON.createObjectBuilder(jsonObject(config)).remove("module");
        return JSON.createObjectBuilder().add("module", module).add(module, moduleConfig).build();
    }

    /** Selene's voices, as it named their engines. */
    private static JsonObject voiceSettings(DeviceViews.Settings s) {
        String module;
        String voice;
        if ("mimic".equals(s.voiceEngine())) {
            if ("trinity".equals(s.voiceSetting())) {
                module = "mimic";
                voice = "trinity";
            } else if ("kusal".equals(s.voiceSetting())) {
                module = "mimic2";
                voice = "kusal";
            } else {
                module = "mimic";
                voice = "ap";
            }
        } else {
            module = s.voiceEngine() == null ? "mimic" : s.voiceEngine();
            voice = "";
        }
        return JSON.createObjectBuilder().add("module", module).add(module, JSON.createObjectBuilder().add("voice", voice)).build();
    }

    private static JsonObject jsonObject(String text) {
        return text == null ? JsonValue.EMPTY_JSON_OBJECT : JSON.createReader(new StringReader(text)).readObject();
    }

    private static String firstOf(String own, String account, String server) {
        return own != null ? own : account != null ? account : server;
    }

    /** A location the admin API stored for the device, answered as it was given (the personal backend's way). */
    static JsonObject storedLocation(String json) {
        return jsonObject(json);
    }

    static JsonObject location(Optional<DeviceViews.Location> found) {
        DeviceViews.Location l = found.orElse(DEFAULT_LOCATION);
        return JSON.createObjectBuilder()
                .add("city", JSON.createObjectBuilder()
                        .add("name", l.city())
                        .add("state", JSON.createObjectBuilder()
                                .add("code", l.regionCode())
                                .add("country", JSON.createObjectBuilder().add("code", l.countryCode()).add("name", l.country()))
                                .add("name", l.region())))
                .add("coordinate", JSON.createObjectBuilder()
                        .add("latitude", l.latitude().doubleValue())
                        .add("longitude", l.longitude().doubleValue()))
                .add("timezone", JSON.createObjectBuilder()
                        .add("code", l.timezone())
                        .add("dstOffset", millis(l.dstOffset() != null ? l.dstOffset() : l.gmtOffset()))
                        .add("name", l.timezone())
                        .add("offset", millis(l.gmtOffset())))
                .build();
    }

    private static long millis(BigDecimal hours) {
        return hours.multiply(BigDecimal.valueOf(3_600_000)).longValue();
    }
}
