package org.selene.device.api;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import org.selene.web.device.DeviceBearer;
import org.selene.web.error.JsonError;

import java.util.Optional;
import java.util.UUID;

/**
 * Device-token authentication for every @DeviceAuthenticated route: a valid access token, and
 * when the path names a device ({uuid}), that very device. Anything else is exactly 401 JSON.
 * A route with {uuid} takes the device from its path (checked here to be the token's); the few
 * without one (stt, owm, wa) read it from the request's SecurityContext ({@link DevicePrincipal}).
 */
@Provider
@DeviceAuthenticated
@Priority(Priorities.AUTHENTICATION)
@ApplicationScoped
public class DeviceAuthenticationFilter implements ContainerRequestFilter {

    static final String PATH_DEVICE = "uuid";

    @Inject
    DeviceBearer bearer;

    @Override
    public void filter(ContainerRequestContext request) {
        Optional<UUID> authenticated = bearer.authenticate(request);
        if (authenticated.isEmpty()) {
            return;
        }
        UUID device = authenticated.get();
        String pathDevice = request.getUriInfo().getPathParameters().getFirst(PATH_DEVICE);
        if (pathDevice != null && !pathDevice.equalsIgnoreCase(device.toString())) {
            deny(request, "Device ID specified in request does not match device ID for the Oauth token found in the Authorization header");
            return;
        }
        request.setSecurityContext(new DevicePrincipal(device).context(request.getSecurityContext().isSecure()));
    }

    private static void deny(ContainerRequestContext request, String message) {
        request.abortWith(JsonError.response(401, message));
    }
}
