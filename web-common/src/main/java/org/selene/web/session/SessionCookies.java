package org.selene.web.session;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.NewCookie;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.selene.domain.account.SessionTokenKind;
import org.selene.domain.account.WebSession;

import java.util.List;
import java.util.Optional;

/**
 * The seleneAccess / seleneRefresh cookies. Path=/ and no Domain unless configured (Selene's fixed
 * .mycroft.ai made browsers drop them on any other host). Readable by scripts by default because
 * Selene's web apps look at document.cookie; SESSION_COOKIE_HTTP_ONLY=true hardens them.
 */
@ApplicationScoped
public class SessionCookies {

    public static final String ACCESS = "seleneAccess";
    public static final String REFRESH = "seleneRefresh";

    @Inject
    @ConfigProperty(name = "SESSION_COOKIE_DOMAIN")
    Optional<String> domain;

    @Inject
    @ConfigProperty(name = "SESSION_COOKIE_HTTP_ONLY", defaultValue = "false")
    boolean httpOnly;

    public List<NewCookie> of(WebSession session, ContainerRequestContext request) {
        return List.of(
                cookie(ACCESS, session.accessToken(), (int) SessionTokenKind.ACCESS.lifetime().toSeconds(), request),
                cookie(REFRESH, session.refreshToken(), (int) SessionTokenKind.REFRESH.lifetime().toSeconds(), request));
    }

    /** Logging out: both cookies emptied and expired. */
    public List<NewCookie> expired(ContainerRequestContext request) {
        return List.of(cookie(ACCESS, "", 0, request), cookie(REFRESH, "", 0, request));
    }

    private NewCookie cookie(String name, String value, int maxAge, ContainerRequestContext request) {
        NewCookie.Builder builder = new NewCookie.Builder(name).value(value).path("/").maxAge(maxAge)
                .sameSite(NewCookie.SameSite.LAX).httpOnly(httpOnly).secure(overHttps(request));
        domain.filter(d -> !d.isBlank()).ifPresent(builder::domain);
        return builder.build();
    }

    private static boolean overHttps(ContainerRequestContext request) {
        if ("https".equalsIgnoreCase(request.getUriInfo().getRequestUri().getScheme())) {
            return true;
        }
        String forwarded = request.getHeaderString("X-Forwarded-Proto");
        return forwarded != null && forwarded.trim().toLowerCase().startsWith("https");
    }
}
