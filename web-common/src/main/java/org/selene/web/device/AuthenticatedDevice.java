package org.selene.web.device;

import jakarta.enterprise.context.RequestScoped;

import java.util.UUID;

/** The device whose access token authenticated the current request. */
@RequestScoped
public class AuthenticatedDevice {

    private UUID id;

    void authenticated(UUID deviceId) {
        this.id = deviceId;
    }

    public UUID id() {
        if (id == null) {
            throw new IllegalStateException("route is not @DeviceAuthenticated");
        }
        return id;
    }
}
