package org.selene.sso.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import org.selene.domain.account.LoginService;
import org.selene.domain.account.WebSession;
import org.selene.domain.account.federated.FederatedPlatform;
import org.selene.web.http.JsonBody;
import org.selene.web.session.SessionCookies;

import java.util.Set;

/** POST /api/validate-federated {platform, token}: a provider token → 204 with both session cookies. */
@Path("validate-federated")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class FederatedLoginResource {

    @Inject
    LoginService login;

    @Inject
    SessionCookies cookies;

    @POST
    @Consumes(MediaType.WILDCARD)
    public Response logIn(String raw) {
        JsonObject body = JsonBody.allowOnly(JsonBody.parseObject(raw), Set.of("platform", "token"));
        FederatedPlatform platform = FederatedPlatform.of(JsonBody.requiredString(body, "platform"));
        WebSession session = login.logInFederated(platform, JsonBody.requiredString(body, "token"));
        return Response.noContent().cookie(cookies.of(session).toArray(NewCookie[]::new)).build();
    }
}
