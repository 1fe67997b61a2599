package org.selene.account.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.selene.domain.device.DeviceManagementService;

import static org.selene.domain.shared.JsonText.JSON;

/** The voices a device can speak with (public, as Selene). */
@Path("voices")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class VoicesResource {

    @Inject
    DeviceManagementService devices;

    @GET
    public JsonArray voices() {
        JsonArrayBuilder out = JSON.createArrayBuilder();
        devices.voices().forEach(v -> out.add(AccountWire.choice(v.getId(), v.getDisplayName(), false)));
        return out.build();
    }
}
