package org.selene.web.device;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

import java.util.UUID;

/**
 * The device whose access token authenticated the current request. Kept as an attribute of the
 * servlet request rather than in a request-scoped bean: Payara ran its resource injection for a
 * new bean on every device request.
 */
@ApplicationScoped
public class AuthenticatedDevice {

    private static final String ATTRIBUTE = AuthenticatedDevice.class.getName();

    @Inject
    HttpServletRequest request;

    void authenticated(UUID deviceId) {
        request.setAttribute(ATTRIBUTE, deviceId);
    }

    public UUID id() {
        if (!(request.getAttribute(ATTRIBUTE) instanceof UUID id)) {
            throw new IllegalStateException("route is not @DeviceAuthenticated");
        }
        return id;
    }
}
