package org.selene.web.account;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.selene.domain.account.SignUpService;
import org.selene.domain.account.federated.FederatedPlatform;
import org.selene.domain.shared.DomainException;
import org.selene.web.http.JsonBody;

import static org.selene.domain.shared.JsonText.JSON;

/**
 * GET /api/validate-email, mounted by Selene in the SSO and the account API alike: always 200
 * {accountExists, noFederatedEmail} for a well-formed address (syntax only, no DNS look-up that
 * could fail and freeze the sign-up form). Each WAR subclasses this with its @Path and scope.
 */
public abstract class ValidateEmailEndpoint {

    @Inject
    SignUpService signUp;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public JsonObject validate(@QueryParam("platform") String platform, @QueryParam("token") String token) {
        if (token == null) {
            throw DomainException.badRequest("token: This field is required.");
        }
        if (token.isEmpty()) {
            return answer(new SignUpService.EmailCheck(false, false));
        }
        boolean internal = platform == null || platform.isEmpty() || "Internal".equals(platform);
        // Angular's HttpParams leaves '+' of the base64 unencoded, so it arrives as a space
        return answer(internal
                ? signUp.checkEmail(null, JsonBody.base64Text(JsonBody.limited(token, "token", 1024).replace(' ', '+'), "token"))
                : signUp.checkEmail(FederatedPlatform.of(platform), token));
    }

    private static JsonObject answer(SignUpService.EmailCheck check) {
        return JSON.createObjectBuilder()
                .add("accountExists", check.accountExists())
                .add("noFederatedEmail", check.noFederatedEmail())
                .build();
    }
}
