package org.selene.pages;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.selene.domain.account.AccountSessionService;
import org.selene.domain.account.LoginService;
import org.selene.domain.account.federated.FederatedIdentityService;
import org.selene.domain.shared.DomainException;
import org.selene.web.http.ClientAddress;
import org.selene.web.session.SessionCookies;

/** Logging in and out: the APIs' login service and cookies, so the APIs see the same session. */
@Named("login")
@RequestScoped
public class LoginPage {

    @EJB
    LoginService logins;

    @EJB
    AccountSessionService sessions;

    @EJB
    FederatedIdentityService federated;

    @Inject
    SessionCookies cookies;

    @Inject
    ClientAddress client;

    @Inject
    PageCaller caller;

    private String email;
    private String password;
    private String next;

    public String logIn() {
        try {
            Pages.setCookies(cookies.of(logins.logIn(email.trim(), password, client.current())));
        } catch (DomainException e) {
            Pages.refused("login", e.status() == 401 ? new DomainException(401, "The e-mail address or the password is wrong.") : e);
            return null;
        }
        Pages.sendTo(Pages.localPath(next) ? next : "/");
        return null;
    }

    public String logOut() {
        caller.optionalId().ifPresent(sessions::revokeAll);
        Pages.setCookies(cookies.expired());
        Pages.flash("You are logged out.");
        return Pages.redirect("/login.xhtml");
    }

    public boolean isGitHubConfigured() {
        return federated.gitHubConfigured();
    }

    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public String getNext() { return next; }
    public void setNext(String next) { this.next = next; }
}
