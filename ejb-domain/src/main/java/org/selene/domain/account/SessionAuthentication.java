package org.selene.domain.account;

import java.util.Optional;
import java.util.UUID;

/** Who the cookies belong to, and the new session to set when the refresh token was used. */
public record SessionAuthentication(UUID accountId, Optional<WebSession> renewed) {
}
