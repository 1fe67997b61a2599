package org.selene.device.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.selene.domain.device.PairingService;
import org.selene.domain.shared.DomainException;
import org.selene.web.http.ClientAddress;

import static org.selene.domain.shared.JsonText.JSON;


/** GET /v1/device/code, unauthenticated: a device re-pairing may still send its old, revoked bearer. */
@Path("device/code")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class PairingResource {

    // @EJB, not @Inject: an EJB called through its CDI proxy costs Payara a thrown exception per
    // call (docs/platform-notes.md #1), and a device may ask for a code every few seconds
    @EJB
    PairingService pairing;

    @Inject
    ClientAddress client;


    @GET
    public JsonObject code(@QueryParam("state") String state, @QueryParam("packaging") String packaging) {
        if (state == null || state.isBlank()) {
            throw DomainException.badRequest("state: This field is required.");
        }
        if (state.length() > 200 || (packaging != null && packaging.length() > 100)) {
            throw DomainException.badRequest("state or packaging too long");
        }
        PairingService.CodeRequest request = pairing.requestCode(state, packaging, client.current());
        return JSON.createObjectBuilder()
                .add("code", request.code())
                .add("expiration", request.expiration())
                .add("state", request.state())
                .add("token", request.token())
                .build();
    }
}
