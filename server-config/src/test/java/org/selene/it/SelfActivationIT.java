package org.selene.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Devices that activate themselves from SELENE_AUTO_ACTIVATE's networks (issue 12, point 1). */
@SeleneIT
class SelfActivationIT {

    /** A documentation network (RFC 5737): no other test's client address is in it. */
    static final String HOUSEHOLD_NETWORK = "198.51.100.0/24";
    static final String HOUSEHOLD_EMAIL = "household@selene.test";

    @BeforeAll
    static void defaultCityExists() {
        DeviceFixture.kansasCity();
    }

    static String householdAddress() {
        return "198.51.100." + ThreadLocalRandom.current().nextInt(1, 255);
    }

    private static DeviceFixture.Code codeFrom(String address) {
        String state = UUID.randomUUID().toString();
        JsonObject body = Http.get("/v1/device/code?state=" + state, "X-Forwarded-For", address).assertStatus(200).object();
        return new DeviceFixture.Code(body.getString("code"), body.getString("token"), state, address);
    }

    /** What an unmodified mycroft-core or ovos-core does: ask a code, poll activation. */
    static DeviceFixture.Paired selfActivate() {
        String address = householdAddress();
        DeviceFixture.Code code = codeFrom(address);
        assertEquals(true, Db.scalar("SELECT self_activating FROM device.pairing_code WHERE code = ?", code.code()), "marked at GET /code");
        JsonObject login = Http.post("/v1/device/activate", DeviceFixture.activation(code), "X-Forwarded-For", address).assertStatus(200).object();
        UUID device = UUID.fromString(login.getString("uuid"));
        UUID account = (UUID) Db.scalar("SELECT account_id FROM device.device WHERE id = ?", device);
        return new DeviceFixture.Paired(account, device, login.getString("accessToken"), login.getString("refreshToken"), code.state());
    }

    @Test
    void aDeviceOnAnAllowedNetworkActivatesOnItsFirstPollIntoTheHousehold() {
        DeviceFixture.Paired d = selfActivate();
        assertEquals(HOUSEHOLD_EMAIL, Db.scalar("SELECT email_address FROM account.account WHERE id = ?", d.accountId()));
        assertNull(Db.scalar("SELECT password FROM account.account WHERE id = ?", d.accountId()), "created without a password");

        JsonObject record = Http.get(d.path(""), "Authorization", d.bearer()).assertStatus(200).object();
        assertEquals("Device-" + d.deviceId(), record.getString("name"));
        assertEquals("picroft", record.getString("platform"));
        assertEquals(d.accountId().toString(), record.getJsonObject("user").getString("uuid"));
        JsonObject location = Http.get(d.path("/location"), "Authorization", d.bearer()).assertStatus(200).object();
        assertEquals("Kansas City", location.getJsonObject("city").getString("name"), "SELENE_DEFAULT_LOCATION");
        Http.get(d.path("/setting"), "Authorization", d.bearer()).assertStatus(200);

        // a second device joins the same household; the login is single use as with pairing by code
        DeviceFixture.Paired other = selfActivate();
        assertEquals(d.accountId(), other.accountId());
        assertTrue(!d.deviceId().equals(other.deviceId()));
    }

    @Test
    void activationIsSingleUse() {
        String address = householdAddress();
        DeviceFixture.Code code = codeFrom(address);
        Http.post("/v1/device/activate", DeviceFixture.activation(code), "X-Forwarded-For", address).assertStatus(200);
        Http.Reply again = Http.post("/v1/device/activate", DeviceFixture.activation(code), "X-Forwarded-For", address).assertStatus(404);
        assertEquals(0, again.bytes().length);
    }

    @Test
    void aDeviceOnAnotherNetworkIsRefusedAndPairsByCode() {
        DeviceFixture.Code code = codeFrom(Http.newClientAddress());
        Http.post("/v1/device/activate", DeviceFixture.activation(code), "X-Forwarded-For", code.clientAddress()).assertStatus(404);
        assertEquals(0, Db.count("SELECT count(*) FROM device.pairing_code WHERE code = ? AND device_id IS NOT NULL", code.code()));

        UUID device = DeviceFixture.newDevice(DeviceFixture.newAccount(), "by code");
        DeviceFixture.completePairing(code.code(), device);
        JsonObject login = Http.post("/v1/device/activate", DeviceFixture.activation(code), "X-Forwarded-For", code.clientAddress())
                .assertStatus(200).object();
        assertEquals(device.toString(), login.getString("uuid"));
    }

    @Test
    void bothCallsMustComeFromAnAllowedNetwork() {
        DeviceFixture.Code outside = codeFrom(Http.newClientAddress());
        Http.post("/v1/device/activate", DeviceFixture.activation(outside), "X-Forwarded-For", householdAddress()).assertStatus(404);

        DeviceFixture.Code inside = codeFrom(householdAddress());
        Http.post("/v1/device/activate", DeviceFixture.activation(inside), "X-Forwarded-For", Http.newClientAddress()).assertStatus(404);
        // a wrong state never activates, even from inside
        String wrongState = "{\"token\":\"" + inside.token() + "\",\"state\":\"not-the-state\"}";
        Http.post("/v1/device/activate", wrongState, "X-Forwarded-For", inside.clientAddress()).assertStatus(404);
        assertEquals(0, Db.count("SELECT count(*) FROM device.pairing_code WHERE code IN (?, ?) AND device_id IS NOT NULL",
                outside.code(), inside.code()));
    }
}
