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

    @Test
    void aForwardedSchemeAndHostMakeThePublicBase() {
        java.net.URI base = java.net.URI.create("http://10.0.0.5:8080/v1/");
        assertEquals("https://selene.example.org/v1/", ClientAddress.forwardedBase(base, "https", "selene.example.org").toString());
        assertEquals("https://selene.example.org:8443/v1/", ClientAddress.forwardedBase(base, "HTTPS", "selene.example.org:8443").toString());
        assertEquals("http://[2001:db8::1]:8080/v1/", ClientAddress.forwardedBase(base, null, "[2001:db8::1]:8080").toString());
        assertEquals(base, ClientAddress.forwardedBase(base, null, null));
        assertEquals(base, ClientAddress.forwardedBase(base, "https, http", "a.example, b.example"), "several hops: not one value");
        assertEquals(base, ClientAddress.forwardedBase(base, "javascript", "evil.example/x?"));
    }
}
