package org.selene.account.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.selene.domain.device.DeviceManagementService;
import org.selene.web.http.ClientAddress;
import org.selene.web.session.AccountAuthenticated;
import org.selene.web.session.AuthenticatedAccount;

import static org.selene.domain.shared.JsonText.JSON;

/** The device form's live check of the code a person typed. */
@Path("pairing-code/{code}")
@AccountAuthenticated
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class PairingCodeResource {

    @Inject
    AuthenticatedAccount caller;

    @Inject
    DeviceManagementService devices;

    @Inject
    ClientAddress client;

    @GET
    public JsonObject check(@PathParam("code") String code) {
        boolean valid = code.length() <= 20 && devices.pairingCodePending(caller.id(), code.trim().toUpperCase(java.util.Locale.ROOT), client.current());
        return JSON.createObjectBuilder().add("isValid", valid).build();
    }
}
