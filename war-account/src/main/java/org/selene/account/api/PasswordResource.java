package org.selene.account.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import org.selene.domain.account.AccountProfileService;
import org.selene.domain.account.WebSession;
import org.selene.web.http.JsonBody;
import org.selene.web.session.AccountAuthenticated;
import org.selene.web.session.AuthenticatedAccount;
import org.selene.web.session.SessionCookies;

import java.util.Set;

/** PUT /api/change-password {password: base64}: other sessions end, this browser gets new cookies. */
@Path("change-password")
@AccountAuthenticated
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class PasswordResource {

    @Inject
    AuthenticatedAccount caller;

    @Inject
    AccountProfileService profiles;

    @Inject
    SessionCookies cookies;

    @PUT
    @Consumes(MediaType.WILDCARD)
    public Response change(String body) {
        String password = JsonBody.base64Field(JsonBody.allowOnly(JsonBody.parseObject(body), Set.of("password")), "password", 4096);
        WebSession session = profiles.changePassword(caller.id(), password);
        return Response.noContent().cookie(cookies.of(session).toArray(NewCookie[]::new)).build();
    }
}
