package org.selene.domain.infrastructure;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import java.util.List;

/** In production a missing signing secret must stop the deployment, not silently weaken sessions. */
final class SecretsPolicy {

    static final List<String> REQUIRED_IN_PROD = List.of("JWT_ACCESS_SECRET", "JWT_REFRESH_SECRET", "JWT_RESET_SECRET");

    private SecretsPolicy() {
    }

    static void verify() {
        Config config = ConfigProvider.getConfig(SecretsPolicy.class.getClassLoader());
        String environment = config.getOptionalValue("SELENE_ENVIRONMENT", String.class).orElse("dev");
        for (String name : REQUIRED_IN_PROD) {
            boolean present = config.getOptionalValue(name, String.class).filter(v -> !v.isBlank()).isPresent();
            if (!present && "prod".equalsIgnoreCase(environment)) {
                throw new IllegalStateException(name + " is not set; it is required when SELENE_ENVIRONMENT=prod");
            }
            if (!present) {
                throw new IllegalStateException(name + " is not set (the launcher generates it for the embedded default; set it in the server's environment)");
            }
        }
    }
}
