package org.selene.domain.limit;

import org.selene.domain.shared.DomainException;

/** A refusal (429) because a limit is reached; the APIs answer Retry-After with the seconds left in the window. */
public class LimitExceeded extends DomainException {

    private final long retryAfterSeconds;

    public LimitExceeded(String message, long retryAfterSeconds) {
        super(429, message);
        this.retryAfterSeconds = Math.max(1, retryAfterSeconds);
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
