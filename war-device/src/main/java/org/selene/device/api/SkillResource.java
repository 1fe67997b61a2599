package org.selene.device.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
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
import org.selene.domain.skill.SkillSettingsService;
import org.selene.web.device.AuthenticatedDevice;
import org.selene.web.device.DeviceAuthenticated;
import org.selene.web.http.ConditionalGet;
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
    AuthenticatedDevice caller;

    @Inject
    SkillSettingsService skills;

    @Inject
    ConditionalGet conditionalGet;

    @Context
    HttpHeaders headers;

    @GET
    public Response settingsV1() {
        return conditionalGet.respond(EtagKind.SKILL, "skill-v1", caller.id(), headers, () -> {
            JsonArray settings = skills.settingsV1(caller.id());
            return settings.isEmpty() ? Response.noContent().type(MediaType.APPLICATION_JSON_TYPE).build() : settings;
        });
    }

    @PUT
    @Consumes(MediaType.WILDCARD)
    public Response uploadV1(String body) {
        UUID skillId = skills.uploadSettingsV1(caller.id(), JsonBody.parseObject(body));
        return Response.ok(JSON.createObjectBuilder().add("uuid", skillId.toString()).build()).build();
    }

    /** Always 200, even {} (v2 download; keys stay snake_case like Selene's raw response). */
    @GET
    @Path("settings")
    public Response settingsV2() {
        return conditionalGet.respond(EtagKind.SKILL, "skill-settings-v2", caller.id(), headers, () -> skills.settingsByGid(caller.id()));
    }

    /** Selene registered this route without a handler (405/500); here it unlinks the skill. */
    @DELETE
    @Path("{gid}")
    public Response remove(@PathParam("gid") String gid) {
        skills.removeSkill(caller.id(), gid);
        return Response.noContent().build();
    }
}
