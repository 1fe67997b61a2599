package org.selene.domain.account.federated;

import jakarta.json.JsonObject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** github.com's OAuth code exchange (GITHUB_OAUTH_URL). Paths on the
 * methods only: with one on the type, every WAR's JAX-RS scan takes it for a resource. */
public interface GitHubOAuth {

    @POST
    @Path("login/oauth/access_token")
    @Produces(MediaType.APPLICATION_JSON)
    JsonObject accessToken(@QueryParam("client_id") String clientId, @QueryParam("client_secret") String clientSecret,
                           @QueryParam("code") String code, @QueryParam("state") String state);
}
