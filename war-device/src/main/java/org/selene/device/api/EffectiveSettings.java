package org.selene.device.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import org.selene.domain.device.DeviceOverridesService;
import org.selene.domain.device.DeviceService;
import org.selene.domain.device.ServerDefaults;

import java.util.UUID;

/**
 * What a device sees of its settings and location: its own overrides, else its account's, else the
 * server-wide defaults. The device API answers these, and the admin API shows the same values.
 */
@ApplicationScoped
public class EffectiveSettings {

    @Inject
    DeviceService devices;

    @Inject
    DeviceOverridesService overrides;

    @Inject
    ServerDefaults defaults;

    /** GET /v1/device/{uuid}/setting; empty when the device is gone. */
    public java.util.Optional<JsonObject> settings(UUID deviceId) {
        return devices.settings(deviceId).map(s -> DeviceWire.settings(s, overrides.of(deviceId), defaults.preferences()));
    }

    /** SELENE_OVERRIDE_LOCATION's default, else the device's own stored location, else its place, else the default. */
    public JsonObject location(UUID deviceId) {
        if (defaults.overridesLocation()) {
            return DeviceWire.location(defaults.location());
        }
        String own = overrides.of(deviceId).location();
        if (own != null) {
            return DeviceWire.storedLocation(own);
        }
        return DeviceWire.location(devices.location(deviceId).or(defaults::location));
    }
}
