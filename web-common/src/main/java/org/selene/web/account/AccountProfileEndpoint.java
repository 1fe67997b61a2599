package org.selene.web.account;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import org.selene.domain.account.AccountProfileService;
import org.selene.web.session.AuthenticatedAccount;

/**
 * GET /api/account, the signed-in person's profile, which the account API and the marketplace
 * (it shows the name) both serve: each WAR subclasses this with its @Path, scope and authentication.
 */
public abstract class AccountProfileEndpoint {

    @Inject
    protected AuthenticatedAccount caller;

    @Inject
    protected AccountProfileService profiles;

    @GET
    public JsonObject profile() {
        return AccountProfileWire.profile(profiles.profile(caller.id()));
    }
}
