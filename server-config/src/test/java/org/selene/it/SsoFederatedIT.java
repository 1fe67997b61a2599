package org.selene.it;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Federated sign-up and login (docs/web-apis.md §2.1, §2.4, §2.8, §2.9) against local
 * stand-ins of GitHub, Google and Facebook that answer for the tokens a test registers.
 */
@SeleneIT
class SsoFederatedIT {

    /** provider token → the e-mail the provider reports for it */
    private static final Map<String, String> EMAILS = new ConcurrentHashMap<>();
    private static final List<String> GITHUB_CODE_EXCHANGES = new CopyOnWriteArrayList<>();
    private static final List<HttpServer> SERVERS = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void startProviders() throws IOException {
        SERVERS.add(serve(StandIns.GITHUB, exchange -> {
            String path = exchange.getRequestURI().getPath();
            if (path.equals("/login/oauth/access_token") && exchange.getRequestMethod().equals("POST")) {
                Map<String, String> q = query(exchange);
                GITHUB_CODE_EXCHANGES.add(q.get("client_id") + "|" + q.get("client_secret") + "|" + q.get("code") + "|" + q.get("state")
                        + "|" + exchange.getRequestHeaders().getFirst("Accept"));
                // GitHub answers a bad code with 200 and an error object
                return q.get("code").startsWith("good-") ? reply(200, "{\"access_token\":\"gho_" + q.get("code") + "\",\"token_type\":\"bearer\"}")
                        : reply(200, "{\"error\":\"bad_verification_code\"}");
            }
            if (path.equals("/user/emails")) {
                String auth = String.valueOf(exchange.getRequestHeaders().getFirst("Authorization"));
                String email = EMAILS.get(auth.replaceFirst("^(token|Bearer) ", ""));
                return email == null ? reply(401, "{\"message\":\"Bad credentials\"}")
                        : reply(200, "[{\"email\":\"secondary@example.org\",\"primary\":false,\"verified\":true},"
                        + "{\"email\":\"" + email + "\",\"primary\":true,\"verified\":true}]");
            }
            return reply(404, "{}");
        }));
        SERVERS.add(serve(StandIns.GOOGLE, exchange -> {
            String token = query(exchange).get("id_token");
            if (token != null && token.startsWith("other-app-")) {
                return reply(200, "{\"aud\":\"someone-elses-client\",\"email\":\"" + EMAILS.get(token) + "\",\"email_verified\":\"true\"}");
            }
            String email = token == null ? null : EMAILS.get(token);
            return email == null ? reply(400, "{\"error\":\"invalid_token\"}")
                    : reply(200, "{\"aud\":\"it-google-client\",\"email\":\"" + email + "\",\"email_verified\":\"true\"}");
        }));
        SERVERS.add(serve(StandIns.FACEBOOK, exchange -> {
            Map<String, String> q = query(exchange);
            String email = EMAILS.get(String.valueOf(q.get("access_token")));
            return email == null || !"email".equals(q.get("fields")) ? reply(400, "{\"error\":{\"message\":\"Invalid OAuth access token.\"}}")
                    : reply(200, "{\"email\":\"" + email + "\",\"id\":\"10001\"}");
        }));
    }

    @AfterAll
    static void stopProviders() {
        SERVERS.forEach(s -> s.stop(0));
    }

    private record Answer(int status, String body) {
    }

    private interface Handler {
        Answer handle(HttpExchange exchange) throws IOException;
    }

    private static Answer reply(int status, String body) {
        return new Answer(status, body);
    }

