package org.selene.domain.device;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ServerDefaultsPolicyTest {

    @Test
    void aDefaultOutsideItsChoicesIsRefusedNamingItsVariable() {
        assertDoesNotThrow(() -> ServerDefaultsPolicy.verify(name -> Optional.empty()));
        Map<String, String> good = Map.of("SELENE_DEFAULT_DATE_FORMAT", "DMY", "SELENE_DEFAULT_TIME_FORMAT", " full ", "SELENE_DEFAULT_SYSTEM_UNIT", "metric");
        assertDoesNotThrow(() -> ServerDefaultsPolicy.verify(name -> Optional.ofNullable(good.get(name))));
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> ServerDefaultsPolicy.verify(name -> name.equals("SELENE_DEFAULT_SYSTEM_UNIT") ? Optional.of("kelvin") : Optional.empty()));
        assertTrue(refused.getMessage().startsWith("SELENE_DEFAULT_SYSTEM_UNIT"), refused.getMessage());
    }
}
