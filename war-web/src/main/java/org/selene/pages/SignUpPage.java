package org.selene.pages;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.selene.domain.account.AccountProfileService;
import org.selene.domain.account.LoginService;
import org.selene.domain.account.PasswordResetService;
import org.selene.domain.account.SignUpService;
import org.selene.domain.shared.DomainException;
import org.selene.web.http.ClientAddress;
import org.selene.web.session.SessionCookies;

import java.util.UUID;

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

    @EJB
    AccountProfileService profiles;

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
            UUID accountId = signUps.signUp(new SignUpService.SignUp(null, null, email, password), client.current());
            Pages.setCookies(cookies.of(logins.logIn(email.trim(), password, client.current())));
            verify(accountId);
        } catch (DomainException e) {
            Pages.refused("signup", e);
            return null;
        }
        Pages.flash("Welcome! Say \"Hey Mycroft, pair my device\" and add the device with the code it speaks.");
        return Pages.redirect("/index.xhtml");
    }

    /** The account exists either way: a mail that cannot go now is asked for again on the account page. */
    private void verify(UUID accountId) {
        try {
            if (profiles.requestVerification(accountId)) {
                Pages.flash("We mailed you a link to verify your address.");
            }
        } catch (DomainException e) {
            Pages.flash("Your address is not verified yet: ask for a link on your account page.");
        }
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
