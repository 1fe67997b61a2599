package org.selene.domain.account.federated;

import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** graph.facebook.com (FACEBOOK_GRAPH_URL): the token owner's e-mail. Paths on the
 * methods only: with one on the type, every WAR's JAX-RS scan takes it for a resource. */
public interface FacebookGraph {

    @GET
    @Path("me")
    @Produces(MediaType.APPLICATION_JSON)
    JsonObject me(@QueryParam("fields") String fields, @QueryParam("access_token") String accessToken);
}
