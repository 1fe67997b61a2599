package org.selene.domain.account;

import java.util.UUID;

/** A signed-in person's pair of cookies' values. */
public record WebSession(UUID accountId, String accessToken, String refreshToken) {
}
