package org.selene.device.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.selene.domain.device.DeviceLogin;
import org.selene.domain.device.PairingService;
import org.selene.domain.device.SelfActivationService;
import org.selene.web.http.ClientAddress;
import org.selene.web.http.JsonBody;

import java.util.Optional;
import java.util.Set;

/** POST /v1/device/activate, unauthenticated: the device polls until someone paired its code. */
@Path("device/activate")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class ActivationResource {

    static final Set<String> ACTIVATION_FIELDS = Set.of("token", "state", "platform", "coreVersion", "core_version",
            "enclosureVersion", "enclosure_version", "platform_build", "pantacor_device_id");

    @Inject
    PairingService pairing;

    @Inject
    ClientAddress client;

    @Inject
    SelfActivationService selfActivation;

    @POST
    @Consumes(MediaType.WILDCARD)
    public Response activate(String body) {
        JsonObject activation = JsonBody.allowOnly(JsonBody.parseObject(body), ACTIVATION_FIELDS);
        String token = JsonBody.requiredString(activation, "token");
        String state = JsonBody.requiredString(activation, "state");
        String platform = JsonBody.optionalString(activation, "platform");
        String core = firstNonNull(JsonBody.optionalString(activation, "coreVersion"), JsonBody.optionalString(activation, "core_version"));
        String enclosure = firstNonNull(JsonBody.optionalString(activation, "enclosureVersion"), JsonBody.optionalString(activation, "enclosure_version"));
        JsonBody.optionalString(activation, "platform_build");
        JsonBody.optionalString(activation, "pantacor_device_id");
        String address = client.current();
        selfActivation.pairIfAllowed(token, state, address);
        Optional<DeviceLogin> login = pairing.activate(token, state, platform, core, enclosure, address);
        // not paired yet: an empty 404, which devices keep polling on
        return login.map(l -> Response.ok(DeviceLogins.toJson(l), MediaType.APPLICATION_JSON_TYPE).build())
                .orElseGet(() -> Response.status(Response.Status.NOT_FOUND).build());
    }

    private static String firstNonNull(String a, String b) {
        return a != null ? a : b;
    }
}
