package org.selene.sso.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.selene.domain.account.federated.FederatedIdentityService;
import org.selene.domain.shared.DomainException;

import java.util.Optional;

import static org.selene.domain.shared.JsonText.JSON;

/** GET /api/github-token?code=&state=: the OAuth code exchanged for a GitHub access token. */
@Path("github-token")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class GitHubTokenResource {

    @Inject
    FederatedIdentityService federated;

    @GET
    public JsonObject token(@QueryParam("code") String code, @QueryParam("state") String state) {
        if (code == null || code.isBlank() || code.length() > 200 || (state != null && state.length() > 200)) {
            throw DomainException.badRequest("code: This field is required.");
        }
        Optional<String> token = federated.gitHubAccessToken(code, state);
        JsonObjectBuilder json = JSON.createObjectBuilder();
        return (token.isPresent() ? json.add("token", token.get()) : json.addNull("token")).build();
    }
}
