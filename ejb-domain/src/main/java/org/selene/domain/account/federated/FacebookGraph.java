package org.selene.domain.account.federated;

import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** graph.facebook.com (FACEBOOK_GRAPH_URL): the token owner's e-mail. */
@Path("me")
public interface FacebookGraph {

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    JsonObject me(@QueryParam("fields") String fields, @QueryParam("access_token") String accessToken);
}
