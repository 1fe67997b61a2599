package org.selene.domain.account.federated;

import jakarta.json.JsonArray;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.ClientHeaderParam;

/** api.github.com (GITHUB_API_URL): the signed-in user's addresses. */
@Path("user")
@ClientHeaderParam(name = "User-Agent", value = "selene-ee")
public interface GitHubApi {

    @GET
    @Path("emails")
    @Produces(MediaType.APPLICATION_JSON)
    JsonArray emails(@HeaderParam("Authorization") String authorization);
}
