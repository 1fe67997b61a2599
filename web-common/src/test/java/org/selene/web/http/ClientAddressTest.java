package org.selene.web.http;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ClientAddressTest {

    @Test
    void forwardedForCountsOnlyFromATrustedProxy() {
        assertEquals("203.0.113.9", ClientAddress.resolve("203.0.113.9", "198.51.100.1", List.of()));
        assertEquals("203.0.113.9", ClientAddress.resolve("203.0.113.9", "198.51.100.1", List.of("10.0.0.1")));
        assertEquals("198.51.100.1", ClientAddress.resolve("10.0.0.1", "198.51.100.1", List.of("10.0.0.1")));
    }

    @Test
    void theProxysOwnEntryWinsOverWhatTheClientWrote() {
        assertEquals("198.51.100.1", ClientAddress.resolve("10.0.0.1", "1.2.3.4, 198.51.100.1", List.of("10.0.0.1")));
        assertEquals("10.0.0.1", ClientAddress.resolve("10.0.0.1", "1.2.3.4, ", List.of("10.0.0.1")));
        assertEquals("10.0.0.1", ClientAddress.resolve("10.0.0.1", null, List.of("10.0.0.1")));
    }
}
