package org.selene.it;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The account API's profile routes (docs/web-apis.md §3.1–3.3, §3.9). */
@SeleneIT
class AccountProfileIT {

    @BeforeAll
    static void smtp() {
        Mailbox.start();
    }

    static String b64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    static String query(String text) {
        return java.net.URLEncoder.encode(b64(text), StandardCharsets.UTF_8);
    }

    static Map<String, Object> todaysActivity() {
        List<Map<String, Object>> rows = Db.query("SELECT * FROM metric.account_activity WHERE activity_dt = (now() AT TIME ZONE 'UTC')::date");
        return rows.isEmpty() ? Map.of() : rows.get(0);
    }

    static int counter(Map<String, Object> row, String column) {
        return row.isEmpty() ? 0 : ((Number) row.get(column)).intValue();
    }

    @Test
    void profileHasSelenesShapeWithAgreementsAndNoMembership() {
        AccountSession.SignedIn me = AccountSession.signUp();
        JsonObject profile = Http.get("/account/api/account", me.headers()).assertStatus(200).object();
        assertEquals(List.of("agreements", "emailAddress", "federatedLogin", "id", "lastActivity", "membership", "username"), List.copyOf(profile.keySet()));
        assertEquals(me.email(), profile.getString("emailAddress"));
        assertEquals(me.accountId().toString(), profile.getString("id"));
        assertTrue(profile.getBoolean("federatedLogin"), "no password stored");
        assertEquals(JsonValue.NULL, profile.get("membership"));
        assertEquals(JsonValue.NULL, profile.get("lastActivity"));
        JsonArray agreements = profile.getJsonArray("agreements");
        assertEquals(2, agreements.size());
        String today = LocalDate.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("MMMM dd, yyyy", Locale.US));
        for (JsonValue a : agreements) {
            assertEquals(today, a.asJsonObject().getString("acceptDate"));
            assertTrue(List.of("Privacy Policy", "Terms of Use").contains(a.asJsonObject().getString("type")));
            assertFalse(a.asJsonObject().getString("id").isEmpty());
        }
    }

    @Test
    void anActiveMembershipIsShownWithSelenesKeys() {
        AccountSession.SignedIn me = AccountSession.signUp();
        Db.update("""
                INSERT INTO account.account_membership (account_id, membership_id, membership_ts_range, payment_method, payment_account_id, payment_id)
                SELECT ?, id, tsrange((now() AT TIME ZONE 'UTC')::timestamp, NULL), 'Stripe', 'cus_test', 'sub_test' FROM account.membership
                WHERE type = 'Monthly Membership'""", me.accountId());
        JsonObject membership = Http.get("/account/api/account", me.headers()).assertStatus(200).object().getJsonObject("membership");
        assertEquals(List.of("duration", "endDate", "id", "paymentAccountId", "paymentId", "paymentMethod", "type"), List.copyOf(membership.keySet()));
        assertEquals("Monthly Membership", membership.getString("type"));
        assertEquals(JsonValue.NULL, membership.get("duration"));
        assertEquals("cus_test", membership.getString("paymentAccountId"));
        assertEquals("Stripe", membership.getString("paymentMethod"));
        assertEquals(Db.scalar("SELECT id FROM account.account_membership WHERE account_id = ?", me.accountId()).toString(), membership.getString("id"));
    }

    @Test
    void validAccessTokenAnswersWithoutSetCookie() {
        AccountSession.SignedIn me = AccountSession.signUp();
        Http.Reply reply = Http.get("/account/api/account", me.headers()).assertStatus(200);
        assertTrue(reply.headerValues("Set-Cookie").isEmpty(), reply.headers().toString());
    }

    @Test
    void expiredOrMissingAccessTokenWithValidRefreshRenewsBothCookies() {
        AccountSession.SignedIn me = AccountSession.signUp();
        String refresh = AccountSession.refresh(me.accountId(), AccountSession.REFRESH);
        for (String cookie : List.of("seleneRefresh=" + refresh,
                AccountSession.cookies(AccountSession.access(me.accountId(), Duration.ofSeconds(-60)), refresh))) {
            Http.Reply reply = Http.get("/account/api/account", "Cookie", cookie).assertStatus(200);
            List<String> set = reply.headerValues("Set-Cookie");
            assertEquals(2, set.size(), set.toString());
            assertTrue(set.stream().anyMatch(c -> c.startsWith("seleneAccess=")) && set.stream().anyMatch(c -> c.startsWith("seleneRefresh=")), set.toString());
            assertTrue(set.stream().allMatch(c -> c.contains("Max-Age=") && c.contains("Path=/")), set.toString());
        }
    }

    @Test
    void everyAuthenticatedRouteAnswers401JsonWithoutOrWithExpiredCookies() {
        AccountSession.SignedIn me = AccountSession.signUp();
        String expired = AccountSession.cookies(AccountSession.access(me.accountId(), Duration.ofSeconds(-60)),
                AccountSession.refresh(me.accountId(), Duration.ofSeconds(-60)));
        String device = UUID.randomUUID().toString();
        List<String[]> routes = List.of(
                new String[]{"GET", "/account/api/account"}, new String[]{"PATCH", "/account/api/account"}, new String[]{"DELETE", "/account/api/account"},
                new String[]{"GET", "/account/api/defaults"}, new String[]{"POST", "/account/api/defaults"}, new String[]{"PATCH", "/account/api/defaults"},
                new String[]{"GET", "/account/api/devices"}, new String[]{"POST", "/account/api/devices"},
                new String[]{"GET", "/account/api/devices/" + device}, new String[]{"PATCH", "/account/api/devices/" + device},
                new String[]{"DELETE", "/account/api/devices/" + device}, new String[]{"GET", "/account/api/device-count"},
                new String[]{"PUT", "/account/api/change-email"}, new String[]{"PUT", "/account/api/change-password"},
                new String[]{"GET", "/account/api/geographies"}, new String[]{"GET", "/account/api/pairing-code/ABCDEF"},
                new String[]{"GET", "/account/api/preferences"}, new String[]{"POST", "/account/api/preferences"}, new String[]{"PATCH", "/account/api/preferences"},
                new String[]{"GET", "/account/api/skills"}, new String[]{"GET", "/account/api/skills/x/settings"}, new String[]{"PUT", "/account/api/skills/x/settings"},
                new String[]{"PUT", "/account/api/verify-email"}, new String[]{"GET", "/account/api/wake-words"});
        for (String[] route : routes) {
            String body = route[0].equals("GET") || route[0].equals("DELETE") ? null : "{}";
            Http.Reply anonymous = Http.send(route[0], route[1], body, "Content-Type", "application/json");
            anonymous.assertJsonError(401);
            assertEquals("no authentication tokens found", anonymous.object().getString("error"), route[1]);
            Http.Reply stale = Http.send(route[0], route[1], body, "Content-Type", "application/json", "Cookie", expired);
            stale.assertJsonError(401);
            assertEquals("authentication tokens expired", stale.object().getString("error"), route[1]);
        }
        assertEquals(1, Db.count("SELECT count(*) FROM account.account WHERE id = ?", me.accountId()));
    }

    @Test
    void newAccountPagePatchesUsernameWithEmptyOrNullMembershipWithoutAPaymentProvider() {
        AccountSession.SignedIn me = AccountSession.signUp();
        String name = "new-" + me.accountId();
        // what the page sends for the free tier
        Http.patch("/account/api/account", "{\"username\":\"" + name + "\",\"membership\":{\"action\":null,\"membershipType\":null,"
                + "\"paymentMethod\":null,\"paymentToken\":null}}", me.headers()).assertStatus(204);
        assertEquals(name, Db.scalar("SELECT username FROM account.account WHERE id = ?", me.accountId()));
        Http.patch("/account/api/account", "{\"username\":\"" + name + "1\",\"membership\":null}", me.headers()).assertStatus(204);
        assertEquals(name + "1", Db.scalar("SELECT username FROM account.account WHERE id = ?", me.accountId()));
        Http.patch("/account/api/account", "{\"username\":\"" + name + "2\"}", me.headers()).assertStatus(204);
        assertEquals(name + "2", Http.get("/account/api/account", me.headers()).object().getString("username"));
    }

    @Test
    void membershipSubscriptionIs503AndChangesNothing_unknownKeyChangesNothing_SelenePartialUpdateFixed() {
        AccountSession.SignedIn me = AccountSession.signUp();
        Object before = Db.scalar("SELECT username FROM account.account WHERE id = ?", me.accountId());
        Http.patch("/account/api/account", "{\"username\":\"x-" + me.accountId() + "\",\"membership\":{\"action\":\"add\",\"membershipType\":\"Monthly Membership\","
                + "\"paymentMethod\":\"Stripe\",\"paymentToken\":\"tok_visa\"}}", me.headers()).assertJsonError(503);
        Http.Reply unknown = Http.patch("/account/api/account", "{\"username\":\"y-" + me.accountId() + "\",\"nickname\":\"z\"}", me.headers()).assertJsonError(400);
        assertEquals("update of nickname not supported", unknown.object().getString("error"));
        assertEquals(before, Db.scalar("SELECT username FROM account.account WHERE id = ?", me.accountId()));
        assertEquals(0, Db.count("SELECT count(*) FROM account.account_membership WHERE account_id = ?", me.accountId()));
    }

    @Test
    void usernameOfAnotherAccountIs409() {
        AccountSession.SignedIn me = AccountSession.signUp();
        AccountSession.SignedIn other = AccountSession.signUp();
        Http.patch("/account/api/account", "{\"username\":\"user-" + other.accountId() + "\"}", me.headers()).assertJsonError(409);
        assertEquals("user-" + me.accountId(), Db.scalar("SELECT username FROM account.account WHERE id = ?", me.accountId()));
    }

    @Test
    void openDatasetOptInAndOutCountsAndExpiresTheDevicesSettingEtag() {
        AccountSession.SignedIn me = AccountSession.signUp();
        DeviceFixture.Paired device = DeviceFixture.pair(me.accountId());
        Http.Reply first = Http.get(device.path("/setting"), "Authorization", device.bearer()).assertStatus(200);
        assertFalse(first.object().getBoolean("optIn"));
        String etag = first.header("ETag").orElseThrow();

        Map<String, Object> before = todaysActivity();
        Http.patch("/account/api/account", "{\"openDataset\":true}", me.headers()).assertStatus(204);
        Map<String, Object> after = todaysActivity();
        assertEquals(counter(before, "open_dataset_added") + 1, counter(after, "open_dataset_added"));
        assertEquals(1, Db.count("SELECT count(*) FROM account.account_agreement aa JOIN account.agreement ag ON ag.id = aa.agreement_id "
                + "WHERE aa.account_id = ? AND ag.agreement = 'Open Dataset'", me.accountId()));
        Http.Reply changed = Http.get(device.path("/setting"), "Authorization", device.bearer(), "If-None-Match", etag).assertStatus(200);
        assertTrue(changed.object().getBoolean("optIn"));
        assertNotEquals(etag, changed.header("ETag").orElseThrow());

        // opting in twice does not count twice
        Http.patch("/account/api/account", "{\"openDataset\":true}", me.headers()).assertStatus(204);
        assertEquals(counter(after, "open_dataset_added"), counter(todaysActivity(), "open_dataset_added"));

        Map<String, Object> beforeOut = todaysActivity();
        Http.patch("/account/api/account", "{\"openDataset\":false}", me.headers()).assertStatus(204);
        Map<String, Object> afterOut = todaysActivity();
        assertEquals(counter(beforeOut, "open_dataset_deleted") + 1, counter(afterOut, "open_dataset_deleted"));
        assertEquals(counter(beforeOut, "open_dataset") - 1, counter(afterOut, "open_dataset"));
        assertEquals(0, Db.count("SELECT count(*) FROM account.account_agreement aa JOIN account.agreement ag ON ag.id = aa.agreement_id "
                + "WHERE aa.account_id = ? AND ag.agreement = 'Open Dataset'", me.accountId()));
    }

    @Test
    void deletingTheAccountRemovesEverythingAndMarksItsWakeWordFiles() {
        AccountSession.SignedIn me = AccountSession.signUp();
        DeviceFixture.Paired device = DeviceFixture.pair(me.accountId());
        Http.post("/account/api/preferences", "{\"dateFormat\":\"DD/MM/YYYY\",\"measurementSystem\":\"Metric\",\"timeFormat\":\"24 Hour\"}", me.headers()).assertStatus(204);
        Http.post("/account/api/defaults", "{\"wakeWord\":\"Hey Mycroft\",\"voice\":\"American Male\"}", me.headers()).assertStatus(204);
        Http.patch("/account/api/account", "{\"openDataset\":true}", me.headers()).assertStatus(204);
        UUID location = (UUID) Db.scalar("INSERT INTO tagging.file_location (server, directory) VALUES ('127.0.0.1', ?) RETURNING id", "/tmp/" + me.accountId());
        Db.scalar("INSERT INTO tagging.wake_word_file (name, wake_word_id, origin, submission_date, file_location_id, account_id) "
                + "SELECT ?, id, 'mycroft', current_date, ?, ? FROM wake_word.wake_word WHERE name = 'hey mycroft' LIMIT 1 RETURNING id",
                me.accountId() + ".wav", location, me.accountId());
        Db.update("INSERT INTO metric.core_interaction (device_id, core_id, start_ts) VALUES (?, 'core-1', now())", device.deviceId());
        int deletedBefore = counter(todaysActivity(), "accounts_deleted");

        Http.delete("/account/api/account", me.headers()).assertStatus(204);

        assertEquals(0, Db.count("SELECT count(*) FROM account.account WHERE id = ?", me.accountId()));
        assertEquals(0, Db.count("SELECT count(*) FROM device.device WHERE account_id = ?", me.accountId()));
        assertEquals(0, Db.count("SELECT count(*) FROM device.account_preferences WHERE account_id = ?", me.accountId()));
        assertEquals(0, Db.count("SELECT count(*) FROM device.account_defaults WHERE account_id = ?", me.accountId()));
        assertEquals(0, Db.count("SELECT count(*) FROM device.geography WHERE account_id = ?", me.accountId()));
        assertEquals(0, Db.count("SELECT count(*) FROM account.account_agreement WHERE account_id = ?", me.accountId()));
        assertEquals(0, Db.count("SELECT count(*) FROM metric.core_interaction WHERE device_id = ?", device.deviceId()));
        assertEquals("pending delete", Db.scalar("SELECT status::text FROM tagging.wake_word_file WHERE account_id = ?", me.accountId()));
        assertEquals(deletedBefore + 1, counter(todaysActivity(), "accounts_deleted"));
        // the device's tokens and the person's cookies stop working at once
        Http.get(device.path(""), "Authorization", device.bearer()).assertJsonError(401);
        Http.get("/account/api/account", me.headers()).assertJsonError(401);
    }

    @Test
    void changingThePasswordStoresAnAdaptiveHashMailsANoticeAndRenewsOnlyThisSession() throws Exception {
        AccountSession.SignedIn me = AccountSession.signUp();
        Http.Reply reply = Http.put("/account/api/change-password", "{\"password\":\"" + b64("barfoo") + "\"}", me.headers()).assertStatus(204);
        String stored = (String) Db.scalar("SELECT password FROM account.account WHERE id = ?", me.accountId());
        String[] parts = stored.split(":");
        assertEquals("PBKDF2WithHmacSHA512", parts[0]);
        assertTrue(Integer.parseInt(parts[1]) >= 100_000, stored);
        byte[] expected = Base64.getDecoder().decode(parts[3]);
        byte[] derived = SecretKeyFactory.getInstance(parts[0]).generateSecret(new PBEKeySpec("barfoo".toCharArray(),
                Base64.getDecoder().decode(parts[2]), Integer.parseInt(parts[1]), expected.length * 8)).getEncoded();
        assertArrayEquals(expected, derived);

        Mailbox.Mail notice = Mailbox.await(me.email(), "Password Changed");
        assertFalse(notice.text().contains("barfoo"));
        // earlier cookies are revoked, the ones just issued work
        Http.get("/account/api/account", me.headers()).assertJsonError(401);
        List<String> cookies = reply.headerValues("Set-Cookie");
        assertEquals(2, cookies.size(), cookies.toString());
        String header = String.join("; ", cookies.stream().map(c -> c.substring(0, c.indexOf(';'))).toList());
        Http.get("/account/api/account", "Cookie", header).assertStatus(200);
    }

    /** The account app sends btoa() of Latin-1 text; the sso app's login header must read it alike. */
    @Test
    void aNonAsciiPasswordSetByTheAccountAppLogsInThroughTheSsoApp() {
        AccountSession.SignedIn me = AccountSession.signUp();
        // btoa("pä") in a browser is "cOQ=" (the Latin-1 bytes 70 E4)
        Http.put("/account/api/change-password", "{\"password\":\"cOQ=\"}", me.headers()).assertStatus(204);
        String browserHeader = Base64.getEncoder().encodeToString((me.email() + ":||:pä").getBytes(StandardCharsets.ISO_8859_1));
        Http.get("/sso/api/internal-login", "Authorization", "Basic " + browserHeader, "X-Forwarded-For", Http.newClientAddress()).assertStatus(204);
        // a client that encodes UTF-8 reaches the same password
        Http.get("/sso/api/internal-login", "Authorization", "Basic " + b64(me.email() + ":||:pä"), "X-Forwarded-For", Http.newClientAddress()).assertStatus(204);
        Http.get("/sso/api/internal-login", "Authorization", "Basic " + b64(me.email() + ":||:pa"), "X-Forwarded-For", Http.newClientAddress()).assertJsonError(401);
    }

    @Test
    void changeEmailMailsBothAddressesAndTheLinksTokenVerifiesTheNewOne() throws Exception {
        AccountSession.SignedIn me = AccountSession.signUp();
        String newAddress = "new-" + me.accountId() + "@example.net";
        Http.put("/account/api/change-email", "{\"token\":\"" + b64(newAddress) + "\"}", me.headers()).assertStatus(204);
        assertEquals(me.email(), Db.scalar("SELECT email_address FROM account.account WHERE id = ?", me.accountId()), "nothing changes before verification");
        Mailbox.await(me.email(), "Email Address Changed");
        Mailbox.Mail verification = Mailbox.await(newAddress, "Email Change Verification");
        Matcher link = Pattern.compile("/verify-email\\?token=([0-9a-f]+)").matcher(verification.text());
        assertTrue(link.find(), verification.text());

        // Selene's token was base64(address): anyone could claim any address without the mail
        Http.put("/account/api/verify-email", "{\"token\":\"" + b64(newAddress) + "\"}", me.headers()).assertJsonError(400);
        // another account cannot use the link
        Http.put("/account/api/verify-email", "{\"token\":\"" + link.group(1) + "\"}", AccountSession.signUp().headers()).assertJsonError(400);
        assertEquals(me.email(), Db.scalar("SELECT email_address FROM account.account WHERE id = ?", me.accountId()));

        Http.put("/account/api/verify-email", "{\"token\":\"" + link.group(1) + "\"}", me.headers()).assertStatus(204);
        assertEquals(newAddress, Db.scalar("SELECT email_address FROM account.account WHERE id = ?", me.accountId()));
        // the link works once
        Http.put("/account/api/verify-email", "{\"token\":\"" + link.group(1) + "\"}", me.headers()).assertJsonError(400);
    }

    @Test
    void changeEmailToAnAddressInUseIs409AndMailsNothing() {
        AccountSession.SignedIn me = AccountSession.signUp();
        AccountSession.SignedIn other = AccountSession.signUp();
        Http.put("/account/api/change-email", "{\"token\":\"" + b64(other.email()) + "\"}", me.headers()).assertJsonError(409);
        Http.put("/account/api/change-email", "{\"token\":\"" + b64("not an address") + "\"}", me.headers()).assertJsonError(400);
        assertTrue(Mailbox.to(me.email()).isEmpty());
    }

    @Test
    void validateEmailAlwaysAnswers200ForAWellFormedAddress() {
        AccountSession.SignedIn me = AccountSession.signUp();
        JsonObject taken = Http.get("/account/api/validate-email?platform=Internal&token=" + query(me.email())).assertStatus(200).object();
        assertTrue(taken.getBoolean("accountExists"));
        assertFalse(taken.getBoolean("noFederatedEmail"));
        // an address at a domain that does not exist: no DNS look-up, still 200
        JsonObject free = Http.get("/account/api/validate-email?platform=Internal&token=" + query("someone@no-such-domain.invalid")).assertStatus(200).object();
        assertFalse(free.getBoolean("accountExists"));
        assertFalse(Http.get("/account/api/validate-email?platform=Internal&token=").assertStatus(200).object().getBoolean("accountExists"));
        Http.get("/account/api/validate-email?platform=Internal&token=" + query("no-at-sign")).assertJsonError(400);
        Http.get("/account/api/validate-email?platform=Internal&token=%25%25%25").assertJsonError(400);
        Http.get("/account/api/validate-email?platform=Internal").assertJsonError(400);
    }
}
