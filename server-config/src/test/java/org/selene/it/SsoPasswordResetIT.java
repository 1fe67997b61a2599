package org.selene.it;

import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The forgotten-password flow (docs/web-apis.md §2.6, §2.7, §2.10, §7), the mail read from the SMTP stand-in; links use the default SSO_BASE_URL. */
@SeleneIT
class SsoPasswordResetIT {

    private static final Pattern LINK = Pattern.compile("http://localhost:8080/change-password\\?token=([A-Za-z0-9_.%-]+)");

    @BeforeAll
    static void smtp() {
        MailStandIn.server();
    }

    private static String mailedToken(String email) throws Exception {
        List<MimeMessage> messages = MailStandIn.messagesTo(email);
        assertEquals(1, messages.size());
        MimeMessage message = messages.get(0);
        assertEquals("Password Reset Request", message.getSubject());
        Matcher link = LINK.matcher(com.icegreen.greenmail.util.GreenMailUtil.getBody(message).replace("=\r\n", "").replace("=3D", "="));
        assertTrue(link.find(), "no reset link in the mail");
        return java.net.URLDecoder.decode(link.group(1), java.nio.charset.StandardCharsets.UTF_8);
    }

    private static Http.Reply requestReset(String email) {
        return Http.post("/sso/api/password-reset", "{\"emailAddress\":\"" + email + "\"}");
    }

    private static String passwordChange(String accountId, String password) {
        return "{\"accountId\":\"" + accountId + "\",\"password\":\"" + WebLogin.b64(password) + "\"}";
    }

    @Test
    void c6UserChangesPasswordViaTheResetEmailAsTheSsoAppDoes() throws Exception {
        WebLogin.Session before = WebLogin.newPerson();
        requestReset(before.email()).assertStatus(200);
        String token = mailedToken(before.email());

        Http.Reply check = Http.post("/sso/api/validate-token", "{\"token\":\"" + token + "\"}").assertStatus(200);
        JsonObject body = check.object();
        assertEquals(before.accountId().toString(), body.getString("accountId"));
        assertFalse(body.getBoolean("tokenExpired"));
        assertFalse(body.getBoolean("tokenInvalid"));
        WebLogin.SetCookie reset = WebLogin.cookies(check).get("seleneReset");
        assertTrue(reset.has("HttpOnly"), reset.toString());
        assertEquals(token, reset.value());

        // exactly what the sso app sends next: {accountId, password}, the browser adding the cookie
        Http.put("/sso/api/password-change", passwordChange(before.accountId().toString(), "bar"), "Cookie", "seleneReset=" + reset.value())
                .assertStatus(204);
        WebLogin.internalLogin(before.email(), "bar").assertStatus(204);
        WebLogin.internalLogin(before.email(), before.password()).assertJsonError(401);
        // the reset ended every earlier session
        Http.get("/sso/api/logout", "Cookie", before.cookieHeader()).assertJsonError(401);
    }

    @Test
    void aResetTokenWorksOnce() throws Exception {
        WebLogin.Session person = WebLogin.newPerson();
        requestReset(person.email()).assertStatus(200);
        String token = mailedToken(person.email());
        Http.put("/sso/api/password-change", "{\"token\":\"" + token + "\",\"password\":\"" + WebLogin.b64("first") + "\"}").assertStatus(204);
        Http.put("/sso/api/password-change", "{\"token\":\"" + token + "\",\"password\":\"" + WebLogin.b64("second") + "\"}").assertJsonError(401);
        JsonObject again = Http.post("/sso/api/validate-token", "{\"token\":\"" + token + "\"}").assertStatus(200).object();
        assertTrue(again.getBoolean("tokenInvalid"));
        assertTrue(again.isNull("accountId"));
        WebLogin.internalLogin(person.email(), "first").assertStatus(204);
    }

    @Test
    void passwordChangeWithABareAccountIdIs401SeleneTrustedIt() {
        // Selene: anyone knowing an account id could set its password
        WebLogin.Session victim = WebLogin.newPerson();
        String hash = (String) Db.scalar("SELECT password FROM account.account WHERE id = ?", victim.accountId());
        Http.put("/sso/api/password-change", passwordChange(victim.accountId().toString(), "owned")).assertJsonError(401);
        Http.put("/sso/api/password-change", passwordChange(victim.accountId().toString(), "owned"), "Cookie", "seleneReset=garbage").assertJsonError(401);
        assertEquals(hash, Db.scalar("SELECT password FROM account.account WHERE id = ?", victim.accountId()));
        WebLogin.internalLogin(victim.email(), victim.password()).assertStatus(204);
    }

    @Test
    void aResetTokenCannotChangeAnotherAccountsPassword() throws Exception {
        WebLogin.Session attacker = WebLogin.newPerson();
        WebLogin.Session victim = WebLogin.newPerson();
        requestReset(attacker.email()).assertStatus(200);
        String token = mailedToken(attacker.email());
        Http.put("/sso/api/password-change", passwordChange(victim.accountId().toString(), "owned"), "Cookie", "seleneReset=" + token)
                .assertJsonError(401);
        WebLogin.internalLogin(victim.email(), victim.password()).assertStatus(204);
        WebLogin.internalLogin(attacker.email(), attacker.password()).assertStatus(204);
    }

