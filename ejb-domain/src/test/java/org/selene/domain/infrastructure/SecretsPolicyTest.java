package org.selene.domain.infrastructure;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SecretsPolicyTest {

    private static void verify(Map<String, String> settings) {
        SecretsPolicy.verify(name -> Optional.ofNullable(settings.get(name)));
    }

    @Test
    void prodWithoutRefreshSecretStopsDeploymentNamingTheVariable() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> verify(Map.of(
                "SELENE_ENVIRONMENT", "prod", "JWT_ACCESS_SECRET", "a", "JWT_RESET_SECRET", "c")));
        assertTrue(e.getMessage().startsWith("JWT_REFRESH_SECRET is not set"), e.getMessage());
        assertTrue(e.getMessage().contains("SELENE_ENVIRONMENT=prod"), e.getMessage());
    }

    @Test
    void blankSecretCountsAsMissing() {
        assertThrows(IllegalStateException.class, () -> verify(Map.of(
                "SELENE_ENVIRONMENT", "prod", "JWT_ACCESS_SECRET", " ", "JWT_REFRESH_SECRET", "b", "JWT_RESET_SECRET", "c")));
    }

    @Test
    void allSecretsPresentDeploys() {
        assertDoesNotThrow(() -> verify(Map.of(
                "SELENE_ENVIRONMENT", "prod", "JWT_ACCESS_SECRET", "a", "JWT_REFRESH_SECRET", "b", "JWT_RESET_SECRET", "c")));
    }
}
