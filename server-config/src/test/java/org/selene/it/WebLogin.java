package org.selene.it;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Signs people up and in over HTTP, as the sso web app does, for any test that needs a logged-in
 * person: {@code WebLogin.Session s = WebLogin.newPerson(); Http.get("/account/api/...", "Cookie", s.cookieHeader())}.
 */
public final class WebLogin {

    /** A person's session: the two cookies' values. */
    public record Session(UUID accountId, String email, String password, String accessToken, String refreshToken) {
        public String cookieHeader() {
            return "seleneAccess=" + accessToken + "; seleneRefresh=" + refreshToken;
        }
    }

    /** One Set-Cookie header, its attribute names lower-cased. */
    public record SetCookie(String name, String value, Map<String, String> attributes) {
        public Optional<String> attribute(String name) {
            return Optional.ofNullable(attributes.get(name.toLowerCase(Locale.ROOT)));
        }

        public boolean has(String name) {
            return attributes.containsKey(name.toLowerCase(Locale.ROOT));
        }
    }

    private WebLogin() {
    }

    public static String b64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    public static String uniqueEmail() {
        return "it-" + UUID.randomUUID() + "@example.org";
    }

    public static String signUpBody(String email, String password) {
        return "{\"termsOfUse\":true,\"privacyPolicy\":true,\"login\":{\"federatedPlatform\":null,\"federatedToken\":null,"
                + "\"email\":\"" + b64(email) + "\",\"password\":\"" + b64(password) + "\"}}";
    }

    /** Signs up as a client address of its own, so that the suite's sign-ups never reach the limit per address. */
    public static UUID signUp(String email, String password) {
        Http.post("/sso/api/account", signUpBody(email, password), "X-Forwarded-For", Http.newClientAddress()).assertStatus(200);
        return (UUID) Db.scalar("SELECT id FROM account.account WHERE email_address = ?", email);
    }

    /**
     * GET /sso/api/internal-login. Each call poses as its own client address unless one is given,
     * so that failed logins of unrelated tests never add up to the limit per address.
     */
    public static Http.Reply internalLogin(String email, String password, String... headers) {
        boolean addressGiven = false;
        for (int i = 0; i < headers.length; i += 2) {
            addressGiven |= headers[i].equalsIgnoreCase("X-Forwarded-For");
        }
        List<String> all = new java.util.ArrayList<>(List.of("Authorization", "Basic " + b64(email + ":||:" + password)));
        all.addAll(List.of(headers));
        if (!addressGiven) {
            all.addAll(List.of("X-Forwarded-For", Http.newClientAddress()));
        }
        return Http.get("/sso/api/internal-login", all.toArray(String[]::new));
    }

    public static Session logIn(String email, String password) {
        Http.Reply reply = internalLogin(email, password).assertStatus(204);
        Map<String, SetCookie> cookies = cookies(reply);
        UUID account = (UUID) Db.scalar("SELECT id FROM account.account WHERE email_address = ?", email);
        return new Session(account, email, password, cookies.get("seleneAccess").value(), cookies.get("seleneRefresh").value());
    }

    /** A new account, signed up and logged in. */
    public static Session newPerson() {
        String email = uniqueEmail();
        String password = "pw-" + UUID.randomUUID();
        signUp(email, password);
        return logIn(email, password);
    }

    public static Map<String, SetCookie> cookies(Http.Reply reply) {
        Map<String, SetCookie> cookies = new LinkedHashMap<>();
        for (String header : reply.headerValues("Set-Cookie")) {
            SetCookie cookie = parse(header);
            cookies.put(cookie.name(), cookie);
        }
        return cookies;
    }

    static SetCookie parse(String header) {
        List<String> parts = List.of(header.split(";"));
        String[] pair = parts.get(0).split("=", 2);
        Map<String, String> attributes = new LinkedHashMap<>();
        for (String part : parts.subList(1, parts.size())) {
            String[] attribute = part.trim().split("=", 2);
            attributes.put(attribute[0].trim().toLowerCase(Locale.ROOT), attribute.length > 1 ? attribute[1].trim() : "");
        }
        return new SetCookie(pair[0].trim(), pair.length > 1 ? unquote(pair[1].trim()) : "", attributes);
    }

    private static String unquote(String value) {
        return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"") ? value.substring(1, value.length() - 1) : value;
    }
}
