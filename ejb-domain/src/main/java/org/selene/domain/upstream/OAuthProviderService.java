package org.selene.domain.upstream;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import org.selene.domain.limit.Limit;
import org.selene.domain.limit.RateLimiter;
import org.selene.domain.shared.DomainException;
import org.selene.domain.skill.OAuthAppService;
import org.selene.domain.skill.OAuthAuthorizations;
import org.selene.domain.skill.ProviderTokens;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The OAuth providers of apps added here (admin API or a household device), spoken to directly as
 * the personal backend does, without Selene's OAuth service: a device's authorization request, the
 * provider's redirect whose code becomes the account's token, and the refresh of a stored token
 * that is due when a device asks for it. No database transaction is held while a provider works.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OAuthProviderService {

    static final String SERVICE = "OAuth provider";

    @Inject
    UpstreamHttp http;

    @Inject
    OAuthAppService apps;

    @Inject
    OAuthAuthorizations authorizations;

    @Inject
    RateLimiter limiter;

    /** The URL a person opens to let the provider authorize the device's account; it comes back to callbackBase + tokenId. */
    public String authorizationUrl(UUID deviceId, String tokenId, Optional<OAuthAppService.App> offered, String callbackBase) {
        String redirectUri = callbackBase + SkillOAuthService.segment(tokenId, "token_id");
        OAuthAuthorizations.Started started = authorizations.start(deviceId, tokenId, offered, redirectUri);
        return ProviderTokens.authorizationUrl(started.app(), redirectUri, started.state());
    }

    /**
     * The provider's redirect (§4.1.2): its code is exchanged for the token of the account that
     * started the authorization. 400 for an unknown, used or expired state and for the provider's own
     * error answer (the state is used up either way); 429 beyond the redirects a client address may make.
     */
    public void authorize(String tokenId, String state, String code, String error, String clientAddress) {
        limiter.hit(Limit.OAUTH_CALLBACKS_PER_ADDRESS, clientAddress);
        if (state == null || state.isBlank()) {
            throw DomainException.badRequest("state: the provider's redirect carries none");
        }
        OAuthAuthorizations.Pending pending = authorizations.take(SkillOAuthService.segment(tokenId, "token_id"), state)
                .orElseThrow(() -> DomainException.badRequest("state: no authorization started for this app with it, or it expired"));
        if (error != null) {
            throw DomainException.badRequest("the OAuth provider did not authorize: " + error);
        }
        if (code == null || code.isBlank()) {
            throw DomainException.badRequest("code: the provider's redirect carries none");
        }
        Map<String, String> grant = new LinkedHashMap<>();
        grant.put("grant_type", "authorization_code");
        grant.put("code", code);
        grant.put("redirect_uri", pending.redirectUri());
        JsonObject token = requestToken(pending.app(), pending.app().tokenEndpoint(), grant);
        apps.saveToken(pending.account(), tokenId, ProviderTokens.stamped(token, null, Instant.now()));
    }

    /**
     * What a device gets for an app added here (empty for any other: Selene's OAuth service
     * answers those): its account's token, refreshed first when that is due and asked for.
     */
    public Optional<JsonObject> deviceToken(UUID deviceId, String tokenId, boolean refresh) {
        Optional<OAuthAppService.DeviceToken> stored = apps.deviceToken(deviceId, tokenId);
        if (stored.isEmpty() || !refresh || !ProviderTokens.due(stored.get().data(), stored.get().storedAt(), Instant.now())) {
            return stored.map(OAuthAppService.DeviceToken::data);
        }
        OAuthAppService.DeviceToken due = stored.get();
        OAuthAppService.App app = due.app();
        Map<String, String> grant = new LinkedHashMap<>();
        grant.put("grant_type", "refresh_token");
        grant.put("refresh_token", due.data().getString("refresh_token"));
        try {
            JsonObject refreshed = ProviderTokens.stamped(requestToken(app, app.refreshEndpoint() == null ? app.tokenEndpoint() : app.refreshEndpoint(), grant),
                    due.data(), Instant.now());
            apps.saveToken(due.account(), tokenId, refreshed);
            return Optional.of(refreshed);
        } catch (RuntimeException refusedOrFailed) {
            // another device of the account may have refreshed it meanwhile (a provider that rotates
            // refresh tokens refuses the old one): its token is the answer then
            Optional<OAuthAppService.DeviceToken> now = apps.deviceToken(deviceId, tokenId);
            if (now.isPresent() && !now.get().data().equals(due.data())) {
                return Optional.of(now.get().data());
            }
            throw refusedOrFailed;
        }
    }

    /** A token request (§4.1.3, §6) with HTTP Basic client authentication, and the client_id in the body as well. */
    private JsonObject requestToken(OAuthAppService.App app, String endpoint, Map<String, String> grant) {
        grant.put("client_id", app.clientId());
        URI uri;
        try {
            uri = URI.create(endpoint.trim());
        } catch (IllegalArgumentException e) {
            throw new DomainException(502, SERVICE + ": the app's token endpoint is not a valid URL");
        }
        UpstreamReply reply = http.exchange(SERVICE, HttpRequest.newBuilder(uri)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .header("Authorization", ProviderTokens.basicAuthorization(app))
                .POST(HttpRequest.BodyPublishers.ofString(ProviderTokens.form(grant))));
        return ProviderTokens.parse(reply.text())
                .orElseThrow(() -> new DomainException(502, SERVICE + " answered no access token (upstream status " + reply.status() + ")"));
    }
}
