package org.selene.account.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.selene.domain.device.DeviceManagementService.DeviceSetup;

/**
 * A device as the account app's form sends it (PATCH /api/devices/{id}; the pairing form adds
 * pairingCode). Every text is bounded (the columns are text, requests are not free).
 * autoUpdate, releaseChannel and sshPublicKey are Pantacor settings the form sends along; there
 * is no Pantacor integration, so they are checked and ignored.
 */
public record DeviceEdit(
        @NotBlank(message = REQUIRED) @Size(max = MAX_TEXT, message = TOO_LONG) String name,
        @Size(max = MAX_TEXT, message = TOO_LONG) String placement,
        @NotNull(message = REQUIRED) @Size(max = MAX_TEXT, message = TOO_LONG) String country,
        @NotNull(message = REQUIRED) @Size(max = MAX_TEXT, message = TOO_LONG) String region,
        @NotNull(message = REQUIRED) @Size(max = MAX_TEXT, message = TOO_LONG) String city,
        @NotNull(message = REQUIRED) @Size(max = MAX_TEXT, message = TOO_LONG) String timezone,
        @NotNull(message = REQUIRED) @Size(max = MAX_TEXT, message = TOO_LONG) String wakeWord,
        @NotNull(message = REQUIRED) @Size(max = MAX_TEXT, message = TOO_LONG) String voice,
        Boolean autoUpdate,
        @Size(max = MAX_TEXT, message = TOO_LONG) String releaseChannel,
        @Size(max = 16_384, message = "longer than 16384 characters") String sshPublicKey) {

    static final int MAX_TEXT = 200;
    static final String REQUIRED = "This field is required.";
    static final String TOO_LONG = "longer than " + MAX_TEXT + " characters";

    DeviceSetup setup() {
        return new DeviceSetup(name.trim(), placement, country, region, city, timezone, wakeWord, voice);
    }
}
