package org.selene.domain.account.federated;

import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** oauth2.googleapis.com (GOOGLE_OAUTH_URL): what an ID token says. */
@Path("tokeninfo")
public interface GoogleTokenInfo {

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    JsonObject tokenInfo(@QueryParam("id_token") String idToken);
}
