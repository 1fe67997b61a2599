package org.selene.account.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.Path;
import org.selene.web.account.ValidateEmailEndpoint;

/** Whether an address already has an account, as the account app asks before signing up or changing it. */
@Path("validate-email")
@ApplicationScoped
public class ValidateEmailResource extends ValidateEmailEndpoint {
}
