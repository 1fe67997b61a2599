package org.selene.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * What two nodes sharing their device caches must show (ClusterIT on Payara's Data Grid,
 * WildFlyClusterIT on Infinispan): a change made through one node is never answered from the
 * other's cache. Each would fail with caches of their own: the reader would answer the old
 * ETag with 304, the deleted device's cached token with 200.
 */
final class CrossNode {

    private CrossNode() {
    }

    /**
     * A device's settings cached on {@code reader} (proved by a 304), changed through the account API
     * on {@code writer}: the reader's next answer to the old ETag is the new settings.
     */
    static void assertSettingsChangeSeenAtOnce(String writer, String reader) {
        AccountSession.SignedIn me = AccountSession.signUp();
        DeviceFixture.Paired device = DeviceFixture.pair(me.accountId());
        Http.Reply before = Http.get(reader + device.path("/setting"), "Authorization", device.bearer()).assertStatus(200);
        assertEquals("imperial", before.object().getString("systemUnit"));
        String etag = before.header("ETag").orElseThrow();
        Http.get(reader + device.path("/setting"), "Authorization", device.bearer(), "If-None-Match", etag).assertStatus(304);

        Http.post(writer + "/account/api/preferences", AccountPreferencesIT.METRIC, me.headers()).assertStatus(204);
        Http.Reply after = Http.get(reader + device.path("/setting"), "Authorization", device.bearer(), "If-None-Match", etag).assertStatus(200);
        assertEquals("metric", after.object().getString("systemUnit"), "read on " + reader + " after the change on " + writer);
        assertNotEquals(etag, after.header("ETag").orElseThrow());
    }

    /**
     * A device whose token and settings are cached on {@code reader}, deleted through
     * {@code writer}: the reader refuses it at once, on the cached settings route and its record.
     */
    static void assertDeletionSeenAtOnce(String writer, String reader) {
        DeviceFixture.Paired device = DeviceFixture.pair();
        Http.get(reader + device.path(""), "Authorization", device.bearer()).assertStatus(200);
        String etag = Http.get(reader + device.path("/setting"), "Authorization", device.bearer()).assertStatus(200).header("ETag").orElseThrow();
        Http.get(reader + device.path("/setting"), "Authorization", device.bearer(), "If-None-Match", etag).assertStatus(304);
        Http.delete(writer + "/account/api/devices/" + device.deviceId(), MarketSession.signIn(device.accountId()).cookies()).assertStatus(204);
        Http.get(reader + device.path("/setting"), "Authorization", device.bearer(), "If-None-Match", etag).assertJsonError(401);
        Http.get(reader + device.path(""), "Authorization", device.bearer()).assertJsonError(401);
    }
}
