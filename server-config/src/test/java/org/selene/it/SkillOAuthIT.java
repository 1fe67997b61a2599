package org.selene.it;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.selene.it.UpstreamStandIn.Answer;

import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The skill OAuth proxy (docs/device-api.md §6.20, §6.21) against a stand-in of the OAuth service. */
@SeleneIT
class SkillOAuthIT {

    static UpstreamStandIn oauth;

    @BeforeAll
    static void standIn() {
        oauth = UpstreamStandIn.at(UpstreamStandIn.OAUTH).respond(r -> {
            if (r.path().equals("/oauth/auth/callback")) {
                return Answer.text(200, "text/html; charset=utf-8", "<p>linked</p>");
            }
            if (r.path().endsWith("/unknown-app/token")) {
                return Answer.json(404, "{\"message\":\"no such credentials\"}");
            }
            return Answer.json(200, "{\"access_token\":\"at-" + r.query().get("uuid") + "\",\"expires_in\":3600}");
        });
    }

    @Test
    void tokenRequestGoesToTheOAuthServiceWithSegmentsSwappedAndTheOwnersAccount() {
        DeviceFixture.Paired d = DeviceFixture.pair();
        Http.Reply reply = Http.get(d.path("/token/spotify-app"), "Authorization", d.bearer()).assertStatus(200);
        assertEquals("at-" + d.accountId(), reply.object().getString("access_token"));
        List<UpstreamStandIn.Received> sent = oauth.receivedWith("uuid", d.accountId().toString());
        assertEquals(1, sent.size());
        assertEquals("/oauth/auth/spotify-app/token", sent.get(0).path(), "Selene's order: credentials first, then the OAuth path");
    }

    @Test
    void anUpstreamRefusalKeepsItsStatusWithAJsonError() {
        DeviceFixture.Paired d = DeviceFixture.pair();
        Http.get(d.path("/token/unknown-app"), "Authorization", d.bearer()).assertJsonError(404);
    }

    @Test
    void withoutATokenOrForAnotherDeviceIs401AndNothingIsAsked() {
        DeviceFixture.Paired d = DeviceFixture.pair();
        DeviceFixture.Paired other = DeviceFixture.pair();
        Http.get(d.path("/token/spotify-app")).assertJsonError(401);
        Http.get(other.path("/token/spotify-app"), "Authorization", d.bearer()).assertJsonError(401);
        assertTrue(oauth.receivedWith("uuid", other.accountId().toString()).isEmpty());
    }

    @Test
    void segmentsThatCouldLeaveTheOAuthServicesPathAre400() {
        DeviceFixture.Paired d = DeviceFixture.pair();
        for (String bad : new String[]{"/token/%2E%2E", "/token/a%2Fb", "/token/a%3Fb", "/%2E%2E/x"}) {
            int status = Http.get(d.path(bad), "Authorization", d.bearer()).status();
            assertTrue(status == 400 || status == 404, bad + " answered " + status);
        }
        assertTrue(oauth.receivedWith("uuid", d.accountId().toString()).isEmpty());
    }

    @Test
    void providerCallbackIsForwardedWithAllItsParametersUnauthenticated() {
        String state = UUID.randomUUID().toString();
        Http.Reply reply = Http.get("/v1/auth/callback?code=abc&state=" + state).assertStatus(200);
        assertEquals("<p>linked</p>", reply.body());
        UpstreamStandIn.Received sent = oauth.receivedWith("state", state).get(0);
        assertEquals("/oauth/auth/callback", sent.path());
        assertEquals("abc", sent.query().get("code"));
    }

    @Test
    void theOtherTwoSegmentDeviceRoutesAreNotTakenByTheProxy() {
        DeviceFixture.Paired d = DeviceFixture.pair();
        Http.get(d.path("/skill/settings"), "Authorization", d.bearer()).assertStatus(200);
        assertTrue(oauth.receivedWith("uuid", d.accountId().toString()).isEmpty());
    }
}
