package org.selene.device.api;

import jakarta.annotation.Priority;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import org.selene.domain.device.DeviceSessionService;
import org.selene.domain.device.LastContactRecorder;
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

    // @EJB, not @Inject: each call through a CDI proxy of an EJB costs Payara a thrown exception
    // (EjbContainerServicesImpl.getBusinessObject), and this runs on every device request
    @EJB
    DeviceSessionService sessions;

    @EJB
    LastContactRecorder lastContact;

    @Override
    public void filter(ContainerRequestContext request) {
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header == null) {
            deny(request, "Oauth token not found");
            return;
        }
        if (!header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            deny(request, "device not authorized");
            return;
        }
        Optional<UUID> device = sessions.authenticate(header.substring(7).trim());
        if (device.isEmpty()) {
            deny(request, "device not authorized");
            return;
        }
        lastContact.record(device.get());
        String pathDevice = request.getUriInfo().getPathParameters().getFirst(PATH_DEVICE);
        if (pathDevice != null && !pathDevice.equalsIgnoreCase(device.get().toString())) {
            deny(request, "Device ID specified in request does not match device ID for the Oauth token found in the Authorization header");
            return;
        }
        request.setSecurityContext(new DevicePrincipal(device.get()).context(request.getSecurityContext().isSecure()));
    }

    private static void deny(ContainerRequestContext request, String message) {
        request.abortWith(JsonError.response(401, message));
    }
}