    @Test
    void expiredAndForgedTokensAreReportedNotAccepted() {
        WebLogin.Session person = WebLogin.newPerson();
        long now = Jwts.now();
        String expired = Jwts.selene(StandIns.JWT_RESET_SECRET, person.accountId(), now - 7200, now - 3600);
        JsonObject e = Http.post("/sso/api/validate-token", "{\"token\":\"" + expired + "\"}").assertStatus(200).object();
        assertTrue(e.getBoolean("tokenExpired"));
        assertFalse(e.getBoolean("tokenInvalid"));
        assertTrue(e.isNull("accountId"));
        // signed with the access secret instead of the reset secret
        String forged = Jwts.selene(StandIns.JWT_ACCESS_SECRET, person.accountId(), now, now + 3600);
        JsonObject f = Http.post("/sso/api/validate-token", "{\"token\":\"" + forged + "\"}").assertStatus(200).object();
        assertTrue(f.getBoolean("tokenInvalid"));
        JsonObject g = Http.post("/sso/api/validate-token", "{\"token\":\"not a jwt\"}").assertStatus(200).object();
        assertTrue(g.getBoolean("tokenInvalid"));
        Http.put("/sso/api/password-change", "{\"token\":\"" + expired + "\",\"password\":\"" + WebLogin.b64("x") + "\"}").assertJsonError(401);
        Http.put("/sso/api/password-change", "{\"token\":\"" + forged + "\",\"password\":\"" + WebLogin.b64("x") + "\"}").assertJsonError(401);
        WebLogin.internalLogin(person.email(), person.password()).assertStatus(204);
    }

    @Test
    void aSeleneIssuedResetTokenStillWorks() {
        // tokens from an adopted Selene installation carry no session version
        WebLogin.Session person = WebLogin.newPerson();
        long now = Jwts.now();
        String selene = Jwts.selene(StandIns.JWT_RESET_SECRET, person.accountId(), now, now + 3600);
        Http.put("/sso/api/password-change", "{\"token\":\"" + selene + "\",\"password\":\"" + WebLogin.b64("from-selene") + "\"}").assertStatus(204);
        WebLogin.internalLogin(person.email(), "from-selene").assertStatus(204);
    }

    @Test
    void resetForAnUnknownAddressIs200AndMailsAccountNotFound() throws Exception {
        String email = WebLogin.uniqueEmail();
        requestReset(email).assertStatus(200);
        List<MimeMessage> messages = MailStandIn.messagesTo(email);
        assertEquals(1, messages.size());
        assertEquals("Password Reset Request", messages.get(0).getSubject());
        assertFalse(com.icegreen.greenmail.util.GreenMailUtil.getBody(messages.get(0)).contains("change-password"));
    }

    @Test
    void badInputIs400JsonNot500() {
        Http.post("/sso/api/password-reset", "{\"emailAddress\":\"not an address\"}").assertJsonError(400);
        Http.post("/sso/api/password-reset", "{}").assertJsonError(400);
        Http.post("/sso/api/password-reset", "nope").assertJsonError(400);
        Http.post("/sso/api/validate-token", "{}").assertJsonError(400);
        Http.post("/sso/api/validate-token", "{\"token\":5}").assertJsonError(400);
        Http.put("/sso/api/password-change", "{\"accountId\":\"not-a-uuid\",\"password\":\"eA==\"}").assertJsonError(400);
        Http.put("/sso/api/password-change", "{\"accountId\":\"" + UUID.randomUUID() + "\",\"password\":\"***\"}").assertJsonError(400);
        Http.put("/sso/api/password-change", "{\"accountId\":\"" + UUID.randomUUID() + "\"}").assertJsonError(400);
        Http.put("/sso/api/password-change", "{\"accountId\":\"" + UUID.randomUUID() + "\",\"password\":\"eA==\",\"role\":\"admin\"}").assertJsonError(400);
    }

    @Test
    void noEmailAddressesOrTokensInTheServerLog() throws Exception {
        WebLogin.Session person = WebLogin.newPerson();
        WebLogin.internalLogin(person.email(), "wrong").assertJsonError(401);
        requestReset(person.email()).assertStatus(200);
        String token = mailedToken(person.email());
        Http.put("/sso/api/password-change", "{\"token\":\"" + token + "\",\"password\":\"" + WebLogin.b64("n") + "\"}").assertStatus(204);
        String log = java.nio.file.Files.readString(SeleneServerExtension.server().serverLog());
        assertFalse(log.contains(person.email()), "an e-mail address in server.log");
        assertFalse(log.contains(token), "a reset token in server.log");
        assertFalse(log.contains(person.refreshToken()), "a session token in server.log");
    }
}
