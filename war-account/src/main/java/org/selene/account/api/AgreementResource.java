package org.selene.account.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.Path;
import org.selene.web.account.AgreementEndpoint;

/** Terms of Use and Privacy Policy in effect, as the account app shows them. */
@Path("agreement/{type}")
@ApplicationScoped
public class AgreementResource extends AgreementEndpoint {
}
