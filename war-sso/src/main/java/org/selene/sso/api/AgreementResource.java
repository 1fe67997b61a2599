package org.selene.sso.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.Path;
import org.selene.web.account.AgreementEndpoint;

/** Terms of Use and Privacy Policy in effect, as the sso app shows them. */
@Path("agreement/{type}")
@ApplicationScoped
public class AgreementResource extends AgreementEndpoint {
}
