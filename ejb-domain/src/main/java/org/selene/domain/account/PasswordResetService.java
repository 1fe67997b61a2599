package org.selene.domain.account;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.selene.domain.infrastructure.MailService;
import org.selene.domain.limit.Limit;
import org.selene.domain.limit.RateLimiter;
import org.selene.domain.shared.DomainException;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;

/**
 * The forgotten-password flow: a mailed link with a one-hour reset token, then a new password set
 * with that token. Unlike Selene, the change requires the token (not a bare account id), the token
 * works once, and the change ends every session of the account.
 */
@Stateless
public class PasswordResetService {

    static final String SUBJECT = "Password Reset Request";

    @PersistenceContext(unitName = "selene")
    private EntityManager em;

    @Inject
    AccountSessionService sessions;

    @Inject
    AccountPasswordService passwords;

    @Inject
    MailService mail;

    @EJB
    RateLimiter limiter;

    @Inject
    @ConfigProperty(name = "SSO_BASE_URL", defaultValue = "http://localhost:8080")
    String ssoBaseUrl;

    /**
     * Mails either the reset link or a note that no account uses the address; the caller cannot tell
     * which, also from the limits: both count per client address and per target address alike.
     */
    public void requestReset(String emailAddress, String clientAddress) {
        String email = EmailAddress.require(emailAddress);
        mail.requireConfigured();
        limiter.hit(Limit.PASSWORD_RESETS_PER_ADDRESS, clientAddress);
        limiter.hit(Limit.PASSWORD_RESETS_PER_EMAIL, email);
        Optional<Account> account = AccountQueries.byEmail(em, email);
        if (account.isPresent()) {
            String link = ssoBaseUrl.replaceAll("/+$", "") + "/change-password?token=" + URLEncoder.encode(sessions.passwordResetToken(account.get().getId()), StandardCharsets.UTF_8);
            mail.send(email, SUBJECT,
                    "Someone asked to reset the password of your account. To choose a new password, open this link within an hour:\n\n"
                            + link + "\n\nIf you did not ask for this, ignore this message; your password stays as it is.",
                    "<p>Someone asked to reset the password of your account. To choose a new password, open this link within an hour:</p>"
                            + "<p><a href=\"" + link + "\">Reset your password</a></p>"
                            + "<p>If you did not ask for this, ignore this message; your password stays as it is.</p>");
        } else {
            mail.send(email, SUBJECT,
                    "Someone asked to reset the password of an account with this e-mail address, but there is no such account. "
                            + "If you did not ask for this, ignore this message.",
                    null);
        }
    }

    public AccountSessionService.ResetTokenCheck check(String token) {
        return sessions.checkResetToken(token);
    }

    /**
     * Sets the new password. The token decides whose; an account id sent along (the sso app sends
     * one) must name the same account.
     */
    public void changePassword(String resetToken, UUID claimedAccountId, String newPassword) {
        if (resetToken == null || resetToken.isBlank()) {
            throw DomainException.unauthorized("a valid password reset token is required");
        }
        UUID accountId = sessions.checkResetToken(resetToken).accountId()
                .orElseThrow(() -> DomainException.unauthorized("password reset token is invalid or expired"));
        if (claimedAccountId != null && !claimedAccountId.equals(accountId)) {
            throw DomainException.unauthorized("password reset token is invalid or expired");
        }
        // the reset token carries the session version, so ending the sessions also spends it
        passwords.setPassword(accountId, newPassword);
    }
}
