package org.selene.pages;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.selene.domain.account.AccountProfileService;
import org.selene.domain.shared.DomainException;

import java.io.Serializable;

/**
 * The page a verification mail links to ({ACCOUNT_BASE_URL}/verify-email?token=…). The address is
 * proven by a button, not by opening the link, so that a mail scanner fetching links spends nothing.
 */
@Named("emailVerification")
@ViewScoped
public class EmailVerificationPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    AccountProfileService profiles;

    @Inject
    PageCaller caller;

    private String token;

    public String verify() {
        try {
            profiles.verifyEmail(caller.id(), token == null ? "" : token.trim());
        } catch (DomainException e) {
            Pages.refused("verification", e.status() == 400
                    ? new DomainException(400, "This link has expired, was already used or belongs to another account.") : e);
            return null;
        }
        Pages.flash("Your e-mail address is verified.");
        return Pages.redirect("/account.xhtml");
    }

    public String getToken() { return token; }
    public void setToken(String token) { this.token = token; }
}
