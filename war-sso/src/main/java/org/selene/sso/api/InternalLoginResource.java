package org.selene.sso.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import org.selene.domain.account.LoginService;
import org.selene.domain.account.WebSession;
import org.selene.web.http.ClientAddress;
import org.selene.web.session.SessionCookies;

/** GET /api/internal-login: Basic e-mail and password → 204 with both session cookies. */
@Path("internal-login")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class InternalLoginResource {

    @Inject
    LoginService login;

    @Inject
    SessionCookies cookies;

    @Inject
    ClientAddress client;

    @GET
    public Response logIn(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        BasicCredentials credentials = BasicCredentials.parse(authorization);
        WebSession session = login.logIn(credentials.email(), credentials.password(), client.current());
        return Response.noContent().cookie(cookies.of(session).toArray(NewCookie[]::new)).build();
    }
}
