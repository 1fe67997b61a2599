package org.selene.account.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Path;
import org.selene.web.account.AgreementEndpoint;

/** Terms of Use and Privacy Policy in effect, as the account app shows them. */
@Path("agreement/{type}")
@RequestScoped
public class AgreementResource extends AgreementEndpoint {
}
