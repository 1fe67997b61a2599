package org.selene.account.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.selene.domain.account.AccountProfileService;

import static org.selene.domain.shared.JsonText.JSON;

/** The membership plans on offer (public, as Selene); subscribing needs a payment provider, which is not part of this server. */
@Path("memberships")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class MembershipsResource {

    @Inject
    AccountProfileService profiles;

    @GET
    public JsonArray memberships() {
        JsonArrayBuilder out = JSON.createArrayBuilder();
        profiles.memberships().forEach(m -> out.add(AccountWire.membership(m)));
        return out.build();
    }
}
