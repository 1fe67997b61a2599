package org.selene.sso.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.selene.domain.account.SignUpService;
import org.selene.domain.account.federated.FederatedPlatform;
import org.selene.domain.shared.DomainException;
import org.selene.web.http.JsonBody;

/**
 * GET /api/validate-email?platform=&token=: whether an account already uses the address. Always
 * 200 for a well-formed one (any other status freezes the sso app's sign-up form); no DNS lookup.
 */
@Path("validate-email")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ValidateEmailResource {

    @Inject
    SignUpService signUp;

    @GET
    public JsonObject validate(@QueryParam("platform") String platform, @QueryParam("token") String token) {
        if (token == null) {
            throw DomainException.badRequest("token: This field is required.");
        }
        if (token.isEmpty()) {
            return answer(new SignUpService.EmailCheck(false, false));
        }
        boolean internal = platform == null || platform.isEmpty() || "Internal".equals(platform);
        return answer(internal
                ? signUp.checkEmail(null, JsonBody.base64Text(token, "token"))
                : signUp.checkEmail(FederatedPlatform.of(platform), token));
    }

    private static JsonObject answer(SignUpService.EmailCheck check) {
        return Json.createObjectBuilder()
                .add("accountExists", check.accountExists())
                .add("noFederatedEmail", check.noFederatedEmail())
                .build();
    }
}
