package org.selene.account.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.selene.domain.device.DeviceManagementService;
import org.selene.web.session.AccountAuthenticated;
import org.selene.web.session.AuthenticatedAccount;

import static org.selene.domain.shared.JsonText.JSON;

/** How many devices the account has (the skills page decides what to show by it). */
@Path("device-count")
@AccountAuthenticated
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class DeviceCountResource {

    @Inject
    AuthenticatedAccount caller;

    @Inject
    DeviceManagementService devices;

    @GET
    public JsonObject count() {
        return JSON.createObjectBuilder().add("deviceCount", devices.count(caller.id())).build();
    }
}
