package org.selene.it;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * Access tokens are accepted from the device cache without a database read (README, Device API):
 * each revocation through the APIs must evict them on the spot. Every test first has the token
 * accepted twice on /setting, a route served from the caches, then revokes it as a person or the
 * device would, and expects exactly 401 on that same route.
 */
@SeleneIT
class DeviceTokenRevocationIT {

    private static void acceptedFromTheCache(DeviceFixture.Paired device) {
        Http.get(device.path("/setting"), "Authorization", device.bearer()).assertStatus(200);
        Http.get(device.path("/setting"), "Authorization", device.bearer()).assertStatus(200);
    }

    @Test
    void aRefreshEndsTheEarlierAccessTokenOnACachedRoute() {
        DeviceFixture.Paired device = DeviceFixture.pair();
        acceptedFromTheCache(device);
        String fresh = Http.get("/v1/auth/token", "Authorization", "Bearer " + device.refreshToken()).assertStatus(200)
                .object().getString("accessToken");
        assertNotEquals(device.accessToken(), fresh);
        Http.get(device.path("/setting"), "Authorization", device.bearer()).assertJsonError(401);
        Http.get(device.path("/setting"), "Authorization", "Bearer " + fresh).assertStatus(200);
    }

    @Test
    void deletingTheDeviceInTheAccountApiEndsItsTokenOnACachedRoute() {
        AccountSession.SignedIn me = AccountSession.signUp();
        DeviceFixture.Paired device = AccountDevicesIT.pairThroughTheApp(me, "Cached Kitchen");
        acceptedFromTheCache(device);
        Http.delete("/account/api/devices/" + device.deviceId(), me.headers()).assertStatus(204);
        Http.get(device.path("/setting"), "Authorization", device.bearer()).assertJsonError(401);
    }

    @Test
    void deletingTheAccountEndsItsDevicesTokensOnACachedRoute() {
        AccountSession.SignedIn me = AccountSession.signUp();
        DeviceFixture.Paired device = AccountDevicesIT.pairThroughTheApp(me, "Cached Attic");
        acceptedFromTheCache(device);
        Http.delete("/account/api/account", me.headers()).assertStatus(204);
        Http.get(device.path("/setting"), "Authorization", device.bearer()).assertJsonError(401);
    }
}
