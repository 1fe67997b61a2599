package org.selene.domain.device;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NetworkTest {

    @Test
    void ipv4NetworksContainTheirAddressesOnly() {
        Network lan = Network.parse("192.168.0.0/16").orElseThrow();
        assertTrue(lan.contains("192.168.1.20"));
        assertTrue(lan.contains("192.168.255.255"));
        assertFalse(lan.contains("192.169.0.1"));
        assertFalse(lan.contains("10.0.0.1"));
        assertFalse(lan.contains("::1"), "another family");
        assertTrue(Network.parse("0.0.0.0/0").orElseThrow().contains("8.8.8.8"));
        assertTrue(Network.parse("127.0.0.1").orElseThrow().contains("127.0.0.1"));
        assertFalse(Network.parse("127.0.0.1").orElseThrow().contains("127.0.0.2"));
    }

    @Test
    void ipv6Networks() {
        Network ula = Network.parse("fd00::/8").orElseThrow();
        assertTrue(ula.contains("fd12:3456::1"));
        assertFalse(ula.contains("fe80::1"));
        assertTrue(Network.parse("::1/128").orElseThrow().contains("0:0:0:0:0:0:0:1"));
    }

    @Test
    void malformedEntriesAreRefusedWithoutAnyNameLookUp() {
        assertTrue(Network.parse("localhost").isEmpty());
        assertTrue(Network.parse("example.org/24").isEmpty());
        assertTrue(Network.parse("10.0.0.0/33").isEmpty());
        assertTrue(Network.parse("10.0.0.0/x").isEmpty());
        assertFalse(Network.parse("10.0.0.0/8").orElseThrow().contains("not-an-address"));
        assertEquals(2, Network.parseList("V", " 10.0.0.0/8, ,::1 ").size());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Network.parseList("SELENE_AUTO_ACTIVATE", "10.0.0.0/8,lan"));
        assertTrue(e.getMessage().contains("SELENE_AUTO_ACTIVATE") && e.getMessage().contains("'lan'"), e.getMessage());
        assertEquals(List.of(), Network.parseList("V", ""));
    }
}
