package org.selene.device.api;

import jakarta.ws.rs.core.SecurityContext;
import org.selene.web.device.DeviceBearer;

import java.security.Principal;
import java.util.UUID;

/**
 * The device whose access token authenticated a request, for the routes whose path names no
 * device (stt, owm, wa): {@link DeviceAuthenticationFilter} puts it in the request's
 * SecurityContext, the route takes it as {@code @Context SecurityContext}.
 */
record DevicePrincipal(UUID id) implements Principal {

    @Override
    public String getName() {
        return id.toString();
    }

    /** The device of a @DeviceAuthenticated request. */
    static UUID of(SecurityContext security) {
        if (!(security.getUserPrincipal() instanceof DevicePrincipal device)) {
            throw new IllegalStateException("route is not @DeviceAuthenticated");
        }
        return device.id();
    }

    SecurityContext context(boolean secure) {
        return DeviceBearer.securityContext(this, secure);
    }
}
