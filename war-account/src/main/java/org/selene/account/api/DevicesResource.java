package org.selene.account.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.selene.domain.device.DeviceManagementService;
import org.selene.web.http.ClientAddress;
import org.selene.web.http.JsonBody;
import org.selene.web.session.AccountAuthenticated;
import org.selene.web.session.AuthenticatedAccount;

import java.util.Set;
import java.util.UUID;

import static org.selene.domain.shared.JsonText.JSON;

/** The account's devices: list, pair (with the code the device speaks), edit, remove. */
@Path("devices")
@AccountAuthenticated
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class DevicesResource {

    /** A malformed id names no device of the caller: 404 like an unknown one. */
    static final String NO_SUCH_DEVICE = "no such device";

    @Inject
    AuthenticatedAccount caller;

    @Inject
    DeviceManagementService devices;

    @Inject
    ClientAddress client;

    @Inject
    Validator validator;

    @GET
    public JsonArray list() {
        JsonArrayBuilder out = JSON.createArrayBuilder();
        devices.devices(caller.id()).forEach(d -> out.add(AccountWire.device(d)));
        return out.build();
    }

    /**
     * Read by hand: the pairing form is the edit form plus pairingCode, flat on the wire as in
     * Selene, which a record cannot say; the rest is read and checked as {@link DeviceEdit}.
     */
    @POST
    @Consumes(MediaType.WILDCARD)
    public Response pair(String body) {
        JsonObject json = JsonBody.parseObject(body);
        DeviceEdit device = WireRecordReader.read(DeviceEdit.class, JSON.createObjectBuilder(json).remove("pairingCode").build());
        String code = JsonBody.limited(JsonBody.requiredString(json, "pairingCode"), "pairingCode", 20);
        Set<ConstraintViolation<DeviceEdit>> violations = validator.validate(device);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        devices.pair(caller.id(), code, device.setup(), client.current());
        return Response.noContent().build();
    }

    @GET
    @Path("{id}")
    public JsonObject device(@PathParam("id") @NotFoundIfMalformed(NO_SUCH_DEVICE) UUID id) {
        return AccountWire.device(devices.device(caller.id(), id));
    }

    @PATCH
    @Path("{id}")
    @Consumes(MediaType.WILDCARD)
    public Response edit(@PathParam("id") @NotFoundIfMalformed(NO_SUCH_DEVICE) UUID id, @NotNull(message = "a JSON body is required") @Valid DeviceEdit edit) {
        devices.edit(caller.id(), id, edit.setup());
        return Response.noContent().build();
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") @NotFoundIfMalformed(NO_SUCH_DEVICE) UUID id) {
        devices.delete(caller.id(), id);
        return Response.noContent().build();
    }
}
