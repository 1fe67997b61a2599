package org.selene.account.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.selene.domain.device.DeviceManagementService;
import org.selene.web.session.AccountAuthenticated;
import org.selene.web.session.AuthenticatedAccount;

import static org.selene.domain.shared.JsonText.JSON;

/** The places the account's devices are at, for the device form. */
@Path("geographies")
@AccountAuthenticated
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class GeographiesResource {

    @Inject
    AuthenticatedAccount caller;

    @Inject
    DeviceManagementService devices;

    @GET
    public JsonArray places() {
        JsonArrayBuilder out = JSON.createArrayBuilder();
        devices.places(caller.id()).forEach(p -> out.add(AccountWire.choice(p.id(), p.countryName(), true)));
        return out.build();
    }
}
