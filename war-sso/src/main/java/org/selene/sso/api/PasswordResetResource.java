package org.selene.sso.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.selene.domain.account.AccountSessionService;
import org.selene.domain.account.PasswordResetService;
import org.selene.domain.shared.DomainException;
import org.selene.web.http.ClientAddress;
import org.selene.web.http.JsonBody;
import org.selene.web.session.SessionCookies;

import java.util.Set;
import java.util.UUID;

import static org.selene.domain.shared.JsonText.JSON;

/**
 * The forgotten-password flow: POST /api/password-reset, POST /api/validate-token and
 * PUT /api/password-change. The sso app sends only {accountId, password} to the last one, so
 * validate-token leaves the checked token in an HttpOnly cookie that the change then requires;
 * other clients may send it as "token" in the body instead.
 */
@Path("")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class PasswordResetResource {

    @Inject
    PasswordResetService reset;

    @Inject
    SessionCookies cookies;

    @Inject
    ClientAddress client;

    @POST
    @Path("password-reset")
    @Consumes(MediaType.WILDCARD)
    public Response requestReset(String raw) {
        JsonObject body = JsonBody.allowOnly(JsonBody.parseObject(raw), Set.of("emailAddress"));
        reset.requestReset(JsonBody.requiredString(body, "emailAddress"), client.current());
        return Response.ok().build();
    }

    @POST
    @Path("validate-token")
    @Consumes(MediaType.WILDCARD)
    public Response validateToken(String raw) {
        JsonObject body = JsonBody.allowOnly(JsonBody.parseObject(raw), Set.of("token"));
        String token = JsonBody.requiredString(body, "token");
        AccountSessionService.ResetTokenCheck check = reset.check(token);
        JsonObjectBuilder json = JSON.createObjectBuilder();
        check.accountId().ifPresentOrElse(id -> json.add("accountId", id.toString()), () -> json.addNull("accountId"));
        json.add("tokenExpired", check.expired()).add("tokenInvalid", check.invalid());
        Response.ResponseBuilder response = Response.ok(json.build());
        if (check.accountId().isPresent()) {
            response.cookie(cookies.passwordReset(token));
        }
        return response.build();
    }

    @PUT
    @Path("password-change")
    @Consumes(MediaType.WILDCARD)
    public Response changePassword(String raw, @CookieParam(SessionCookies.PASSWORD_RESET) String tokenCookie) {
        JsonObject body = JsonBody.allowOnly(JsonBody.parseObject(raw), Set.of("accountId", "password", "token"));
        String token = JsonBody.optionalString(body, "token");
        String password = JsonBody.base64Text(JsonBody.requiredString(body, "password"), "password");
        reset.changePassword(token != null ? token : tokenCookie, accountId(JsonBody.optionalString(body, "accountId")), password);
        return Response.noContent().cookie(cookies.passwordResetSpent()).build();
    }

    private static UUID accountId(String value) {
        try {
            return value == null ? null : UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw DomainException.badRequest("accountId: not a valid id");
        }
    }
}
