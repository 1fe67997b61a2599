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
import org.selene.domain.skill.DeviceSkillSettingsService;
import org.selene.web.http.JsonBody;

import java.util.UUID;

/** v2 settings definition upload (settingsmeta.json of a skill). */
@Path("device/{uuid}/settingsMeta")
@DeviceAuthenticated
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class SettingsMetaResource {

    @Inject
    DeviceSkillSettingsService skills;

    @PUT
    @Consumes(MediaType.WILDCARD)
    public Response upload(@PathParam("uuid") UUID device, String body) {
        // read by hand: the definition is the skill's own JSON, stored as uploaded; only its gid is ours
        JsonObject definition = JsonBody.parseObject(body);
        String gid = JsonBody.requiredText(definition, "skill_gid");
        JsonBody.optionalString(definition, "display_name");
        skills.uploadDefinition(device, gid, definition);
        return Response.noContent().build();
    }
}
