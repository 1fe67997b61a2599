package org.selene.domain.device;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

class EtagKindTest {

    @Test
    void theDeviceBodyIsCachedUnderTheRecordVersionBecauseSeleneKeepsTheDeviceEtagOnAVersionReport() {
        assertEquals(EtagKind.DEVICE_RECORD, EtagKind.DEVICE.bodyVersion());
        for (EtagKind kind : List.of(EtagKind.SETTING, EtagKind.LOCATION, EtagKind.SKILL, EtagKind.DEVICE_RECORD, EtagKind.SUBSCRIPTION)) {
            assertEquals(kind, kind.bodyVersion(), kind + " changes with every change of its data");
        }
    }

    @Test
    void expiringTheDeviceEtagAlsoExpiresItsBodyVersionOnce() {
        assertEquals(List.of(EtagKind.DEVICE, EtagKind.DEVICE_RECORD, EtagKind.SETTING),
                EtagKind.withBodyVersions(EtagKind.DEVICE, EtagKind.SETTING, EtagKind.DEVICE_RECORD));
        assertEquals(List.of(EtagKind.SUBSCRIPTION), EtagKind.withBodyVersions(EtagKind.SUBSCRIPTION));
    }

    @Test
    void everyKindHasItsOwnKeyPerDevice() {
        UUID device = UUID.randomUUID();
        assertEquals(EtagKind.values().length, Arrays.stream(EtagKind.values()).map(k -> k.key(device)).distinct().count());
        assertEquals("device.etag:" + device, EtagKind.DEVICE.key(device), "Selene's Redis key");
    }
}
