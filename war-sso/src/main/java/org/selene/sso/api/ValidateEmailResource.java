package org.selene.sso.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.Path;
import org.selene.web.account.ValidateEmailEndpoint;

/** Whether an address already has an account, as the sso app asks before signing up or changing it. */
@Path("validate-email")
@ApplicationScoped
public class ValidateEmailResource extends ValidateEmailEndpoint {
}
