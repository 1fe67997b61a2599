package org.selene.domain.account;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import org.selene.domain.account.federated.FederatedIdentityService;
import org.selene.domain.account.federated.FederatedPlatform;
import org.selene.domain.metric.AccountActivityService;
import org.selene.domain.limit.Limit;
import org.selene.domain.limit.RateLimiter;
import org.selene.domain.shared.DomainException;

import java.util.Optional;
import java.util.UUID;

/** Creating accounts (POST /api/account of the sso app) and telling whether an address is taken. */
@Stateless
public class SignUpService {

    /** Either a federated provider's token or an e-mail address with a password. */
    public record SignUp(FederatedPlatform platform, String federatedToken, String email, String password) {
    }

    /** GET /api/validate-email's answer. */
    public record EmailCheck(boolean accountExists, boolean noFederatedEmail) {
    }

    @PersistenceContext(unitName = "selene")
    private EntityManager em;

    @Inject
    PasswordHashing hashing;

    @Inject
    FederatedIdentityService federated;

    @Inject
    AccountActivityService activity;

    @EJB
    RateLimiter limiter;

    /** Nobody signs up without accepting the Terms of Use and the Privacy Policy (the sso API and the sign-up page). */
    public static void requireAccepted(String agreementField, boolean accepted) {
        if (!accepted) {
            throw DomainException.badRequest(agreementField + ": agreement not accepted");
        }
    }

    /** The limit per client address counts before the costly part (the provider's answer, the password hash). */
    public UUID signUp(SignUp request, String clientAddress) {
        boolean federatedLogin = request.platform() != null && request.federatedToken() != null && !request.federatedToken().isBlank();
        String email = null;
        if (!federatedLogin) {
            if (request.email() == null) {
                throw DomainException.badRequest("either a federated login or an email address is required");
            }
            if (request.password() == null || request.password().isEmpty()) {
                throw DomainException.badRequest("email address must be accompanied by a password");
            }
            email = EmailAddress.require(request.email());
        }
        limiter.hit(Limit.SIGN_UPS_PER_ADDRESS, clientAddress);
        String passwordHash = null;
        if (federatedLogin) {
            // Selene's GitHub path crashed here (500); all three providers answer 400 when they give no address
            email = federated.emailOf(request.platform(), request.federatedToken())
                    .orElseThrow(() -> DomainException.badRequest("could not retrieve email from provider"));
        } else {
            passwordHash = hashing.hash(request.password());
        }
        if (AccountQueries.byEmail(em, email).isPresent()) {
            throw DomainException.conflict("an account with this email address already exists");
        }
        activity.ensureToday();
        Account account = new Account(email, null, passwordHash);
        try {
            em.persist(account);
            em.flush();
        } catch (PersistenceException e) {
            // a concurrent sign-up with the same address won the race
            throw DomainException.conflict("an account with this email address already exists");
        }
        em.createNativeQuery("""
                INSERT INTO account.account_agreement (account_id, agreement_id, accept_date)
                SELECT ?1, id, (now() AT TIME ZONE 'UTC')::date FROM account.agreement
                WHERE agreement IN ('Privacy Policy', 'Terms of Use') AND effective @> (now() AT TIME ZONE 'UTC')::date""")
                .setParameter(1, account.getId()).executeUpdate();
        if (passwordHash == null) {
            // the provider reported the address as verified
            EmailVerifications.record(em, account.getId(), email);
        }
        activity.accountAdded();
        return account.getId();
    }

    /** Internal: the token is the address itself; federated: the address the provider reports. */
    public EmailCheck checkEmail(FederatedPlatform platform, String emailOrToken) {
        Optional<String> email = platform == null ? Optional.of(EmailAddress.require(emailOrToken)) : federated.emailOf(platform, emailOrToken);
        return new EmailCheck(email.flatMap(e -> AccountQueries.byEmail(em, e)).isPresent(), email.isEmpty());
    }
}
