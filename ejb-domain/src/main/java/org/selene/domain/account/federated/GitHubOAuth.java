package org.selene.domain.account.federated;

import jakarta.json.JsonObject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** github.com's OAuth code exchange (GITHUB_OAUTH_URL). */
@Path("login/oauth")
public interface GitHubOAuth {

    @POST
    @Path("access_token")
    @Produces(MediaType.APPLICATION_JSON)
    JsonObject accessToken(@QueryParam("client_id") String clientId, @QueryParam("client_secret") String clientSecret,
                           @QueryParam("code") String code, @QueryParam("state") String state);
}
