package org.selene.domain.account;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.selene.domain.account.federated.FederatedIdentityService;
import org.selene.domain.account.federated.FederatedPlatform;
import org.selene.domain.limit.Limit;
import org.selene.domain.limit.LimitExceeded;
import org.selene.domain.limit.RateLimiter;
import org.selene.domain.shared.DomainException;

import java.util.Optional;

/** Signing in with an e-mail and password (limited) or with a federated provider's token. */
@Stateless
public class LoginService {

    @PersistenceContext(unitName = "selene")
    private EntityManager em;

    @Inject
    PasswordHashing hashing;

    @EJB
    RateLimiter limiter;

    @Inject
    AccountSessionService sessions;

    @Inject
    FederatedIdentityService federated;

    /**
     * Every attempt counts as a failure before the password is checked (so a concurrent burst of
     * guesses cannot pass the limit) and a success gives it back. Failures count per e-mail address
     * and client address together, so guesses from elsewhere never lock the owner out, and per client address.
     */
    public WebSession logIn(String email, String password, String clientAddress) {
        RateLimiter.Permit pair = limiter.hit(Limit.LOGIN_FAILURES, email, clientAddress);
        RateLimiter.Permit fromAddress;
        try {
            fromAddress = limiter.hit(Limit.LOGIN_FAILURES_PER_ADDRESS, clientAddress);
        } catch (LimitExceeded refused) {
            limiter.refund(pair);
            throw refused;
        }
        Optional<Account> account = AccountQueries.byEmail(em, email);
        PasswordHashing.Verdict verdict = hashing.verify(account.map(Account::getPassword).orElse(null), password);
        if (verdict == PasswordHashing.Verdict.NO_MATCH) {
            throw DomainException.unauthorized("provided credentials not found");
        }
        Account found = account.orElseThrow();
        if (verdict == PasswordHashing.Verdict.MATCH_NEEDS_UPGRADE) {
            found.changePassword(hashing.hash(password));
        }
        limiter.forget(Limit.LOGIN_FAILURES, email, clientAddress);
        limiter.refund(fromAddress);
        return sessions.signIn(found.getId());
    }

    public WebSession logInFederated(FederatedPlatform platform, String token) {
        String email = federated.emailOf(platform, token)
                .orElseThrow(() -> DomainException.unauthorized("could not retrieve email from provider"));
        Account account = AccountQueries.byEmail(em, email)
                .orElseThrow(() -> DomainException.unauthorized("no account found for provided email"));
        // the provider reported the address as verified
        EmailVerifications.record(em, account.getId(), email);
        return sessions.signIn(account.getId());
    }
}
