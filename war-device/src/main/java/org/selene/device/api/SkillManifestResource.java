package org.selene.device.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.selene.domain.skill.SkillSettingsService;
import org.selene.web.http.JsonBody;

/** The skills manifest (msm's skills.json) of a device. */
@Path("device/{uuid}/skillJson")
@DeviceAuthenticated
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class SkillManifestResource {

    @Inject
    SkillSettingsService skills;

    @PUT
    @Consumes(MediaType.WILDCARD)
    public Response upload(@PathParam("uuid") UUID device, String body) {
        skills.uploadManifest(device, JsonBody.parseObject(body));
        return Response.ok().build();
    }

    /** Selene answered 500 here; the stored manifest is returned. */
    @GET
    public String manifest(@PathParam("uuid") UUID device) {
        return skills.manifest(device);
    }
}
