package org.selene.device.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.selene.domain.skill.SkillSettingsService;
import org.selene.web.http.JsonBody;

/** v2 settings definition upload (settingsmeta.json of a skill). */
@Path("device/{uuid}/settingsMeta")
@DeviceAuthenticated
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class SettingsMetaResource {

    @Inject
    SkillSettingsService skills;

    @PUT
    @Consumes(MediaType.WILDCARD)
    public Response upload(@PathParam("uuid") UUID device, String body) {
        skills.uploadDefinition(device, JsonBody.parseObject(body));
        return Response.noContent().build();
    }
}
