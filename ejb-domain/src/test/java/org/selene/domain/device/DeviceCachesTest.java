package org.selene.domain.device;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * SELENE_DEVICE_CACHE_SECONDS=0, as nodes sharing no cache run: nothing is kept and no JCache is
 * opened (the bean has no cache manager and no transaction registry here: touching either would
 * throw), so every read falls through to the database.
 */
class DeviceCachesTest {

    @Test
    void aLifetimeOfZeroKeepsNothingAndOpensNoCache() {
        DeviceCaches off = new DeviceCaches();
        off.ttlSeconds = 0;
        off.localEntries = 100;
        off.open();

        off.putToken("hash", "device 2099-01-01T00:00");
        off.putEtag("device.setting.etag:x", "etag");
        off.putBody("device.setting.etag:x/setting", "etag", "{}");
        assertEquals(Optional.empty(), off.token("hash"));
        assertEquals(Optional.empty(), off.etag("device.setting.etag:x"));
        assertEquals(Optional.empty(), off.body("device.setting.etag:x/setting", "etag"));

        off.evictTokens(List.of("hash"));
        off.evictEtags(List.of("device.setting.etag:x"));
        off.close();
    }
}
