package org.selene.domain.skill;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.selene.domain.shared.JsonText;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import static org.selene.domain.shared.JsonText.JSON;

/**
 * The rules of RFC 6749 this server applies to a skill's OAuth app and the tokens its provider
 * answers: the authorization request a person opens, the client authentication of a token request,
 * when a stored token is due for a refresh, and what is kept of a refreshed one.
 */
public final class ProviderTokens {

    /** A token this close to its end is refreshed already: the skill still has to use it. */
    static final Duration MARGIN = Duration.ofSeconds(60);

    private ProviderTokens() {
    }

    /** The provider's authorization request (§4.1.1) for this app, coming back to redirectUri with state. */
    public static String authorizationUrl(OAuthAppService.App app, String redirectUri, String state) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("response_type", "code");
        query.put("client_id", app.clientId());
        query.put("redirect_uri", redirectUri);
        if (!app.scope().isBlank()) {
            query.put("scope", app.scope());
        }
        query.put("state", state);
        String endpoint = app.authEndpoint();
        return endpoint + (endpoint.contains("?") ? "&" : "?") + form(query);
    }

    /** application/x-www-form-urlencoded, in the map's order. */
    public static String form(Map<String, String> fields) {
        StringBuilder form = new StringBuilder();
        fields.forEach((name, value) -> form.append(form.isEmpty() ? "" : "&").append(encode(name)).append('=').append(encode(value)));
        return form.toString();
    }

    /** HTTP Basic client authentication (§2.3.1): id and secret form-encoded first. */
    public static String basicAuthorization(OAuthAppService.App app) {
        String credentials = encode(app.clientId()) + ":" + encode(app.clientSecret());
        return "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
    }

    /** A successful token answer (§5.1): a JSON object with an access_token; empty for anything else. */
    public static Optional<JsonObject> parse(String body) {
        try {
            JsonValue value = JsonText.parse(body);
            if (value instanceof JsonObject token && token.get("access_token") instanceof JsonString) {
                return Optional.of(token);
            }
        } catch (RuntimeException e) {
            // not JSON: not a token answer
        }
        return Optional.empty();
    }

    /**
     * Whether the token should be refreshed before a skill gets it: it can be (it has a
     * refresh_token) and it ends within {@link #MARGIN}, by its expires_at (seconds since the epoch,
     * as requests-oauthlib and this server write it) or else by expires_in counted from when it was stored.
     */
    public static boolean due(JsonObject token, Instant storedAt, Instant now) {
        if (!(token.get("refresh_token") instanceof JsonString)) {
            return false;
        }
        Optional<Instant> end = number(token, "expires_at").map(ProviderTokens::epochSeconds)
                .or(() -> number(token, "expires_in").map(seconds -> storedAt.plusMillis((long) (seconds * 1000))));
        return end.map(e -> !now.plus(MARGIN).isBefore(e)).orElse(false);
    }

    /**
     * What is stored of a provider's answer: the answer with expires_at (from its expires_in), and
     * the previous refresh_token when a refresh answer brings none (§6: the provider may keep it).
     */
    public static JsonObject stamped(JsonObject answer, JsonObject previous, Instant now) {
        JsonObjectBuilder token = JSON.createObjectBuilder(answer);
        number(answer, "expires_in").ifPresent(seconds -> token.add("expires_at", now.getEpochSecond() + Math.round(seconds)));
        if (!answer.containsKey("refresh_token") && previous != null && previous.get("refresh_token") instanceof JsonString kept) {
            token.add("refresh_token", kept);
        }
        return token.build();
    }

    private static Optional<Double> number(JsonObject token, String name) {
        return token.get(name) instanceof JsonNumber n ? Optional.of(n.doubleValue()) : Optional.empty();
    }

    private static Instant epochSeconds(double seconds) {
        return seconds >= Instant.MAX.getEpochSecond() ? Instant.MAX : Instant.ofEpochMilli((long) (seconds * 1000));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
