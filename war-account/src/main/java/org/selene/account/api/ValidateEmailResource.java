package org.selene.account.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.selene.domain.account.AccountProfileService;
import org.selene.domain.account.EmailAddress;
import org.selene.domain.shared.DomainException;
import org.selene.web.http.JsonBody;

/**
 * GET /api/validate-email?platform=Internal&token=base64(address), public as in Selene: always 200
 * for a well-formed address (any other status froze the forms); a malformed one is a 400.
 */
@Path("validate-email")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ValidateEmailResource {

    @Inject
    AccountProfileService profiles;

    @GET
    public JsonObject validate(@QueryParam("platform") String platform, @QueryParam("token") String token) {
        if (token == null) {
            throw DomainException.badRequest("token: This field is required.");
        }
        boolean exists = false;
        if (!token.isEmpty()) {
            if (platform != null && !platform.equals("Internal")) {
                throw DomainException.badRequest("platform: the account app checks Internal addresses only");
            }
            // Angular's HttpParams leaves '+' unencoded, so it arrives as a space
            String base64 = JsonBody.limited(token, "token", 1024).replace(' ', '+');
            String address = EmailAddress.require(JsonBody.decodeBase64("token", base64));
            exists = profiles.emailTaken(address, null);
        }
        return Json.createObjectBuilder().add("accountExists", exists).add("noFederatedEmail", false).build();
    }
}
