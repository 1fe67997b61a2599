package org.selene.account.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
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
import org.selene.domain.shared.DomainException;
import org.selene.web.http.ClientAddress;
import org.selene.web.http.JsonBody;
import org.selene.web.session.AccountAuthenticated;
import org.selene.web.session.AuthenticatedAccount;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import static org.selene.domain.shared.JsonText.JSON;

/** The account's devices: list, pair (with the code the device speaks), edit, remove. */
@Path("devices")
@AccountAuthenticated
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class DevicesResource {

    static final int MAX_TEXT = 200;
    static final Set<String> EDIT_FIELDS = Set.of("name", "placement", "country", "region", "city", "timezone", "wakeWord", "voice",
            // Pantacor settings the edit form sends along; there is no Pantacor integration, so they are ignored
            "autoUpdate", "releaseChannel", "sshPublicKey");
    static final Set<String> PAIR_FIELDS = union(EDIT_FIELDS, "pairingCode");

    @Inject
    AuthenticatedAccount caller;

    @Inject
    DeviceManagementService devices;

    @Inject
    ClientAddress client;

    @GET
    public JsonArray list() {
        JsonArrayBuilder out = JSON.createArrayBuilder();
        devices.devices(caller.id()).forEach(d -> out.add(AccountWire.device(d)));
        return out.build();
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    public Response pair(String body) {
        JsonObject json = JsonBody.allowOnly(JsonBody.parseObject(body), PAIR_FIELDS);
        String code = JsonBody.limited(JsonBody.requiredString(json, "pairingCode"), "pairingCode", 20);
        devices.pair(caller.id(), code, setup(json), client.current());
        return Response.noContent().build();
    }

    @GET
    @Path("{id}")
    public JsonObject device(@PathParam("id") String id) {
        return AccountWire.device(devices.device(caller.id(), deviceId(id)));
    }

    @PATCH
    @Path("{id}")
    @Consumes(MediaType.WILDCARD)
    public Response edit(@PathParam("id") String id, String body) {
        UUID deviceId = deviceId(id);
        JsonObject json = JsonBody.allowOnly(JsonBody.parseObject(body), EDIT_FIELDS);
        devices.edit(caller.id(), deviceId, setup(json));
        return Response.noContent().build();
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") String id) {
        devices.delete(caller.id(), deviceId(id));
        return Response.noContent().build();
    }

    private static DeviceManagementService.DeviceSetup setup(JsonObject json) {
        JsonBody.optionalBoolean(json, "autoUpdate");
        text(json, "releaseChannel", false);
        text(json, "sshPublicKey", false);
        return new DeviceManagementService.DeviceSetup(text(json, "name", true), text(json, "placement", false),
                text(json, "country", true), text(json, "region", true), text(json, "city", true), text(json, "timezone", true),
                text(json, "wakeWord", true), text(json, "voice", true));
    }

    private static String text(JsonObject json, String name, boolean required) {
        String value = required ? JsonBody.requiredString(json, name) : JsonBody.optionalString(json, name);
        return JsonBody.limited(value, name, name.equals("sshPublicKey") ? 16_384 : MAX_TEXT);
    }

    /** A malformed id names no device of the caller: 404 like an unknown one. */
    static UUID deviceId(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw DomainException.notFound("no such device");
        }
    }

    private static Set<String> union(Set<String> fields, String more) {
        Set<String> all = new HashSet<>(fields);
        all.add(more);
        return Set.copyOf(all);
    }
}
