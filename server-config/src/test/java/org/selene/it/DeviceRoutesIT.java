package org.selene.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The device's own routes (docs/device-api.md §3, §6.5–6.10). */
@SeleneIT
class DeviceRoutesIT {

    @Test
    void getDeviceHasSelenesShapeWithAnUnquotedEtag() {
        DeviceFixture.Paired d = DeviceFixture.pair();
        Http.Reply reply = Http.get(d.path(""), "Authorization", d.bearer()).assertStatus(200);
        JsonObject device = reply.object();
        assertEquals(List.of("coreVersion", "description", "enclosureVersion", "name", "platform", "user", "uuid"), List.copyOf(device.keySet()));
        assertEquals("21.2.2", device.getString("coreVersion"));
        assertEquals("kitchen", device.getString("description"));
        assertEquals("picroft", device.getString("platform"));
        assertEquals(d.accountId().toString(), device.getJsonObject("user").getString("uuid"));
        assertEquals(d.deviceId().toString(), device.getString("uuid"));
        String etag = reply.header("ETag").orElseThrow();
        assertTrue(etag.matches("[A-Za-z0-9]{32}"), etag);
    }

    @Test
    void matchingIfNoneMatchGives304WithAnEmptyBodyAndOnlyAnExactMatchDoes() {
        DeviceFixture.Paired d = DeviceFixture.pair();
        for (String route : List.of("", "/setting", "/location")) {
            String etag = Http.get(d.path(route), "Authorization", d.bearer()).assertStatus(200).header("ETag").orElseThrow();
            Http.Reply notModified = Http.get(d.path(route), "Authorization", d.bearer(), "If-None-Match", etag).assertStatus(304);
            assertEquals(0, notModified.bytes().length);
            Http.get(d.path(route), "Authorization", d.bearer(), "If-None-Match", "\"" + etag + "\"").assertStatus(200);
            Http.get(d.path(route), "Authorization", d.bearer(), "If-None-Match", etag.toLowerCase() + "x").assertStatus(200);
        }
    }

    /** Scans of the tables a revalidation would read. */
    private static long tokenAndEtagReads() throws InterruptedException {
        return Db.settledScans("device.device_session", "device.resource_etag");
    }

    @Test
    void revalidationsAreAnsweredWithoutReadingTheDatabase() throws InterruptedException {
        DeviceFixture.Paired d = DeviceFixture.pair();
        String etag = Http.get(d.path("/setting"), "Authorization", d.bearer()).assertStatus(200).header("ETag").orElseThrow();
        // without the cache every revalidation reads both tables: at least 50 scans in every window.
        // The statistics are the whole server's, so a scheduled job or an earlier test's late
        // statistics may add some to one window: the quietest of three windows counts
        long fewest = Long.MAX_VALUE;
        for (int window = 0; window < 3 && fewest >= 25; window++) {
            long before = tokenAndEtagReads();
            for (int i = 0; i < 25; i++) {
                Http.get(d.path("/setting"), "Authorization", d.bearer(), "If-None-Match", etag).assertStatus(304);
            }
            fewest = Math.min(fewest, tokenAndEtagReads() - before);
        }
        assertTrue(fewest < 25, "token and ETag reads during 25 revalidations, in the quietest of three windows: " + fewest);
    }

    @Test
    void patchStoresVersionsButKeepsTheDeviceEtag() {
        DeviceFixture.Paired d = DeviceFixture.pair();
        String etag = Http.get(d.path(""), "Authorization", d.bearer()).header("ETag").orElseThrow();
        Http.patch(d.path(""), "{\"coreVersion\":\"22.0\",\"platform\":\"mark_2\",\"platform_build\":\"9\",\"enclosureVersion\":\"\"}",
                "Authorization", d.bearer()).assertStatus(200);
        assertEquals("22.0", Db.scalar("SELECT core_version FROM device.device WHERE id = ?", d.deviceId()));
        assertEquals("unknown", Db.scalar("SELECT enclosure_version FROM device.device WHERE id = ?", d.deviceId()));
        Http.get(d.path(""), "Authorization", d.bearer(), "If-None-Match", etag).assertStatus(304);
    }

