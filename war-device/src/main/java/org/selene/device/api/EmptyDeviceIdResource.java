package org.selene.device.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.selene.domain.shared.DomainException;

/** GET /v1/device/ names no device: refused like a token for another device. */
@Path("device")
@DeviceAuthenticated
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class EmptyDeviceIdResource {

    @GET
    public Object noDevice() {
        throw DomainException.unauthorized("Device ID specified in request does not match device ID for the Oauth token found in the Authorization header");
    }
}
