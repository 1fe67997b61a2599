package org.selene.domain.infrastructure;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** A missing signing secret must stop the deployment, not silently weaken sessions. */
final class SecretsPolicy {

    static final List<String> REQUIRED = List.of("JWT_ACCESS_SECRET", "JWT_REFRESH_SECRET", "JWT_RESET_SECRET");

    private SecretsPolicy() {
    }

    static void verify(Function<String, Optional<String>> settings) {
        String environment = settings.apply("SELENE_ENVIRONMENT").orElse("dev");
        for (String name : REQUIRED) {
            if (settings.apply(name).filter(v -> !v.isBlank()).isEmpty()) {
                throw new IllegalStateException("prod".equalsIgnoreCase(environment)
                        ? name + " is not set; it is required when SELENE_ENVIRONMENT=prod"
                        : name + " is not set (the launcher generates it for the embedded default; set it in the server's environment)");
            }
        }
    }
}
