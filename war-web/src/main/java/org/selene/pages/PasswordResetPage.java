package org.selene.pages;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.selene.domain.account.AccountSessionService;
import org.selene.domain.account.PasswordResetService;
import org.selene.domain.shared.DomainException;

import java.io.Serializable;
import java.util.Optional;

/**
 * The page the reset mail links to ({SSO_BASE_URL}/change-password?token=…, the address Selene's
 * sso app used): a new password set with the mailed token, which works once.
 */
@Named("passwordReset")
@ViewScoped
public class PasswordResetPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    PasswordResetService resets;

    private String token;
    private boolean usable;
    private String password;
    private String repeated;

    /** f:viewAction: whether the link still works, said before anyone types a password. */
    public void load() {
        AccountSessionService.ResetTokenCheck check = token == null || token.isBlank()
                ? new AccountSessionService.ResetTokenCheck(Optional.empty(), false, true) : resets.check(token.trim());
        usable = check.accountId().isPresent();
    }

    public String setNewPassword() {
        if (!password.equals(repeated)) {
            Pages.refused("newPassword", DomainException.badRequest("repeated: The two passwords differ."));
            return null;
        }
        try {
            resets.changePassword(token.trim(), null, password);
        } catch (DomainException e) {
            usable = false;
            Pages.refused("newPassword", e.status() == 401 ? new DomainException(401, "This link has expired or was already used.") : e);
            return null;
        }
        Pages.flash("Your new password is set: log in with it.");
        return Pages.redirect("/login.xhtml");
    }

    public boolean isUsable() { return usable; }
    public String getToken() { return token; }
    public void setToken(String token) { this.token = token; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public String getRepeated() { return repeated; }
    public void setRepeated(String repeated) { this.repeated = repeated; }
}
