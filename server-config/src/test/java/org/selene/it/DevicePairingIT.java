package org.selene.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Pairing and device tokens (docs/device-api.md §2, §4). */
@SeleneIT
class DevicePairingIT {

    @Test
    void codeHasSelenesShapeAndAlphabet() {
        JsonObject body = Http.get("/v1/device/code?state=abc-123&packaging=pantacor").assertStatus(200).object();
        assertTrue(body.getString("code").matches("[ACEFHJKLMNPRTUVWXY3479]{6}"), body.toString());
        assertEquals(86400, body.getInt("expiration"));
        assertEquals("abc-123", body.getString("state"));
        assertTrue(body.getString("token").length() >= 64);
        assertEquals(1, Db.count("SELECT count(*) FROM device.pairing_code WHERE code = ? AND packaging = 'pantacor'", body.getString("code")));
        assertEquals(0, Db.count("SELECT count(*) FROM device.pairing_code WHERE pairing_token_hash = ?", body.getString("token")),
                "the pairing token is stored only as a hash");
    }

    @Test
    void codeAnswersEvenWithAnEmptyOrStaleBearer() {
        Http.get("/v1/device/code?state=s1", "Authorization", "Bearer ").assertStatus(200);
        Http.get("/v1/device/code?state=s2", "Authorization", "Bearer 0123456789abcdef").assertStatus(200);
    }

    @Test
    void codeWithoutStateIs400Json() {
        Http.get("/v1/device/code").assertJsonError(400);
    }

    @Test
    void activationBeforePairingIsAnEmpty404ThenTheLoginOnceThenEmpty404Again() {
        DeviceFixture.Code code = DeviceFixture.requestCode();
        Http.Reply waiting = Http.post("/v1/device/activate", DeviceFixture.activation(code)).assertStatus(404);
        assertEquals(0, waiting.bytes().length, "OVOS treats any JSON body as success");

        UUID account = DeviceFixture.newAccount();
        UUID device = DeviceFixture.newDevice(account, "living room");
        DeviceFixture.completePairing(code.code(), device);
        JsonObject login = Http.post("/v1/device/activate", DeviceFixture.activation(code)).assertStatus(200).object();
        assertEquals(device.toString(), login.getString("uuid"));
        assertEquals(86400, login.getInt("expiration"));
        assertEquals(java.util.List.of("accessToken", "expiration", "refreshToken", "uuid"), java.util.List.copyOf(login.keySet()));
        Map<String, Object> stored = Db.query("SELECT platform, core_version, enclosure_version FROM device.device WHERE id = ?", device).get(0);
        assertEquals(Map.of("platform", "picroft", "core_version", "21.2.2", "enclosure_version", "1.4.0"), stored);

        Http.Reply again = Http.post("/v1/device/activate", DeviceFixture.activation(code)).assertStatus(404);
        assertEquals(0, again.bytes().length, "activation is single use");
        Http.get("/v1/device/" + device, "Authorization", "Bearer " + login.getString("accessToken")).assertStatus(200);
    }

    @Test
    void snakeCaseVersionsAreAcceptedToo() {
        DeviceFixture.Code code = DeviceFixture.requestCode();
        UUID device = DeviceFixture.newDevice(DeviceFixture.newAccount(), "snake");
        DeviceFixture.completePairing(code.code(), device);
        Http.post("/v1/device/activate", "{\"token\":\"" + code.token() + "\",\"state\":\"" + code.state()
                + "\",\"core_version\":\"19.2.0\",\"enclosure_version\":\"x\",\"platform_build\":\"7\"}").assertStatus(200);
        assertEquals("19.2.0", Db.scalar("SELECT core_version FROM device.device WHERE id = ?", device));
        assertEquals("unknown", Db.scalar("SELECT platform FROM device.device WHERE id = ?", device));
    }

    @Test
    void expiredCodeNeverActivates() {
        DeviceFixture.Code code = DeviceFixture.requestCode();
        UUID device = DeviceFixture.newDevice(DeviceFixture.newAccount(), "expired");
        DeviceFixture.completePairing(code.code(), device);
        Db.update("UPDATE device.pairing_code SET expires_ts = now() - interval '1 second' WHERE code = ?", code.code());
        Http.post("/v1/device/activate", DeviceFixture.activation(code)).assertStatus(404);
    }

