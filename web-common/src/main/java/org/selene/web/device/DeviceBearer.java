package org.selene.web.device;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.SecurityContext;
import org.selene.domain.device.AccessTokens;
import org.selene.domain.device.LastContactRecorder;
import org.selene.domain.shared.DomainException;
import org.selene.web.error.JsonError;

import java.security.Principal;
import java.util.Optional;
import java.util.UUID;

/**
 * The device of an "Authorization: Bearer <access token>" header, for the modules devices call
 * with their token (the device API at /v1, the personal backend's /precise). Anything else is a
 * 401 with Selene's messages.
 */
@ApplicationScoped
public class DeviceBearer {

    // CDI beans, not EJBs: this runs on every device request (see AccessTokens)
    @Inject
    AccessTokens tokens;

    @Inject
    LastContactRecorder lastContact;

    /** The token's device, its last contact recorded now. */
    private UUID authenticate(String header) {
        if (header == null) {
            throw DomainException.unauthorized("Oauth token not found");
        }
        if (!header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw DomainException.unauthorized("device not authorized");
        }
        Optional<UUID> device = tokens.device(header.substring(7).trim());
        if (device.isEmpty()) {
            throw DomainException.unauthorized("device not authorized");
        }
        lastContact.record(device.get());
        return device.get();
    }

    /** The device of a request's Authorization header, or empty once the request is aborted with 401 JSON. */
    public Optional<UUID> authenticate(ContainerRequestContext request) {
        try {
            return Optional.of(authenticate(request.getHeaderString(HttpHeaders.AUTHORIZATION)));
        } catch (DomainException refused) {
            request.abortWith(JsonError.response(401, refused.getMessage()));
            return Optional.empty();
        }
    }

    /** The request's SecurityContext once the device is known: its principal, no roles. */
    public static SecurityContext securityContext(Principal device, boolean secure) {
        return new SecurityContext() {
            @Override
            public Principal getUserPrincipal() {
                return device;
            }

            @Override
            public boolean isUserInRole(String role) {
                return false;
            }

            @Override
            public boolean isSecure() {
                return secure;
            }

            @Override
            public String getAuthenticationScheme() {
                return "Bearer";
            }
        };
    }
}