    private static HttpServer serve(int offset, Handler handler) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("localhost", StandIns.port(offset)), 0);
        server.createContext("/", exchange -> {
            Answer answer = handler.handle(exchange);
            byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(answer.status(), body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        return server;
    }

    private static Map<String, String> query(HttpExchange exchange) {
        String raw = exchange.getRequestURI().getRawQuery();
        if (raw == null) {
            return Map.of();
        }
        return Stream.of(raw.split("&")).map(p -> p.split("=", 2))
                .collect(Collectors.toMap(p -> URLDecoder.decode(p[0], StandardCharsets.UTF_8),
                        p -> p.length > 1 ? URLDecoder.decode(p[1], StandardCharsets.UTF_8) : "", (a, b) -> a));
    }

    private static String tokenFor(String email) {
        String token = "tok-" + UUID.randomUUID();
        EMAILS.put(token, email);
        return token;
    }

    private static Http.Reply federatedLogin(String platform, String token) {
        return Http.post("/sso/api/validate-federated", "{\"platform\":\"" + platform + "\",\"token\":\"" + token + "\"}");
    }

    private static void assertSessionCookies(Http.Reply reply) {
        Map<String, WebLogin.SetCookie> cookies = WebLogin.cookies(reply);
        for (String name : new String[]{"seleneAccess", "seleneRefresh"}) {
            WebLogin.SetCookie cookie = cookies.get(name);
            assertTrue(cookie != null && !cookie.value().isEmpty(), name + " in " + reply.headerValues("Set-Cookie"));
            assertTrue(cookie.has("Expires") && cookie.has("Max-Age"), cookie.toString());
        }
    }

    @Test
    void c3ExistingAccountSignsInViaFacebookGoogleAndGitHub() {
        String email = WebLogin.uniqueEmail();
        WebLogin.signUp(email, "foo");
        assertEquals(0, verifiedAccounts(email), "a password sign-up proves nothing about the address");
        for (String platform : new String[]{"Facebook", "Google", "GitHub"}) {
            Http.Reply reply = federatedLogin(platform, tokenFor(email)).assertStatus(204);
            assertSessionCookies(reply);
            Http.get("/sso/api/logout", "Cookie", "seleneAccess=" + WebLogin.cookies(reply).get("seleneAccess").value()).assertStatus(204);
        }
        // the providers vouch for the address (the admin role needs a verified one)
        assertEquals(1, verifiedAccounts(email));
    }

    static long verifiedAccounts(String email) {
        return Db.count("SELECT count(*) FROM account.email_verification v JOIN account.account a ON a.id = v.account_id "
                + "AND a.email_address = v.email_address WHERE a.email_address = ?", email);
    }

    @Test
    void c3UserWithoutAccountSignsInViaFacebook() {
        Http.Reply reply = federatedLogin("Facebook", tokenFor(WebLogin.uniqueEmail())).assertJsonError(401);
        assertEquals("no account found for provided email", reply.object().getString("error"));
    }

    @Test
    void aTokenTheProviderRejectsIs401() {
        for (String platform : new String[]{"Facebook", "Google", "GitHub"}) {
            assertEquals("could not retrieve email from provider",
                    federatedLogin(platform, "unknown-token").assertJsonError(401).object().getString("error"));
        }
    }

    @Test
    void aGoogleIdTokenIssuedToAnotherApplicationIsRefused() {
        String email = WebLogin.uniqueEmail();
        WebLogin.signUp(email, "foo");
        String token = "other-app-" + UUID.randomUUID();
        EMAILS.put(token, email);
        federatedLogin("Google", token).assertJsonError(401);
    }

    @Test
    void gitHubTokenExchangesTheOAuthCode() {
        String code = "good-" + UUID.randomUUID();
        JsonObject body = Http.get("/sso/api/github-token?code=" + code + "&state=st-1").assertStatus(200).object();
        assertEquals("gho_" + code, body.getString("token"));
        assertTrue(GITHUB_CODE_EXCHANGES.contains("it-github-client|it-github-secret|" + code + "|st-1|application/json"), GITHUB_CODE_EXCHANGES.toString());
        JsonObject refused = Http.get("/sso/api/github-token?code=bad-code&state=st-2").assertStatus(200).object();
        assertTrue(refused.isNull("token"));
        Http.get("/sso/api/github-token").assertJsonError(400);
    }

    @Test
    void gitHubSignUpWorksSeleneAnswered500() {
        String email = WebLogin.uniqueEmail();
        String token = tokenFor(email);
        JsonObject check = Http.get("/sso/api/validate-email?platform=GitHub&token=" + token).assertStatus(200).object();
        assertFalse(check.getBoolean("accountExists"));
        assertFalse(check.getBoolean("noFederatedEmail"));
        Http.post("/sso/api/account", "{\"termsOfUse\":true,\"privacyPolicy\":true,\"login\":{\"federatedPlatform\":\"GitHub\","
                + "\"federatedToken\":\"" + token + "\",\"email\":null,\"password\":null}}").assertStatus(200);
        assertEquals(1, Db.count("SELECT count(*) FROM account.account WHERE email_address = ? AND password IS NULL", email));
        assertEquals(1, verifiedAccounts(email));
        assertEquals(2, Db.count("SELECT count(*) FROM account.account_agreement aa JOIN account.account a ON a.id = aa.account_id WHERE a.email_address = ?", email));
        assertTrue(Http.get("/sso/api/validate-email?platform=GitHub&token=" + token).assertStatus(200).object().getBoolean("accountExists"));
        assertSessionCookies(federatedLogin("GitHub", token).assertStatus(204));
        // a federated account has no password to guess
        WebLogin.internalLogin(email, "anything").assertJsonError(401);
    }

    @Test
    void googleAndFacebookSignUp() {
        for (String platform : new String[]{"Google", "Facebook"}) {
            String email = WebLogin.uniqueEmail();
            Http.post("/sso/api/account", "{\"termsOfUse\":true,\"privacyPolicy\":true,\"login\":{\"federatedPlatform\":\"" + platform + "\","
                    + "\"federatedToken\":\"" + tokenFor(email) + "\",\"email\":null,\"password\":null}}").assertStatus(200);
            assertSessionCookies(federatedLogin(platform, tokenFor(email)).assertStatus(204));
        }
    }

    @Test
    void validateEmailWithATokenTheProviderRejectsReportsNoFederatedEmail() {
        JsonObject body = Http.get("/sso/api/validate-email?platform=Facebook&token=unknown").assertStatus(200).object();
        assertFalse(body.getBoolean("accountExists"));
        assertTrue(body.getBoolean("noFederatedEmail"));
    }

    @Test
    void federatedSignUpWithoutAProviderAddressIs400AndCreatesNothing() {
        long accounts = Db.count("SELECT count(*) FROM account.account");
        long agreements = Db.count("SELECT count(*) FROM account.account_agreement");
        Http.post("/sso/api/account", "{\"termsOfUse\":true,\"privacyPolicy\":true,\"login\":{\"federatedPlatform\":\"GitHub\","
                + "\"federatedToken\":\"unknown\"}}").assertJsonError(400);
        assertEquals(accounts, Db.count("SELECT count(*) FROM account.account"));
        assertEquals(agreements, Db.count("SELECT count(*) FROM account.account_agreement"));
    }

    @Test
    void badInputIs400JsonNot500() {
        Http.post("/sso/api/validate-federated", "{\"platform\":\"MySpace\",\"token\":\"t\"}").assertJsonError(400);
        Http.post("/sso/api/validate-federated", "{\"platform\":\"GitHub\"}").assertJsonError(400);
        Http.post("/sso/api/validate-federated", "{\"platform\":\"GitHub\",\"token\":\"t\",\"x\":1}").assertJsonError(400);
        Http.post("/sso/api/validate-federated", "garbage").assertJsonError(400);
    }
}
