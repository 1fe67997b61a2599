package org.selene.domain.device;

/**
 * What one device sets for itself over its account's preferences (device.device_preferences); a
 * null field is not overridden. The configs and the location are JSON text.
 */
public record DeviceOverrides(Boolean optIn, String email, String lang, String dateFormat, String timeFormat, String systemUnit,
                              String ttsModule, String ttsConfig, String wakeWord, String wakeWordConfig, String location,
                              String voiceId, String wakeWordId) {

    public static final DeviceOverrides NONE = new DeviceOverrides(null, null, null, null, null, null, null, null, null, null, null, null, null);
}
