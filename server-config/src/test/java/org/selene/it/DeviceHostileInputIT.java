package org.selene.it;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A sweep over every device route with hostile input: each answer is a 4xx with a JSON body
 * (never a 500 or HTML), and nothing stored changes.
 */
@SeleneIT
class DeviceHostileInputIT {

    record Route(String method, String suffix) {
    }

    static final List<Route> ROUTES = List.of(
            new Route("PATCH", ""), new Route("PUT", "/skillJson"), new Route("PUT", "/settingsMeta"),
            new Route("PUT", "/skill"), new Route("POST", "/metric/timing"));

    static final List<String> BAD_BODIES = List.of("{", "[", "nul", "{\"a\":}", "\"just a string\"", "[1,2,3]", "12",
            "{\"skill_gid\": {\"$ne\": 1}, \"skills\": 5, \"platform\": [], \"coreVersion\": true}", "\u0000\u0001\u0002");

    @Test
    void malformedAndWrongTypedBodiesAre4xxJsonOnEveryRoute() {
        DeviceFixture.Paired d = DeviceFixture.pair();
        String before = snapshot(d);
        List<String> failures = new ArrayList<>();
        for (Route route : ROUTES) {
            for (String body : BAD_BODIES) {
                Http.Reply reply = Http.send(route.method(), d.path(route.suffix()), body, "Authorization", d.bearer(), "Content-Type", "application/json");
                boolean metricAcceptsAnyJson = route.suffix().startsWith("/metric") && isJson(body);
                if (metricAcceptsAnyJson) {
                    continue;
                }
                if (reply.status() < 400 || reply.status() >= 500 || !reply.body().startsWith("{\"error\"")) {
                    failures.add(route + " " + body + " -> " + reply.status() + " " + reply.body());
                }
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
        assertEquals(before, snapshot(d));
    }

    /** Well-formed JSON whose texts hold a NUL, which PostgreSQL cannot store in text: a 4xx JSON error (it was a 500), or stored where it can be. */
    @Test
    void textsWithANulAreNeverA5xx() {
        DeviceFixture.Paired d = DeviceFixture.pair();
        String nul = "a\\u0000b";
        List<String[]> writes = List.of(
                new String[]{"PATCH", "", "{\"coreVersion\":\"" + nul + "\",\"platform\":\"" + nul + "\"}"},
                new String[]{"PUT", "/settingsMeta", "{\"skill_gid\":\"" + nul + "|21.02\",\"display_name\":\"" + nul + "\",\"skillMetadata\":{\"sections\":[]}}"},
                new String[]{"PUT", "/skill", "{\"skill_gid\":\"" + nul + "|21.02\",\"display_name\":\"" + nul + "\",\"skillMetadata\":{\"sections\":[]}}"},
                new String[]{"PUT", "/skillJson", "{\"blacklist\":[],\"skills\":[{\"name\":\"" + nul + "\",\"origin\":\"cli\",\"beta\":false,"
                        + "\"status\":\"active\",\"installed\":0,\"updated\":0,\"installation\":\"installed\",\"skill_gid\":\"" + nul + "|21.02\"}]}"},
                new String[]{"POST", "/metric/timing", "{\"id\":\"" + nul + "\"}"},
                new String[]{"PUT", "/message", "{\"title\":\"" + nul + "\",\"body\":\"" + nul + "\",\"sender\":\"" + nul + "\"}"});
        List<String> failures = new ArrayList<>();
        for (String[] w : writes) {
            Http.Reply reply = Http.send(w[0], d.path(w[1]), w[2], "Authorization", d.bearer(), "Content-Type", "application/json");
            if (reply.status() >= 500 || (reply.status() >= 400 && !reply.body().startsWith("{\"error\""))) {
                failures.add(w[0] + " " + w[1] + " -> " + reply.status() + " " + reply.body());
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
        assertEquals("picroft", Db.scalar("SELECT platform FROM device.device WHERE id = ?", d.deviceId()));
    }

    @Test
    void oversizedBodiesAre413Json() {
        DeviceFixture.Paired d = DeviceFixture.pair();
        String huge = "{\"platform\":\"" + "x".repeat(11 * 1024 * 1024) + "\"}";
        Http.Reply reply = Http.sendExpectingContinue("PATCH", d.path(""), huge, "Authorization", d.bearer(), "Content-Type", "application/json");
        reply.assertJsonError(413);
        assertEquals("picroft", Db.scalar("SELECT platform FROM device.device WHERE id = ?", d.deviceId()));
    }

    @Test
    void unauthenticatedHostileRequestsAre401Json() {
        DeviceFixture.Paired d = DeviceFixture.pair();
        for (Route route : ROUTES) {
            Http.send(route.method(), d.path(route.suffix()), "{", "Content-Type", "application/json").assertJsonError(401);
        }
        int nul = Http.get("/v1/device/%00/setting", "Authorization", d.bearer()).status();
        assertTrue(nul == 400 || nul == 401, "NUL in the path: " + nul);
        Http.get("/v1/device/code?state=" + "s".repeat(500)).assertJsonError(400);
    }

    @Test
    void wrongMethodsAreJson405() {
        DeviceFixture.Paired d = DeviceFixture.pair();
        Http.send("DELETE", d.path("/setting"), (String) null, "Authorization", d.bearer()).assertJsonError(405);
        Http.send("PUT", "/v1/device/code", "{}").assertJsonError(405);
    }

    private static boolean isJson(String body) {
        try {
            jakarta.json.Json.createReader(new java.io.StringReader(body)).readValue();
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static String snapshot(DeviceFixture.Paired d) {
        return Db.query("SELECT platform, core_version, enclosure_version, name FROM device.device WHERE id = ?", d.deviceId()).toString()
                + Db.count("SELECT count(*) FROM device.device_skill WHERE device_id = ?", d.deviceId())
                + Db.count("SELECT count(*) FROM skill.settings_display");
    }

    @Test
    void pairingCodesAreLimitedPerClientAddress() {
        String address = Http.newClientAddress();
        String marker = "limit-" + java.util.UUID.randomUUID();
        for (int i = 0; i < 120; i++) {
            Http.get("/v1/device/code?state=" + marker + "-" + i, "X-Forwarded-For", address).assertStatus(200);
        }
        Limits.assertLimited(Http.get("/v1/device/code?state=" + marker + "-refused", "X-Forwarded-For", address), 3600);
        assertEquals(120, Db.count("SELECT count(*) FROM device.pairing_code WHERE state LIKE ?", marker + "-%"), "the refused request issued no code");
        Http.get("/v1/device/code?state=" + marker + "-elsewhere", "X-Forwarded-For", Http.newClientAddress()).assertStatus(200);
    }

    /** The suite's server sets SELENE_LIMIT_ACTIVATIONS_PER_ADDRESS=200/3600 (StandIns): the limits are configurable. */
    @Test
    void activationPollsAreLimitedPerClientAddressAndTheRefusedOneConsumesNothing() {
        DeviceFixture.Code code = DeviceFixture.requestCode();
        UUID device = DeviceFixture.newDevice(DeviceFixture.newAccount(), "limited");
        DeviceFixture.completePairing(code.code(), device);
        String address = Http.newClientAddress();
        for (int i = 0; i < 200; i++) {
            Http.post("/v1/device/activate", "{\"token\":\"guess-" + i + "\",\"state\":\"s\"}", "X-Forwarded-For", address).assertStatus(404);
        }
        Limits.assertLimited(Http.post("/v1/device/activate", DeviceFixture.activation(code), "X-Forwarded-For", address), 3600);
        assertEquals(1, Db.count("SELECT count(*) FROM device.pairing_code WHERE code = ?", code.code()), "the code is still there");
        Http.post("/v1/device/activate", DeviceFixture.activation(code), "X-Forwarded-For", Http.newClientAddress()).assertStatus(200);
    }

    @Test
    void mailsToTheOwnerAreLimitedPerDevice() {
        Mailbox.start();
        DeviceFixture.Paired d = DeviceFixture.pair();
        String owner = (String) Db.scalar("SELECT email_address FROM account.account WHERE id = ?", d.accountId());
        String message = "{\"title\":\"note\",\"sender\":\"s@example.org\",\"body\":\"b\"}";
        for (int i = 0; i < 60; i++) {
            Http.put(d.path("/message"), message, "Authorization", d.bearer()).assertStatus(200);
        }
        Limits.assertLimited(Http.put(d.path("/message"), message, "Authorization", d.bearer()), 3600);
        assertEquals(60, Mailbox.to(owner).size());
        // another device of the same owner is not affected
        DeviceFixture.Paired other = DeviceFixture.pair(d.accountId());
        Http.put(other.path("/message"), message, "Authorization", other.bearer()).assertStatus(200);
    }
}
