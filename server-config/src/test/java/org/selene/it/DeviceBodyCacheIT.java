package org.selene.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.UUID;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * GET /v1/device/{uuid}, /subscription and /voice answer from the device API's body cache (issue
 * 15); every path that changes what they show is seen by the very next GET. The pages edit a
 * device through the same domain call as the account API's PATCH.
 */
@SeleneIT
class DeviceBodyCacheIT {

    /** The suite's SELENE_DEVICE_CACHE_SECONDS. */
    static final int CACHE_SECONDS = 10;

    @BeforeAll
    static void defaultCityExists() {
        DeviceFixture.kansasCity();
    }

    private static JsonObject device(DeviceFixture.Paired d) {
        return Http.get(d.path(""), "Authorization", d.bearer()).assertStatus(200).object();
    }

    @Test
    void everyChangeOfTheDeviceRecordShowsOnTheNextGet() {
        AccountSession.SignedIn me = AccountSession.signUp();
        DeviceFixture.Paired d = AccountDevicesIT.pairThroughTheApp(me, "Kitchen");
        assertEquals("Kitchen", device(d).getString("name"));
        assertEquals("Kitchen", device(d).getString("name"), "now from the cache");

        // the account API (and the pages, through the same domain call)
        Http.patch("/account/api/devices/" + d.deviceId(), AccountDevicesIT.edit("Den", "Kansas City", "American Male"), me.headers()).assertStatus(204);
        JsonObject edited = device(d);
        assertEquals("Den", edited.getString("name"));
        assertEquals("Attic", edited.getString("description"));

        // the device's version report keeps the public ETag (as Selene) but not the cached body
        Http.Reply before = Http.get(d.path(""), "Authorization", d.bearer()).assertStatus(200);
        String etag = before.header("ETag").orElseThrow();
        Http.patch(d.path(""), "{\"coreVersion\":\"22.0\",\"platform\":\"mark_2\"}", "Authorization", d.bearer()).assertStatus(200);
        Http.Reply after = Http.get(d.path(""), "Authorization", d.bearer()).assertStatus(200);
        assertEquals("22.0", after.object().getString("coreVersion"));
        assertEquals("mark_2", after.object().getString("platform"));
        assertEquals(etag, after.header("ETag").orElseThrow());
        Http.get(d.path(""), "Authorization", d.bearer(), "If-None-Match", etag).assertStatus(304);

        // the admin API
        Http.put("/v1/admin/devices/" + d.deviceId(), "{\"name\":\"Loft\",\"device_location\":\"Roof\"}", AdminApiIT.admin()).assertStatus(200);
        JsonObject byAdmin = device(d);
        assertEquals("Loft", byAdmin.getString("name"));
        assertEquals("Roof", byAdmin.getString("description"));
        assertNotEquals(etag, Http.get(d.path(""), "Authorization", d.bearer()).header("ETag").orElseThrow());
    }

    @Test
    void aDeviceCreatedAgainUnderItsUuidGetsNothingCachedForItsPredecessor() {
        DeviceFixture.Paired first = AdminApiIT.pairByHand();
        Http.put("/v1/admin/devices/" + first.deviceId(), "{\"name\":\"Old name\"}", AdminApiIT.admin()).assertStatus(200);
        String etag = Http.get(first.path(""), "Authorization", first.bearer()).assertStatus(200).header("ETag").orElseThrow();
        assertEquals("Old name", device(first).getString("name"));
        Http.delete("/v1/admin/devices/" + first.deviceId(), AdminApiIT.admin()).assertStatus(200);

        // pairing by hand creates the device without editing it
        JsonObject login = Http.get("/v1/admin/" + first.deviceId() + "/pair", AdminApiIT.admin()).assertStatus(200).object();
        DeviceFixture.Paired again = new DeviceFixture.Paired(first.accountId(), first.deviceId(), login.getString("accessToken"), null, null);
        Http.Reply reply = Http.get(again.path(""), "Authorization", again.bearer()).assertStatus(200);
        assertEquals("Device-" + first.deviceId(), reply.object().getString("name"));
        assertNotEquals(etag, reply.header("ETag").orElseThrow());
        Http.get(again.path(""), "Authorization", again.bearer(), "If-None-Match", etag).assertStatus(200);
    }

    @Test
    void aMembershipWrittenInTheDatabaseShowsOnceTheCachedAnswersExpire() {
        DeviceFixture.Paired d = DeviceFixture.pair();
        assertEquals("{\"@type\":\"free\"}", Http.get(d.path("/subscription"), "Authorization", d.bearer()).assertStatus(200).body());
        Http.get(d.path("/voice?arch=arm"), "Authorization", d.bearer()).assertStatus(204);
        Http.get(d.path("/voice?arch=arm"), "Authorization", d.bearer()).assertStatus(204);
        // nothing in the server writes memberships (no payment provider); an operator's SQL does
        Db.update("""
                INSERT INTO account.account_membership (account_id, membership_id, membership_ts_range, payment_method, payment_account_id, payment_id)
                SELECT ?, id, tsrange(now()::timestamp, NULL), 'Stripe', 'cus_1', 'sub_1' FROM account.membership WHERE type = 'Yearly Membership'""", d.accountId());
        eventually(() -> Http.get(d.path("/subscription"), "Authorization", d.bearer()).assertStatus(200).body().contains("Yearly Membership"));
        eventually(() -> Http.get(d.path("/voice?arch=arm"), "Authorization", d.bearer()).status() == 200);
        assertTrue(Http.get(d.path("/voice?arch=x86_64"), "Authorization", d.bearer()).assertStatus(200).object().containsKey("link"));
        assertTrue(Http.get(d.path("/voice?arch=sparc"), "Authorization", d.bearer()).assertStatus(200).object().containsKey("link"));
    }

    private static void eventually(Supplier<Boolean> shown) {
        long deadline = System.nanoTime() + (CACHE_SECONDS + 5) * 1_000_000_000L;
        while (!shown.get()) {
            assertTrue(System.nanoTime() < deadline, "not shown within the cache lifetime of " + CACHE_SECONDS + " s");
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
        }
    }

    @Test
    void cachedBodiesAreServedWithoutReadingTheDatabase() throws InterruptedException {
        DeviceFixture.Paired d = DeviceFixture.pair();
        UUID account = d.accountId();
        Http.get(d.path("/subscription"), "Authorization", d.bearer()).assertStatus(200);
        Http.get(d.path("/voice?arch=arm"), "Authorization", d.bearer()).assertStatus(204);
        long before = Db.settledScans("account.account_membership");
        for (int i = 0; i < 20; i++) {
            Http.get(d.path("/subscription"), "Authorization", d.bearer()).assertStatus(200);
            Http.get(d.path("/voice?arch=arm"), "Authorization", d.bearer()).assertStatus(204);
        }
        long reads = Db.settledScans("account.account_membership") - before;
        // uncached, each of these 40 requests reads the account's memberships; a few may be other tests'
        assertTrue(reads < 20, "membership reads during 40 cached answers of account " + account + ": " + reads);
    }
}
