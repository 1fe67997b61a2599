package org.selene.it;

import jakarta.json.JsonObject;

import java.util.UUID;

/**
 * Pairs devices the way a person does, except that the account and the device rows are written
 * with JDBC (the account API's POST /api/devices does the same through the pairing service).
 */
public final class DeviceFixture {

    public record Paired(UUID accountId, UUID deviceId, String accessToken, String refreshToken, String state) {
        public String bearer() {
            return "Bearer " + accessToken;
        }

        public String path(String suffix) {
            return "/v1/device/" + deviceId + suffix;
        }
    }

    /** A code as a device got it, from its own client address (the limits per address stay with the test). */
    public record Code(String code, String token, String state, String clientAddress) {
    }

    private DeviceFixture() {
    }

    public static Code requestCode() {
        String state = UUID.randomUUID().toString();
        String address = Http.newClientAddress();
        JsonObject body = Http.get("/v1/device/code?state=" + state, "X-Forwarded-For", address).assertStatus(200).object();
        return new Code(body.getString("code"), body.getString("token"), state, address);
    }

    public static UUID newAccount() {
        UUID account = UUID.randomUUID();
        Db.update("INSERT INTO account.account (id, email_address) VALUES (?, ?)", account, account + "@example.org");
        return account;
    }

    /** Kansas City, Missouri; created unless an import already brought it. */
    public static UUID[] kansasCity() {
        Db.update("INSERT INTO geography.country (iso_code, name) VALUES ('US', 'United States') ON CONFLICT DO NOTHING");
        UUID country = (UUID) Db.scalar("SELECT id FROM geography.country WHERE iso_code = 'US'");
        Db.update("INSERT INTO geography.region (country_id, region_code, name) VALUES (?, 'US.MO', 'Missouri') ON CONFLICT DO NOTHING", country);
        UUID region = (UUID) Db.scalar("SELECT id FROM geography.region WHERE region_code = 'US.MO'");
        Db.update("INSERT INTO geography.timezone (country_id, name, gmt_offset, dst_offset) VALUES (?, 'America/Chicago', -6, -5) ON CONFLICT DO NOTHING", country);
        UUID timezone = (UUID) Db.scalar("SELECT id FROM geography.timezone WHERE name = 'America/Chicago'");
        Object city = Db.scalar("SELECT id FROM geography.city WHERE region_id = ? AND name = 'Kansas City' ORDER BY population DESC NULLS LAST LIMIT 1", region);
        if (city == null) {
            Db.update("INSERT INTO geography.city (region_id, timezone_id, name, latitude, longitude, population) VALUES (?, ?, 'Kansas City', 39.09973, -94.57857, 475378)", region, timezone);
            city = Db.scalar("SELECT id FROM geography.city WHERE region_id = ? AND name = 'Kansas City'", region);
        }
        return new UUID[]{country, region, (UUID) city, timezone};
    }

    public static UUID newDevice(UUID account, String name) {
        UUID[] g = kansasCity();
        Db.update("INSERT INTO device.geography (account_id, country_id, region_id, city_id, timezone_id) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                account, g[0], g[1], g[2], g[3]);
        UUID geography = (UUID) Db.scalar("SELECT id FROM device.geography WHERE account_id = ? AND city_id = ?", account, g[2]);
        UUID device = UUID.randomUUID();
        Db.update("""
                INSERT INTO device.device (id, account_id, name, placement, wake_word_id, text_to_speech_id, geography_id)
                VALUES (?, ?, ?, 'kitchen',
                        (SELECT id FROM wake_word.wake_word WHERE name = 'hey mycroft' ORDER BY engine DESC LIMIT 1),
                        (SELECT id FROM device.text_to_speech WHERE setting_name = 'ap'), ?)""", device, account, name, geography);
        return device;
    }

    /** What the account API does when a person enters the code. */
    public static void completePairing(String code, UUID device) {
        if (Db.update("UPDATE device.pairing_code SET device_id = ? WHERE code = ? AND device_id IS NULL", device, code) != 1) {
            throw new AssertionError("code " + code + " not pending");
        }
    }

    public static String activation(Code code) {
        return "{\"token\":\"" + code.token() + "\",\"state\":\"" + code.state() + "\",\"platform\":\"picroft\","
                + "\"coreVersion\":\"21.2.2\",\"enclosureVersion\":\"1.4.0\"}";
    }

    public static Paired pair(UUID account) {
        Code code = requestCode();
        UUID device = newDevice(account, "device-" + code.code());
        completePairing(code.code(), device);
        JsonObject login = Http.post("/v1/device/activate", activation(code), "X-Forwarded-For", code.clientAddress()).assertStatus(200).object();
        return new Paired(account, device, login.getString("accessToken"), login.getString("refreshToken"), code.state());
    }

    public static Paired pair() {
        return pair(newAccount());
    }
}
