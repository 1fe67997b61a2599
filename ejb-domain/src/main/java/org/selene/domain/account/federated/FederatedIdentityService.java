package org.selene.domain.account.federated;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.rest.client.RestClientBuilder;
import org.selene.domain.shared.DomainException;

import java.net.URI;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * Who a provider token belongs to: the verified e-mail address GitHub, Google or Facebook report
 * for it. A token the provider rejects has no e-mail; an unreachable provider is a 502.
 */
@Stateless
public class FederatedIdentityService {

    private static final Logger LOG = Logger.getLogger(FederatedIdentityService.class.getName());

    @Inject
    @ConfigProperty(name = "GITHUB_OAUTH_URL", defaultValue = "https://github.com")
    String gitHubOAuthUrl;

    @Inject
    @ConfigProperty(name = "GITHUB_API_URL", defaultValue = "https://api.github.com")
    String gitHubApiUrl;

    @Inject
    @ConfigProperty(name = "GOOGLE_OAUTH_URL", defaultValue = "https://oauth2.googleapis.com")
    String googleOAuthUrl;

    @Inject
    @ConfigProperty(name = "FACEBOOK_GRAPH_URL", defaultValue = "https://graph.facebook.com")
    String facebookGraphUrl;

    @Inject
    @ConfigProperty(name = "GITHUB_CLIENT_ID")
    Optional<String> gitHubClientId;

    @Inject
    @ConfigProperty(name = "GITHUB_CLIENT_SECRET")
    Optional<String> gitHubClientSecret;

    @Inject
    @ConfigProperty(name = "GOOGLE_CLIENT_ID")
    Optional<String> configuredGoogleClientId;

    private GitHubOAuth gitHubOAuth;
    private GitHubApi gitHubApi;
    private GoogleTokenInfo google;
    private FacebookGraph facebook;
    private Optional<String> googleClientId;

    @PostConstruct
    void connect() {
        gitHubOAuth = client(gitHubOAuthUrl, GitHubOAuth.class);
        gitHubApi = client(gitHubApiUrl, GitHubApi.class);
        google = client(googleOAuthUrl, GoogleTokenInfo.class);
        facebook = client(facebookGraphUrl, FacebookGraph.class);
        googleClientId = configuredGoogleClientId.filter(s -> !s.isBlank());
    }

    /**
     * Where a browser begins GitHub's login (the web pages' "Log in with GitHub"); GitHub sends it
     * back to the redirect address with a code and the state. Empty when GitHub login is not configured.
     */
    public Optional<String> gitHubAuthorizeUrl(String redirectUri, String state) {
        if (!gitHubConfigured()) {
            return Optional.empty();
        }
        java.util.function.UnaryOperator<String> enc = v -> java.net.URLEncoder.encode(v, java.nio.charset.StandardCharsets.UTF_8);
        return Optional.of(gitHubOAuthUrl.replaceAll("/+$", "") + "/login/oauth/authorize?client_id=" + enc.apply(gitHubClientId.get())
                + "&redirect_uri=" + enc.apply(redirectUri) + "&scope=user%3Aemail&state=" + enc.apply(state));
    }

    public boolean gitHubConfigured() {
        return gitHubClientId.isPresent() && gitHubClientSecret.isPresent();
    }

    /** GET /api/github-token: the OAuth code the sso app received, exchanged for an access token. */
    public Optional<String> gitHubAccessToken(String code, String state) {
        if (gitHubClientId.isEmpty() || gitHubClientSecret.isEmpty()) {
            throw new DomainException(503, "GitHub login is not configured: GITHUB_CLIENT_ID and GITHUB_CLIENT_SECRET are not set");
        }
        return call("GitHub", () -> string(gitHubOAuth.accessToken(gitHubClientId.get(), gitHubClientSecret.get(), code, state), "access_token"));
    }

    public Optional<String> emailOf(FederatedPlatform platform, String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        return switch (platform) {
            case GITHUB -> call("GitHub", () -> gitHubApi.emails("token " + token).stream()
                    .filter(v -> v.getValueType() == JsonValue.ValueType.OBJECT).map(JsonValue::asJsonObject)
                    .filter(e -> e.getBoolean("primary", false) && e.getBoolean("verified", false))
                    .map(e -> string(e, "email")).flatMap(Optional::stream).findFirst());
            case GOOGLE -> call("Google", () -> {
                JsonObject info = google.tokenInfo(token);
                // an ID token issued to another application must not sign anyone in here
                if (googleClientId.isPresent() && !googleClientId.equals(string(info, "aud"))) {
                    return Optional.empty();
                }
                boolean verified = string(info, "email_verified").map("true"::equals).orElseGet(() -> info.getBoolean("email_verified", false));
                return verified ? string(info, "email") : Optional.empty();
            });
            case FACEBOOK -> call("Facebook", () -> string(facebook.me("email", token), "email"));
        };
    }

    private static <T> Optional<T> call(String provider, Supplier<Optional<T>> request) {
        try {
            return request.get();
        } catch (WebApplicationException e) {
            if (e.getResponse() != null && e.getResponse().getStatus() >= 500) {
                throw new DomainException(502, provider + " failed to answer");
            }
            // the provider refused the token or code
            return Optional.empty();
        } catch (ProcessingException e) {
            LOG.warning(provider + " could not be reached: " + e.getClass().getSimpleName());
            throw new DomainException(502, provider + " could not be reached");
        } catch (RuntimeException e) {
            LOG.warning(provider + " answered something unexpected: " + e.getClass().getSimpleName());
            throw new DomainException(502, provider + " answered something unexpected");
        }
    }

    private static Optional<String> string(JsonObject json, String key) {
        JsonValue value = json == null ? null : json.get(key);
        return value instanceof JsonString s && !s.getString().isBlank() ? Optional.of(s.getString()) : Optional.empty();
    }

    private static <T> T client(String url, Class<T> api) {
        return RestClientBuilder.newBuilder().baseUri(URI.create(url))
                .connectTimeout(10, TimeUnit.SECONDS).readTimeout(15, TimeUnit.SECONDS)
                .build(api);
    }
}
