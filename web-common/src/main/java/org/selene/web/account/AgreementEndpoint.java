package org.selene.web.account;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.selene.domain.account.AgreementService;
import org.selene.domain.account.AgreementType;
import org.selene.domain.shared.DomainException;

import static org.selene.domain.shared.JsonText.JSON;

/**
 * GET /api/agreement/{type}, which Selene mounts in the SSO and the account API alike (docs/web-apis.md
 * §1.5): each WAR subclasses this with its @Path and scope.
 */
public abstract class AgreementEndpoint {

    @Inject
    AgreementService agreements;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public JsonObject agreement(@PathParam("type") String type) {
        AgreementType kind = switch (type) {
            case "terms-of-use" -> AgreementType.TERMS_OF_USE;
            case "privacy-policy" -> AgreementType.PRIVACY_POLICY;
            default -> throw DomainException.notFound("unknown agreement type");
        };
        AgreementService.AgreementText text = agreements.current(kind);
        JsonObjectBuilder json = JSON.createObjectBuilder();
        if (text.content() == null) {
            json.addNull("content");
        } else {
            json.add("content", text.content());
        }
        return json.add("id", text.id().toString()).add("type", text.type().label()).add("version", text.version()).build();
    }
}