    @Test
    void patchWithTextPlainStillParsesTheBody() {
        DeviceFixture.Paired d = DeviceFixture.pair();
        Http.patch(d.path(""), "{\"platform\":\"raw\"}", "Authorization", d.bearer(), "Content-Type", "text/plain").assertStatus(200);
        assertEquals("raw", Db.scalar("SELECT platform FROM device.device WHERE id = ?", d.deviceId()));
    }

    @Test
    void badPatchBodiesAre400AndChangeNothing() {
        DeviceFixture.Paired d = DeviceFixture.pair();
        Http.patch(d.path(""), "{\"platform\":\"x\",\"name\":\"hijack\"}", "Authorization", d.bearer()).assertJsonError(400);
        Http.patch(d.path(""), "{\"platform\": 3}", "Authorization", d.bearer()).assertJsonError(400);
        Http.patch(d.path(""), "{\"platform\": ", "Authorization", d.bearer()).assertJsonError(400);
        assertEquals("picroft", Db.scalar("SELECT platform FROM device.device WHERE id = ?", d.deviceId()));
    }

    @Test
    void settingWithoutPreferencesIsACompleteDefaultObject_Selene204Fixed() {
        DeviceFixture.Paired d = DeviceFixture.pair();
        JsonObject setting = Http.get(d.path("/setting"), "Authorization", d.bearer(), "Content-Type", "application/json").assertStatus(200).object();
        assertEquals("MDY", setting.getString("dateFormat"));
        assertEquals("half", setting.getString("timeFormat"));
        assertEquals("imperial", setting.getString("systemUnit"));
        assertEquals(false, setting.getBoolean("optIn"));
        assertEquals("mimic", setting.getJsonObject("ttsSettings").getString("module"));
        assertEquals("ap", setting.getJsonObject("ttsSettings").getJsonObject("mimic").getString("voice"));
        assertNotNull(setting.getString("uuid"));
    }

    @Test
    void settingReflectsPreferencesVoiceAndOpenDataset() {
        DeviceFixture.Paired d = DeviceFixture.pair();
        Db.update("INSERT INTO device.account_preferences (account_id, date_format, time_format, measurement_system) VALUES (?, 'DD/MM/YYYY', '24 Hour', 'Metric')", d.accountId());
        Db.update("UPDATE device.device SET text_to_speech_id = (SELECT id FROM device.text_to_speech WHERE setting_name = 'kusal') WHERE id = ?", d.deviceId());
        Db.update("INSERT INTO account.account_agreement (account_id, agreement_id, accept_date) SELECT ?, id, current_date FROM account.agreement WHERE agreement = 'Open Dataset'", d.accountId());
        JsonObject setting = Http.get(d.path("/setting"), "Authorization", d.bearer()).assertStatus(200).object();
        assertEquals(List.of("dateFormat", "optIn", "systemUnit", "timeFormat", "ttsSettings", "uuid"), List.copyOf(setting.keySet()));
        assertEquals("DMY", setting.getString("dateFormat"));
        assertEquals("full", setting.getString("timeFormat"));
        assertEquals("metric", setting.getString("systemUnit"));
        assertEquals(true, setting.getBoolean("optIn"));
        assertEquals("mimic2", setting.getJsonObject("ttsSettings").getString("module"));
        assertEquals("kusal", setting.getJsonObject("ttsSettings").getJsonObject("mimic2").getString("voice"));
        assertEquals(Db.scalar("SELECT id::text FROM device.account_preferences WHERE account_id = ?", d.accountId()), setting.getString("uuid"));
    }

    @Test
    void locationHasSelenesShapeWithMillisecondOffsets() {
        DeviceFixture.Paired d = DeviceFixture.pair();
        JsonObject location = Http.get(d.path("/location"), "Authorization", d.bearer()).assertStatus(200).object();
        assertEquals("Kansas City", location.getJsonObject("city").getString("name"));
        JsonObject state = location.getJsonObject("city").getJsonObject("state");
        assertEquals("US.MO", state.getString("code"));
        assertEquals("Missouri", state.getString("name"));
        assertEquals("US", state.getJsonObject("country").getString("code"));
        assertEquals("United States", state.getJsonObject("country").getString("name"));
        assertEquals(39.09973, location.getJsonObject("coordinate").getJsonNumber("latitude").doubleValue(), 1e-6);
        assertEquals(-94.57857, location.getJsonObject("coordinate").getJsonNumber("longitude").doubleValue(), 1e-6);
        JsonObject timezone = location.getJsonObject("timezone");
        assertEquals("America/Chicago", timezone.getString("code"));
        assertEquals("America/Chicago", timezone.getString("name"));
        assertEquals(-21600000L, timezone.getJsonNumber("offset").longValue());
        assertEquals(-18000000L, timezone.getJsonNumber("dstOffset").longValue());
    }

