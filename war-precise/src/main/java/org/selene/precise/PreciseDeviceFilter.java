package org.selene.precise;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import org.selene.web.device.DeviceBearer;

import java.security.Principal;
import java.util.UUID;

/**
 * The device's token before its upload is read: a request without a valid one is 401 JSON. The
 * device becomes the request's principal (the personal backend took the uuid from the token).
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
@ApplicationScoped
public class PreciseDeviceFilter implements ContainerRequestFilter {

    @Inject
    DeviceBearer bearer;

    @Override
    public void filter(ContainerRequestContext request) {
        bearer.authenticate(request).ifPresent(device -> {
            Principal principal = device::toString;
            request.setSecurityContext(DeviceBearer.securityContext(principal, request.getSecurityContext().isSecure()));
        });
    }

    static UUID device(SecurityContext security) {
        return UUID.fromString(security.getUserPrincipal().getName());
    }
}
