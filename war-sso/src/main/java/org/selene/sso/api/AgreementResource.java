package org.selene.sso.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.selene.domain.account.AgreementType;
import org.selene.domain.account.EffectiveAgreementService;
import org.selene.domain.shared.DomainException;

/** GET /api/agreement/{terms-of-use|privacy-policy}: the version in effect today. */
@Path("agreement/{type}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AgreementResource {

    @Inject
    EffectiveAgreementService agreements;

    @GET
    public JsonObject agreement(@PathParam("type") String type) {
        AgreementType agreementType = switch (type) {
            case "terms-of-use" -> AgreementType.TERMS_OF_USE;
            case "privacy-policy" -> AgreementType.PRIVACY_POLICY;
            default -> throw DomainException.notFound("unknown agreement type");
        };
        EffectiveAgreementService.AgreementText text = agreements.current(agreementType)
                .orElseThrow(() -> DomainException.notFound("no " + agreementType.label() + " is in effect"));
        JsonObjectBuilder json = Json.createObjectBuilder();
        if (text.content() == null) {
            json.addNull("content");
        } else {
            json.add("content", text.content());
        }
        return json.add("id", text.id().toString())
                .add("type", text.type().label())
                .add("version", text.version())
                .build();
    }
}
