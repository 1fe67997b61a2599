package org.selene.market.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.selene.web.account.AccountProfileEndpoint;
import org.selene.web.session.AccountAuthenticated;

/** The signed-in person's profile, as the account API's GET /api/account (the marketplace shows the name). */
@Path("account")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@AccountAuthenticated
public class MarketAccountResource extends AccountProfileEndpoint {
}
