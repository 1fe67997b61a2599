package org.selene.account.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.selene.domain.account.AccountProfileService;
import org.selene.web.http.JsonBody;
import org.selene.web.session.AccountAuthenticated;
import org.selene.web.session.AuthenticatedAccount;

import java.util.Set;

/** PUT /api/change-email {token: base64(new address)}: mails a verification link; nothing changes yet. */
@Path("change-email")
@AccountAuthenticated
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class ChangeEmailResource {

    @Inject
    AuthenticatedAccount caller;

    @Inject
    AccountProfileService profiles;

    @PUT
    @Consumes(MediaType.WILDCARD)
    public Response change(String body) {
        String address = JsonBody.base64Field(JsonBody.allowOnly(JsonBody.parseObject(body), Set.of("token")), "token", 1024);
        profiles.requestEmailChange(caller.id(), address);
        return Response.noContent().build();
    }
}
