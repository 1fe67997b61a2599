package org.selene.domain.device;

import java.util.UUID;

/** What a device receives at activation and refresh: plain tokens, never stored as such. */
public record DeviceLogin(UUID uuid, String accessToken, String refreshToken, int expiration) {
}
