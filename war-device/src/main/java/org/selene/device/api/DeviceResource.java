package org.selene.device.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.selene.domain.device.Device;
import org.selene.domain.device.DeviceService;
import org.selene.domain.device.EtagKind;
import org.selene.domain.shared.DomainException;
import org.selene.web.http.JsonBody;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.selene.domain.shared.JsonText.JSON;

/** The device's own record, settings, location, subscription and voice. */
@Path("device/{uuid}")
@DeviceAuthenticated
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class DeviceResource {

    static final Set<String> VERSION_FIELDS = Set.of("coreVersion", "platform", "platform_build", "enclosureVersion");

    @Inject
    DeviceService devices;

    @Inject
    ConditionalGet conditionalGet;

    @Inject
    EffectiveSettings effective;

    @Inject
    @ConfigProperty(name = "URL_VOICE_ARM")
    Optional<String> armVoiceUrl;

    @Inject
    @ConfigProperty(name = "URL_VOICE_X86_64")
    Optional<String> x86VoiceUrl;

    @Context
    HttpHeaders headers;

    @GET
    public Response device(@PathParam("uuid") UUID device) {
        return conditionalGet.respond(EtagKind.DEVICE, "device", device, headers, () -> DeviceWire.device(existing(device)));
    }

    /** The device reports its versions; the raw body is parsed whatever the content type (as Selene). */
    @PATCH
    @Consumes(MediaType.WILDCARD)
    public Response reportVersions(@PathParam("uuid") UUID device, String body) {
        JsonObject versions = JsonBody.allowOnly(JsonBody.parseObject(body), VERSION_FIELDS);
        String platform = JsonBody.optionalString(versions, "platform");
        String core = JsonBody.optionalString(versions, "coreVersion");
        String enclosure = JsonBody.optionalString(versions, "enclosureVersion");
        JsonBody.optionalString(versions, "platform_build");
        existing(device);
        devices.reportVersions(device, platform, core, enclosure);
        return Response.ok().build();
    }

    /** Always a complete object (Selene answered 204 without preferences and the OVOS client crashed). */
    @GET
    @Path("setting")
    public Response setting(@PathParam("uuid") UUID device) {
        return conditionalGet.respond(EtagKind.SETTING, "setting", device, headers,
                () -> effective.settings(device).orElseThrow(DeviceResource::gone));
    }

    @GET
    @Path("location")
    public Response location(@PathParam("uuid") UUID device) {
        return conditionalGet.respond(EtagKind.LOCATION, "location", device, headers,
                () -> effective.location(device));
    }

    @GET
    @Path("subscription")
    public Response subscription(@PathParam("uuid") UUID device) {
        return conditionalGet.respond(EtagKind.SUBSCRIPTION, "subscription", device,
                () -> JSON.createObjectBuilder().add("@type", membership(device).orElse("free")).build());
    }

    /** A premium voice download for members; 204 for everyone else (as Selene). */
    @GET
    @Path("voice")
    public Response voice(@PathParam("uuid") UUID device, @QueryParam("arch") String arch) {
        Optional<String> link = "arm".equals(arch) ? armVoiceUrl : "x86_64".equals(arch) ? x86VoiceUrl : Optional.empty();
        // one cached body per download the device can be given, whatever it sent as arch
        String representation = "voice/" + ("arm".equals(arch) || "x86_64".equals(arch) ? arch : "other");
        return conditionalGet.respond(EtagKind.SUBSCRIPTION, representation, device, () -> membership(device).isEmpty()
                ? Response.noContent().build()
                : JSON.createObjectBuilder().add("link", link.orElse("")).build());
    }

    private Optional<String> membership(UUID device) {
        existing(device);
        return devices.activeMembership(device);
    }

    private Device existing(UUID device) {
        return devices.find(device).orElseThrow(DeviceResource::gone);
    }

    /** A valid token of a device deleted meanwhile: the device must pair again. */
    private static DomainException gone() {
        return DomainException.unauthorized("device not authorized");
    }
}
