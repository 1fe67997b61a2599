package org.selene.pages;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.selene.domain.account.LoginService;
import org.selene.domain.account.PasswordResetService;
import org.selene.domain.account.SignUpService;
import org.selene.domain.shared.DomainException;
import org.selene.web.http.ClientAddress;
import org.selene.web.session.SessionCookies;

/** Signing up (both agreements, as the sso API) and asking for a password-reset link. */
@Named("signUp")
@RequestScoped
public class SignUpPage {

    @EJB
    SignUpService signUps;

    @EJB
    LoginService logins;

    @EJB
    PasswordResetService resets;

    @Inject
    SessionCookies cookies;

    @Inject
    ClientAddress client;

    private String email;
    private String password;
    private boolean termsOfUse;
    private boolean privacyPolicy;

    public String signUp() {
        try {
            SignUpService.requireAccepted("termsOfUse", termsOfUse);
            SignUpService.requireAccepted("privacyPolicy", privacyPolicy);
            signUps.signUp(new SignUpService.SignUp(null, null, email, password), client.current());
            Pages.setCookies(cookies.of(logins.logIn(email.trim(), password, client.current())));
        } catch (DomainException e) {
            Pages.refused("signup", e);
            return null;
        }
        Pages.flash("Welcome! Say \"Hey Mycroft, pair my device\" and add the device with the code it speaks.");
        return Pages.redirect("/index.xhtml");
    }

    public String requestReset() {
        try {
            resets.requestReset(email, client.current());
        } catch (DomainException e) {
            Pages.refused("reset", e.status() == 503
                    ? new DomainException(503, "This server sends no e-mail: ask its operator to set your password.") : e);
            return null;
        }
        Pages.flash("If an account uses this address, a link to choose a new password is on its way.");
        return Pages.redirect("/login.xhtml");
    }

    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public boolean isTermsOfUse() { return termsOfUse; }
    public void setTermsOfUse(boolean termsOfUse) { this.termsOfUse = termsOfUse; }
    public boolean isPrivacyPolicy() { return privacyPolicy; }
    public void setPrivacyPolicy(boolean privacyPolicy) { this.privacyPolicy = privacyPolicy; }
}
