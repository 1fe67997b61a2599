package org.selene.web.session;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.ext.Provider;
import org.selene.domain.account.AccountSessionService;
import org.selene.domain.account.SessionAuthentication;
import org.selene.web.error.ErrorResponses;

import java.util.Optional;

/**
 * Cookie-session authentication for every @AccountAuthenticated route of every WAR, as Selene's
 * `_authenticate`: 401 JSON with Selene's messages, and when the refresh token was used, both
 * cookies re-issued on the response (sliding session).
 */
@Provider
@AccountAuthenticated
@Priority(Priorities.AUTHENTICATION)
@ApplicationScoped
public class AccountAuthenticationFilter implements ContainerRequestFilter, ContainerResponseFilter {

    @Inject
    AccountSessionService sessions;

    @Inject
    AuthenticatedAccount caller;

    @Inject
    SessionCookies cookies;

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        String access = value(request.getCookies().get(SessionCookies.ACCESS));
        String refresh = value(request.getCookies().get(SessionCookies.REFRESH));
        if (access == null && refresh == null && optional()) {
            return;
        }
        try {
            SessionAuthentication authentication = sessions.authenticate(access, refresh);
            caller.authenticated(authentication.accountId(), authentication.renewed().orElse(null));
        } catch (RuntimeException e) {
            request.abortWith(ErrorResponses.forThrowable(e));
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (caller.optionalId().isEmpty()) {
            return;
        }
        // a route that set the session cookies itself (logout) has the last word
        boolean routeSetCookies = response.getHeaders().getOrDefault(HttpHeaders.SET_COOKIE, java.util.List.of()).stream()
                .anyMatch(c -> c instanceof NewCookie cookie ? cookie.getName().equals(SessionCookies.ACCESS)
                        : String.valueOf(c).startsWith(SessionCookies.ACCESS + "="));
        if (routeSetCookies) {
            return;
        }
        caller.renewed().ifPresent(session -> {
            for (NewCookie cookie : cookies.of(session)) {
                response.getHeaders().add(HttpHeaders.SET_COOKIE, cookie);
            }
        });
    }

    private boolean optional() {
        AccountAuthenticated onMethod = resource.getResourceMethod() == null ? null
                : resource.getResourceMethod().getAnnotation(AccountAuthenticated.class);
        AccountAuthenticated onClass = resource.getResourceClass() == null ? null
                : resource.getResourceClass().getAnnotation(AccountAuthenticated.class);
        return Optional.ofNullable(onMethod).or(() -> Optional.ofNullable(onClass)).map(AccountAuthenticated::optional).orElse(false);
    }

    private static String value(Cookie cookie) {
        return cookie == null || cookie.getValue() == null || cookie.getValue().isEmpty() ? null : cookie.getValue();
    }
}
