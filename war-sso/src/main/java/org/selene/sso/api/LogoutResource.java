package org.selene.sso.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import org.selene.domain.account.AccountSessionService;
import org.selene.web.session.AccountAuthenticated;
import org.selene.web.session.AuthenticatedAccount;
import org.selene.web.session.SessionCookies;

/** GET /api/logout: expires both cookies and, unlike Selene, revokes every token issued so far. */
@Path("logout")
@ApplicationScoped
@AccountAuthenticated
@Produces(MediaType.APPLICATION_JSON)
public class LogoutResource {

    @Inject
    AccountSessionService sessions;

    @Inject
    AuthenticatedAccount caller;

    @Inject
    SessionCookies cookies;

    @GET
    public Response logOut() {
        sessions.revokeAll(caller.id());
        return Response.noContent().cookie(cookies.expired().toArray(NewCookie[]::new)).build();
    }
}
