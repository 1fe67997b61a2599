package org.selene.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The shared cookie-session mechanism (docs/web-apis.md §1.2), end to end through the sso routes. */
@SeleneIT
class SsoSessionIT {

    private static String error(Http.Reply reply) {
        return reply.assertJsonError(401).object().getString("error");
    }

    private static Http.Reply logout(String cookies) {
        return Http.get("/sso/api/logout", "Cookie", cookies);
    }

    @Test
    void tokensCarrySelenesClaimsAndLifetimes() {
        WebLogin.Session session = WebLogin.newPerson();
        for (String[] token : new String[][]{{session.accessToken(), "900"}, {session.refreshToken(), "2628000"}}) {
            assertEquals("HS256", Jwts.header(token[0]).getString("alg"));
            JsonObject claims = Jwts.claims(token[0]);
            assertEquals(session.accountId().toString(), claims.getString("sub"));
            long iat = claims.getJsonNumber("iat").longValue();
            assertTrue(Math.abs(iat - Jwts.now()) < 120, "iat " + iat);
            assertEquals(Long.parseLong(token[1]), claims.getJsonNumber("exp").longValue() - iat);
        }
    }

    @Test
    void selenesOwnTokensAreAccepted() {
        // signed with the same secrets and Selene's claims only: interchangeable with Selene's
        WebLogin.Session session = WebLogin.newPerson();
        long now = Jwts.now();
        String access = Jwts.selene(StandIns.JWT_ACCESS_SECRET, session.accountId(), now, now + 900);
        logout("seleneAccess=" + access).assertStatus(204);
    }

    @Test
    void selenesFourOhOneMessages() {
        WebLogin.Session session = WebLogin.newPerson();
        long now = Jwts.now();
        String expiredAccess = Jwts.selene(StandIns.JWT_ACCESS_SECRET, session.accountId(), now - 2000, now - 1000);
        String expiredRefresh = Jwts.selene(StandIns.JWT_REFRESH_SECRET, session.accountId(), now - 2000, now - 1000);
        assertEquals("no authentication tokens found", error(Http.get("/sso/api/logout")));
        assertEquals("no authentication tokens found", error(logout("seleneAccess=; seleneRefresh=")));
        // a bad access token fails even next to a good refresh token
        assertEquals("invalid access token", error(logout("seleneAccess=garbage; seleneRefresh=" + session.refreshToken())));
        assertEquals("invalid access token", error(logout("seleneAccess="
                + Jwts.selene("some-other-secret-0123456789abcdefghijklmnop", session.accountId(), now, now + 900))));
        assertEquals("invalid refresh token", error(logout("seleneAccess=" + expiredAccess + "; seleneRefresh=garbage")));
        assertEquals("authentication tokens expired", error(logout("seleneAccess=" + expiredAccess + "; seleneRefresh=" + expiredRefresh)));
        assertEquals("authentication tokens expired", error(logout("seleneAccess=" + expiredAccess)));
        assertEquals("account not found", error(logout("seleneAccess=" + Jwts.selene(StandIns.JWT_ACCESS_SECRET, UUID.randomUUID(), now, now + 900))));
        // unsigned ("alg": "none") tokens are not tokens
        String unsigned = Jwts.header(session.accessToken()).toString();
        assertTrue(unsigned.contains("HS256"));
        String none = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString("{\"alg\":\"none\"}".getBytes())
                + "." + session.accessToken().split("\\.")[1] + ".";
        assertEquals("invalid access token", error(logout("seleneAccess=" + none)));
    }

    @Test
    void anExpiredAccessTokenFallsBackToTheRefreshToken() {
        WebLogin.Session session = WebLogin.newPerson();
        long now = Jwts.now();
        String expiredAccess = Jwts.selene(StandIns.JWT_ACCESS_SECRET, session.accountId(), now - 2000, now - 1000);
        Http.Reply reply = logout("seleneAccess=" + expiredAccess + "; seleneRefresh=" + session.refreshToken()).assertStatus(204);
        // logging out wins over the sliding refresh: only the emptied cookies are sent
        Map<String, WebLogin.SetCookie> cookies = WebLogin.cookies(reply);
        assertEquals(2, reply.headerValues("Set-Cookie").size(), reply.headerValues("Set-Cookie").toString());
        assertEquals("", cookies.get("seleneAccess").value());
        assertEquals("", cookies.get("seleneRefresh").value());
    }

    @Test
    void aPasswordChangeRevokesEarlierRefreshTokens() {
        WebLogin.Session session = WebLogin.newPerson();
        WebLogin.Session other = WebLogin.logIn(session.email(), session.password());
        long now = Jwts.now();
        String reset = Jwts.selene(StandIns.JWT_RESET_SECRET, session.accountId(), now, now + 3600);
        Http.put("/sso/api/password-change", "{\"token\":\"" + reset + "\",\"password\":\"" + WebLogin.b64("new") + "\"}").assertStatus(204);
        assertEquals("authentication tokens expired", error(logout("seleneRefresh=" + session.refreshToken())));
        assertEquals("authentication tokens expired", error(logout(other.cookieHeader())));
        WebLogin.Session fresh = WebLogin.logIn(session.email(), "new");
        logout(fresh.cookieHeader()).assertStatus(204);
    }

    @Test
    void slidingRefreshReissuesBothCookiesOnAnAccountRoute() {
        // the sso API's only authenticated route is logout; the account API's profile shows the refresh
        WebLogin.Session session = WebLogin.newPerson();
        long now = Jwts.now();
        String expiredAccess = Jwts.selene(StandIns.JWT_ACCESS_SECRET, session.accountId(), now - 2000, now - 1000);
        Http.Reply reply = Http.get("/account/api/account", "Cookie", "seleneAccess=" + expiredAccess + "; seleneRefresh=" + session.refreshToken())
                .assertStatus(200);
        Map<String, WebLogin.SetCookie> cookies = WebLogin.cookies(reply);
        assertEquals("900", cookies.get("seleneAccess").attribute("Max-Age").orElse(null));
        assertEquals("2628000", cookies.get("seleneRefresh").attribute("Max-Age").orElse(null));
        assertNotEquals(session.refreshToken(), cookies.get("seleneRefresh").value());
        // with a valid access token nothing is re-issued
        assertTrue(Http.get("/account/api/account", "Cookie", session.cookieHeader()).assertStatus(200).headerValues("Set-Cookie").isEmpty());
    }
}
