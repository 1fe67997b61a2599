package org.selene.device.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.selene.domain.skill.SkillManifestService;
import org.selene.web.http.JsonBody;

import java.util.UUID;

/** The skills manifest (msm's skills.json) of a device. */
@Path("device/{uuid}/skillJson")
@DeviceAuthenticated
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class SkillManifestResource {

    @Inject
    SkillManifestService skills;

    @PUT
    @Consumes(MediaType.WILDCARD)
    public Response upload(@PathParam("uuid") UUID device, String body) {
        JsonObject manifest = JsonBody.parseObject(body);
        skills.uploadManifest(device, SkillManifestWire.skills(manifest), manifest);
        return Response.ok().build();
    }

    /** Selene answered 500 here; the stored manifest is returned. */
    @GET
    public String manifest(@PathParam("uuid") UUID device) {
        return skills.manifest(device);
    }
}
