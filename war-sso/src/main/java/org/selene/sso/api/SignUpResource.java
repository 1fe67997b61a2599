package org.selene.sso.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.selene.domain.account.SignUpService;
import org.selene.domain.account.federated.FederatedPlatform;
import org.selene.domain.shared.DomainException;
import org.selene.web.http.ClientAddress;
import org.selene.web.http.JsonBody;

import java.util.Set;

/** POST /api/account: sign-up with base64 e-mail and password, or a federated token. */
@Path("account")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class SignUpResource {

    static final Set<String> FIELDS = Set.of("termsOfUse", "privacyPolicy", "login");
    static final Set<String> LOGIN_FIELDS = Set.of("federatedPlatform", "federatedToken", "email", "password");

    @Inject
    SignUpService signUp;

    @Inject
    ClientAddress client;

    @POST
    @Consumes(MediaType.WILDCARD)
    public Response signUp(String raw) {
        JsonObject body = JsonBody.allowOnly(JsonBody.parseObject(raw), FIELDS);
        requireAccepted(body, "termsOfUse");
        requireAccepted(body, "privacyPolicy");
        if (!(body.get("login") instanceof JsonObject)) {
            throw DomainException.badRequest("login: This field is required.");
        }
        JsonObject login = JsonBody.allowOnly(body.getJsonObject("login"), LOGIN_FIELDS);
        String platform = JsonBody.optionalString(login, "federatedPlatform");
        signUp.signUp(new SignUpService.SignUp(
                platform == null ? null : FederatedPlatform.of(platform),
                JsonBody.optionalString(login, "federatedToken"),
                JsonBody.base64Text(JsonBody.optionalString(login, "email"), "login.email"),
                JsonBody.base64Text(JsonBody.optionalString(login, "password"), "login.password")), client.current());
        return Response.ok("\"Account added successfully\"", MediaType.APPLICATION_JSON_TYPE).build();
    }

    private static void requireAccepted(JsonObject body, String name) {
        JsonValue value = body.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            throw DomainException.badRequest(name + ": This field is required.");
        }
        if (value != JsonValue.TRUE && value.getValueType() != JsonValue.ValueType.FALSE) {
            throw DomainException.badRequest(name + ": must be a boolean");
        }
        SignUpService.requireAccepted(name, value == JsonValue.TRUE);
    }
}
