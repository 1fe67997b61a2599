package org.selene.domain.upstream;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.selene.domain.device.DeviceService;
import org.selene.domain.shared.DomainException;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Selene's skill OAuth proxy (docs/device-api.md §6.20, §6.21): the OAuth credentials and tokens of
 * skills live in an external OAuth service (OAUTH_BASE_URL); a device asks it for a token of its
 * owner, and the OAuth provider's redirect is handed to it. No database transaction is held while
 * the upstream works. Apps added here (admin API, household devices) are answered by OAuthProviderService instead.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SkillOAuthService {

    static final String SERVICE = "skill OAuth";
    /** One path segment each: nothing that could leave {OAUTH_BASE_URL}/auth. */
    private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9_.~-]{1,200}");

    /** mycroft-core's and ovos-backend-client's token request: GET /device/{uuid}/token/{credentials}. */
    private static final String LOCAL_PATH = "token";

    @Inject
    UpstreamHttp http;

    @Inject
    OAuthProviderService providers;

    @Inject
    DeviceService devices;

    @Inject
    @ConfigProperty(name = "OAUTH_BASE_URL")
    Optional<String> baseUrl;

    /**
     * The token of an app added here (OAuthProviderService; refreshed first unless refresh is false)
     * when the device asks for /token/{credentials} of one; otherwise GET {OAUTH_BASE_URL}/auth/{credentials}/{oauthPath}?uuid=<the
     * device's account> (Selene swaps the two).
     */
    public UpstreamReply token(UUID deviceId, String oauthPath, String credentials, boolean refresh) {
        String path = "auth/" + segment(credentials, "credentials") + "/" + segment(oauthPath, "oauth path");
        if (LOCAL_PATH.equals(oauthPath)) {
            Optional<JsonObject> local = providers.deviceToken(deviceId, credentials, refresh);
            if (local.isPresent()) {
                return new UpstreamReply(200, "application/json", local.get().toString().getBytes(StandardCharsets.UTF_8));
            }
        }
        String base = Upstream.required(baseUrl, "OAUTH_BASE_URL", SERVICE);
        UUID account = devices.accountOf(deviceId).orElseThrow(() -> DomainException.notFound("no such device"));
        return http.exchange(SERVICE, HttpRequest.newBuilder(Upstream.uri(base, path, List.of(Map.entry("uuid", account.toString())))).GET());
    }

    /** The OAuth provider's redirect, every query parameter forwarded to {OAUTH_BASE_URL}/auth/callback. */
    public UpstreamReply callback(List<Map.Entry<String, String>> query) {
        String base = Upstream.required(baseUrl, "OAUTH_BASE_URL", SERVICE);
        return http.exchange(SERVICE, HttpRequest.newBuilder(Upstream.uri(base, "auth/callback", query)).GET());
    }

    /** A path segment that stays one: an app's token_id as a device names it in a path, or the OAuth service's credentials. */
    static String segment(String value, String name) {
        if (value == null || !SEGMENT.matcher(value).matches() || value.equals(".") || value.equals("..")) {
            throw DomainException.badRequest(name + ": not a valid path segment");
        }
        return value;
    }
}
