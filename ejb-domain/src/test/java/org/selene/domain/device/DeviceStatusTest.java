package org.selene.domain.device;

import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DeviceStatusTest {

    private static final LocalDateTime NOW = LocalDateTime.parse("2026-12-01T12:00:00");

    @Test
    void statusFollowsTheAgeOfTheLastContact() {
        assertEquals(new DeviceStatus("Connected", null), DeviceStatus.of(NOW.minusSeconds(120), NOW));
        assertEquals(new DeviceStatus("Disconnected", "2 minutes"), DeviceStatus.of(NOW.minusSeconds(121), NOW));
        assertEquals(new DeviceStatus("Disconnected", "5 minutes"), DeviceStatus.of(NOW.minusMinutes(5).minusSeconds(10), NOW));
        assertEquals(new DeviceStatus("Disconnected", "3 hours"), DeviceStatus.of(NOW.minusHours(3), NOW));
        assertEquals(new DeviceStatus("Disconnected", "29 days"), DeviceStatus.of(NOW.minusDays(29), NOW));
        assertEquals(new DeviceStatus("Dormant", null), DeviceStatus.of(NOW.minusDays(30), NOW));
    }
}
