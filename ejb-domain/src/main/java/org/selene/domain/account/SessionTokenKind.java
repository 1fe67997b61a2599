package org.selene.domain.account;

import java.time.Duration;

/** The three HS256 JWTs of Selene's web side, each with its own secret and lifetime. */
public enum SessionTokenKind {
    ACCESS("JWT_ACCESS_SECRET", Duration.ofSeconds(900)),
    REFRESH("JWT_REFRESH_SECRET", Duration.ofSeconds(2_628_000)),
    PASSWORD_RESET("JWT_RESET_SECRET", Duration.ofSeconds(3600));

    private final String secretName;
    private final Duration lifetime;

    SessionTokenKind(String secretName, Duration lifetime) {
        this.secretName = secretName;
        this.lifetime = lifetime;
    }

    public String secretName() {
        return secretName;
    }

    public Duration lifetime() {
        return lifetime;
    }
}
