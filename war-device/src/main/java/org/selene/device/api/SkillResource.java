package org.selene.device.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.selene.domain.device.EtagKind;
import org.selene.domain.shared.DomainException;
import org.selene.domain.skill.DeviceSkillSettingsService;
import org.selene.domain.skill.SkillManifestService;
import org.selene.web.http.JsonBody;

import java.util.UUID;

import static org.selene.domain.shared.JsonText.JSON;

/** Skill settings: v1 (19.02 cores, OVOS upload shape) and the v2 download; removal of a skill. */
@Path("device/{uuid}/skill")
@DeviceAuthenticated
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class SkillResource {

    @Inject
    DeviceSkillSettingsService skills;

    @Inject
    SkillManifestService manifests;

    @Inject
    ConditionalGet conditionalGet;

    @Context
    HttpHeaders headers;

    @GET
    public Response settingsV1(@PathParam("uuid") UUID device) {
        return conditionalGet.respond(EtagKind.SKILL, "skill-v1", device, headers, () -> {
            JsonArray settings = skills.settingsV1(device);
            return settings.isEmpty() ? Response.noContent().type(MediaType.APPLICATION_JSON_TYPE).build() : settings;
        });
    }

    @PUT
    @Consumes(MediaType.WILDCARD)
    public Response uploadV1(@PathParam("uuid") UUID device, String body) {
        // read by hand: the definition is the skill's own JSON; 19.02 cores name the skill by identifier
        JsonObject display = JsonBody.parseObject(body);
        String gid = JsonBody.optionalString(display, "skill_gid");
        if (gid == null) {
            gid = JsonBody.optionalString(display, "identifier");
        }
        if (gid == null || gid.isBlank()) {
            throw DomainException.badRequest("skill should have either skill_gid or identifier defined");
        }
        UUID skillId = skills.uploadSettingsV1(device, gid, display);
        return Response.ok(JSON.createObjectBuilder().add("uuid", skillId.toString()).build()).build();
    }

    /** Always 200, even {} (v2 download; keys stay snake_case like Selene's raw response). */
    @GET
    @Path("settings")
    public Response settingsV2(@PathParam("uuid") UUID device) {
        return conditionalGet.respond(EtagKind.SKILL, "skill-settings-v2", device, headers, () -> skills.settingsByGid(device));
    }

    /** Selene registered this route without a handler (405/500); here it unlinks the skill. */
    @DELETE
    @Path("{gid}")
    public Response remove(@PathParam("uuid") UUID device, @PathParam("gid") String gid) {
        manifests.removeSkill(device, gid);
        return Response.noContent().build();
    }
}