    @Test
    void subscriptionIsFreeWithoutMembershipElseTheMembershipType() {
        DeviceFixture.Paired free = DeviceFixture.pair();
        assertEquals("{\"@type\":\"free\"}", Http.get(free.path("/subscription"), "Authorization", free.bearer()).assertStatus(200).body());
        Http.get(free.path("/voice?arch=arm"), "Authorization", free.bearer()).assertStatus(204);
        // a member from the start: a change afterwards shows once the cached answers expire (DeviceBodyCacheIT)
        DeviceFixture.Paired d = DeviceFixture.pair();
        Db.update("""
                INSERT INTO account.account_membership (account_id, membership_id, membership_ts_range, payment_method, payment_account_id, payment_id)
                SELECT ?, id, tsrange(now()::timestamp, NULL), 'Stripe', 'cus_1', 'sub_1' FROM account.membership WHERE type = 'Monthly Membership'""", d.accountId());
        assertEquals("Monthly Membership", Http.get(d.path("/subscription"), "Authorization", d.bearer()).object().getString("@type"));
        assertTrue(Http.get(d.path("/voice?arch=arm"), "Authorization", d.bearer()).assertStatus(200).object().containsKey("link"));
    }

    @Test
    void everyDeviceRouteWithoutAValidTokenIsExactly401Json() {
        DeviceFixture.Paired d = DeviceFixture.pair();
        DeviceFixture.Paired other = DeviceFixture.pair();
        for (String route : List.of("", "/setting", "/location", "/subscription", "/voice")) {
            Http.get(d.path(route)).assertJsonError(401);
            Http.get(d.path(route), "Authorization", "Bearer nonsense").assertJsonError(401);
            Http.get(d.path(route), "Authorization", d.accessToken()).assertJsonError(401);
            Http.get(d.path(route), "Authorization", other.bearer()).assertJsonError(401);
        }
        Http.get("/v1/device/", "Authorization", d.bearer()).assertJsonError(401);
        Http.get("/v1/device/not-a-uuid", "Authorization", d.bearer()).assertJsonError(401);
        Http.patch(d.path(""), "{\"platform\":\"x\"}", "Authorization", other.bearer()).assertJsonError(401);
        assertEquals("picroft", Db.scalar("SELECT platform FROM device.device WHERE id = ?", d.deviceId()));
    }

    @Test
    void lastContactIsWrittenByThePeriodicFlush() throws InterruptedException {
        DeviceFixture.Paired d = DeviceFixture.pair();
        assertEquals(null, Db.scalar("SELECT last_contact_ts FROM device.device WHERE id = ?", d.deviceId()));
        Http.get(d.path("/setting"), "Authorization", d.bearer()).assertStatus(200);
        Object seen = null;
        for (int i = 0; i < 50 && seen == null; i++) {
            Thread.sleep(200);
            seen = Db.scalar("SELECT last_contact_ts FROM device.device WHERE id = ?", d.deviceId());
        }
        assertNotNull(seen, "last contact written by the periodic flush");
    }

    @Test
    void etagsDifferPerDeviceAndResource() {
        DeviceFixture.Paired d = DeviceFixture.pair();
        String device = Http.get(d.path(""), "Authorization", d.bearer()).header("ETag").orElseThrow();
        String setting = Http.get(d.path("/setting"), "Authorization", d.bearer()).header("ETag").orElseThrow();
        assertNotEquals(device, setting);
        assertEquals(device, Http.get(d.path(""), "Authorization", d.bearer()).header("ETag").orElseThrow(), "stable until expired");
    }
}
