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

/**
 * PUT /api/verify-email {token}: the token of the verification link (the app passes it on as it
 * is). Selene's token was base64(address), so anyone signed in could claim any address.
 */
@Path("verify-email")
@AccountAuthenticated
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class VerifyEmailResource {

    @Inject
    AuthenticatedAccount caller;

    @Inject
    AccountProfileService profiles;

    @PUT
    @Consumes(MediaType.WILDCARD)
    public Response verify(String body) {
        String token = JsonBody.limited(JsonBody.requiredString(JsonBody.allowOnly(JsonBody.parseObject(body), Set.of("token")), "token"), "token", 200);
        profiles.verifyEmail(caller.id(), token.trim());
        return Response.noContent().build();
    }
}
