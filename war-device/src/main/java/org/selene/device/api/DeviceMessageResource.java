package org.selene.device.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.selene.domain.device.OwnerMessageService;
import org.selene.web.http.JsonBody;

import java.util.Set;
import java.util.UUID;

/** A device e-mails its owner (docs/device-api.md §6.17); `sender` is required but unused, as in Selene. */
@Path("device/{uuid}/message")
@DeviceAuthenticated
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class DeviceMessageResource {

    static final Set<String> FIELDS = Set.of("title", "sender", "body");

    @Inject
    OwnerMessageService messages;

    @PUT
    @Consumes(MediaType.WILDCARD)
    public Response send(@PathParam("uuid") UUID device, String raw) {
        JsonObject message = JsonBody.allowOnly(JsonBody.parseObject(raw), FIELDS);
        String title = JsonBody.requiredString(message, "title");
        JsonBody.requiredString(message, "sender");
        String body = JsonBody.requiredString(message, "body");
        messages.send(device, title, body);
        return Response.ok().build();
    }
}
