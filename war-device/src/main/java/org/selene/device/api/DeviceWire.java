package org.selene.device.api;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.selene.domain.device.Device;
import org.selene.domain.device.DeviceViews;

import java.math.BigDecimal;
import java.util.Optional;

import static org.selene.domain.shared.JsonText.JSON;

/** The device API's JSON shapes (camelCase, keys in Selene's sorted order). */
final class DeviceWire {

    /** Kansas City, Selene's own default location, when a device has no geography. */
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

    static JsonObject settings(DeviceViews.Settings s) {
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
        return JSON.createObjectBuilder()
                .add("dateFormat", "DD/MM/YYYY".equals(s.dateFormat()) ? "DMY" : "MDY")
                .add("optIn", s.openDataset())
                .add("systemUnit", s.measurementSystem() == null ? "imperial" : s.measurementSystem().toLowerCase())
                .add("timeFormat", "24 Hour".equals(s.timeFormat()) ? "full" : "half")
                .add("ttsSettings", JSON.createObjectBuilder().add("module", module).add(module, JSON.createObjectBuilder().add("voice", voice)))
                // Selene sends the preferences row id; without preferences the account id stands in
                .add("uuid", (s.preferencesId() != null ? s.preferencesId() : s.accountId()).toString())
                .build();
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
