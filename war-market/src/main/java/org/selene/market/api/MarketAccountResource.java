package org.selene.market.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.selene.domain.account.AccountProfileService;
import org.selene.web.account.AccountProfileWire;
import org.selene.web.session.AccountAuthenticated;
import org.selene.web.session.AuthenticatedAccount;

/** The signed-in person's profile, as the account API's GET /api/account (the marketplace shows the name). */
@Path("account")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@AccountAuthenticated
public class MarketAccountResource {

    @Inject
    AuthenticatedAccount caller;

    @Inject
    AccountProfileService profiles;

    @GET
    public JsonObject profile() {
        return AccountProfileWire.profile(profiles.profile(caller.id()));
    }
}
