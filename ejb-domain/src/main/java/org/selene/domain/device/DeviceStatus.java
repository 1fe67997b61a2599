package org.selene.domain.device;

import java.time.Duration;
import java.time.LocalDateTime;

/**
 * How the account app labels a device by its last contact, as Selene: within two minutes
 * Connected, within 30 days Disconnected (with how long, in the largest whole unit), else Dormant.
 */
public record DeviceStatus(String status, String disconnectDuration) {

    static final Duration CONNECTED = Duration.ofSeconds(120);
    static final Duration DORMANT = Duration.ofDays(30);

    /** lastContact: the last contact if any, else when the device was added. */
    public static DeviceStatus of(LocalDateTime lastContact, LocalDateTime now) {
        Duration age = Duration.between(lastContact, now);
        if (age.compareTo(CONNECTED) <= 0) {
            return new DeviceStatus("Connected", null);
        }
        if (age.compareTo(DORMANT) >= 0) {
            return new DeviceStatus("Dormant", null);
        }
        String duration = age.toDays() >= 1 ? age.toDays() + " days"
                : age.toHours() >= 1 ? age.toHours() + " hours"
                : age.toMinutes() >= 1 ? age.toMinutes() + " minutes" : "unknown";
        return new DeviceStatus("Disconnected", duration);
    }
}
