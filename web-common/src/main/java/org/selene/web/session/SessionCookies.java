package org.selene.web.session;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.ext.RuntimeDelegate;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.selene.domain.account.SessionTokenKind;
import org.selene.domain.account.WebSession;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;

/**
 * The seleneAccess / seleneRefresh cookies. Path=/ and no Domain unless configured (Selene's fixed
 * .mycroft.ai made browsers drop them on any other host). Readable by scripts by default because
 * Selene's web apps look at document.cookie; SESSION_COOKIE_HTTP_ONLY=true hardens them. Secure
 * whenever the request came over HTTPS, directly or through a proxy that says so.
 */
@ApplicationScoped
public class SessionCookies {

    public static final String ACCESS = "seleneAccess";
    public static final String REFRESH = "seleneRefresh";
    /** The password-reset token, kept for PUT /api/password-change: the sso app sends only an account id. */
    public static final String PASSWORD_RESET = "seleneReset";

    @Inject
    @ConfigProperty(name = "SESSION_COOKIE_DOMAIN")
    Optional<String> domain;

    @Inject
    @ConfigProperty(name = "SESSION_COOKIE_HTTP_ONLY", defaultValue = "false")
    boolean httpOnly;

    @Inject
    HttpServletRequest request;

    public List<NewCookie> of(WebSession session) {
        return List.of(
                cookie(ACCESS, session.accessToken(), SessionTokenKind.ACCESS.lifetime(), httpOnly, NewCookie.SameSite.LAX),
                cookie(REFRESH, session.refreshToken(), SessionTokenKind.REFRESH.lifetime(), httpOnly, NewCookie.SameSite.LAX));
    }

    /** Logging out: both cookies emptied and expired. */
    public List<NewCookie> expired() {
        return List.of(cookie(ACCESS, "", Duration.ZERO, httpOnly, NewCookie.SameSite.LAX),
                cookie(REFRESH, "", Duration.ZERO, httpOnly, NewCookie.SameSite.LAX));
    }

    /** Never read by scripts, and sent only by the sso app's own pages. */
    public NewCookie passwordReset(String token) {
        return cookie(PASSWORD_RESET, token, SessionTokenKind.PASSWORD_RESET.lifetime(), true, NewCookie.SameSite.STRICT);
    }

    public NewCookie passwordResetSpent() {
        return cookie(PASSWORD_RESET, "", Duration.ZERO, true, NewCookie.SameSite.STRICT);
    }

    /** A cookie as a Set-Cookie header value, for servlet code (the web pages) that answers without JAX-RS. */
    public static String header(NewCookie cookie) {
        return RuntimeDelegate.getInstance().createHeaderDelegate(NewCookie.class).toString(cookie);
    }

    private NewCookie cookie(String name, String value, Duration lifetime, boolean scriptProof, NewCookie.SameSite sameSite) {
        return build(name, value, lifetime, scriptProof, sameSite, overHttps(request.isSecure(), request.getHeader("X-Forwarded-Proto")),
                domain, Instant.now());
    }

    static NewCookie build(String name, String value, Duration lifetime, boolean scriptProof, NewCookie.SameSite sameSite,
                           boolean secure, Optional<String> domain, Instant now) {
        // Expires too, as Selene: some clients ignore Max-Age
        Date expiry = lifetime.isZero() ? new Date(0) : Date.from(now.plus(lifetime));
        NewCookie.Builder builder = new NewCookie.Builder(name).value(value).path("/")
                .maxAge((int) lifetime.toSeconds()).expiry(expiry)
                .sameSite(sameSite).httpOnly(scriptProof).secure(secure);
        domain.filter(d -> !d.isBlank()).ifPresent(builder::domain);
        return builder.build();
    }

    static boolean overHttps(boolean secureConnection, String forwardedProto) {
        return secureConnection || (forwardedProto != null && forwardedProto.trim().toLowerCase().startsWith("https"));
    }
}
