package org.selene.domain.device;

import java.math.BigDecimal;
import java.util.UUID;

/** Read models of what a device downloads about itself. */
public final class DeviceViews {

    private DeviceViews() {
    }

    /** The account's preferences (null fields when the account has none) and the device's voice. */
    public record Settings(UUID preferencesId, UUID accountId, String dateFormat, String timeFormat, String measurementSystem,
                           String voiceSetting, String voiceEngine, boolean openDataset) {
    }

    public record Location(String city, String regionCode, String region, String countryCode, String country,
                           BigDecimal latitude, BigDecimal longitude, String timezone, BigDecimal gmtOffset, BigDecimal dstOffset) {
    }
}