    @Test
    void activationWithAnotherStateIsRefused_SeleneQuirkFixed() {
        DeviceFixture.Code code = DeviceFixture.requestCode();
        UUID device = DeviceFixture.newDevice(DeviceFixture.newAccount(), "state");
        DeviceFixture.completePairing(code.code(), device);
        Http.post("/v1/device/activate", "{\"token\":\"" + code.token() + "\",\"state\":\"other\"}").assertStatus(404);
        Http.post("/v1/device/activate", DeviceFixture.activation(code)).assertStatus(200);
    }

    @Test
    void badActivationBodiesAre400Json() {
        Http.post("/v1/device/activate", "{\"token\": \"t\"").assertJsonError(400);
        Http.post("/v1/device/activate", "{\"state\": \"s\"}").assertJsonError(400);
        Http.post("/v1/device/activate", "{\"token\": \"t\", \"state\": \"s\", \"rogue\": 1}").assertJsonError(400);
        Http.post("/v1/device/activate", "{\"token\": 5, \"state\": \"s\"}").assertJsonError(400);
        Http.post("/v1/device/activate", "[1, 2]").assertJsonError(400);
        Http.post("/v1/device/activate", "").assertJsonError(400);
    }

    @Test
    void refreshTokenGivesANewLoginForTheSameDeviceAndIsSpent() {
        DeviceFixture.Paired device = DeviceFixture.pair();
        JsonObject login = Http.get("/v1/auth/token", "Authorization", "Bearer " + device.refreshToken()).assertStatus(200).object();
        assertEquals(device.deviceId().toString(), login.getString("uuid"));
        assertNotEquals(device.accessToken(), login.getString("accessToken"));
        Http.get("/v1/auth/token", "Authorization", "Bearer " + device.refreshToken()).assertJsonError(401);
        Http.get(device.path(""), "Authorization", "Bearer " + login.getString("accessToken")).assertStatus(200);
    }

    @Test
    void ovosRefreshWithAnExpiredAccessTokenAndDeviceHeader() {
        DeviceFixture.Paired device = DeviceFixture.pair();
        Db.update("UPDATE device.device_session SET access_expires_ts = now() - interval '1 hour' WHERE device_id = ?", device.deviceId());
        Http.get(device.path(""), "Authorization", device.bearer()).assertJsonError(401);
        JsonObject login = Http.get("/v1/auth/token", "Authorization", device.bearer(), "Device", device.deviceId().toString())
                .assertStatus(200).object();
        assertEquals(device.deviceId().toString(), login.getString("uuid"));
    }

    @Test
    void knowingTheUuidIsNotEnoughToMintTokens_SeleneQuirkFixed() {
        DeviceFixture.Paired device = DeviceFixture.pair();
        Http.get("/v1/auth/token", "Authorization", "Bearer made-up", "Device", device.deviceId().toString()).assertJsonError(401);
        Http.get("/v1/auth/token", "Authorization", device.bearer()).assertJsonError(401);
        Http.get("/v1/auth/token").assertJsonError(401);
        Http.get("/v1/auth/token", "Authorization", "Basic abc").assertJsonError(401);
    }

    @Test
    void tokensAreStoredOnlyAsHashes() {
        DeviceFixture.Paired device = DeviceFixture.pair();
        assertEquals(0, Db.count("SELECT count(*) FROM device.device_session WHERE access_token_hash = ? OR refresh_token_hash = ?",
                device.accessToken(), device.refreshToken()));
        assertEquals(1, Db.count("SELECT count(*) FROM device.device_session WHERE device_id = ?", device.deviceId()));
    }

    @Test
    void deletingTheDeviceRevokesAccessAndRefreshTokensAtOnce_SeleneQuirk4Fixed() {
        DeviceFixture.Paired device = DeviceFixture.pair();
        Http.get(device.path(""), "Authorization", device.bearer()).assertStatus(200);
        // through the owner's account API: the route that expires the token and the device's cached bodies
        Http.delete("/account/api/devices/" + device.deviceId(), MarketSession.signIn(device.accountId()).cookies()).assertStatus(204);
        Http.get(device.path(""), "Authorization", device.bearer()).assertJsonError(401);
        Http.get("/v1/auth/token", "Authorization", "Bearer " + device.refreshToken()).assertJsonError(401);
    }
}
