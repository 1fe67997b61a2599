package org.selene.domain.account;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.selene.domain.account.federated.FederatedIdentityService;
import org.selene.domain.account.federated.FederatedPlatform;
import org.selene.domain.shared.DomainException;

import java.util.Optional;

/** Signing in with an e-mail and password (throttled) or with a federated provider's token. */
@Stateless
public class LoginService {

    @PersistenceContext(unitName = "selene")
    private EntityManager em;

    @Inject
    PasswordHashing hashing;

    @EJB
    LoginThrottle throttle;

    @Inject
    AccountSessionService sessions;

    @Inject
    FederatedIdentityService federated;

    public WebSession logIn(String email, String password, String clientAddress) {
        throttle.requireAllowed(email, clientAddress);
        Optional<Account> account = AccountQueries.byEmail(em, email);
        PasswordHashing.Verdict verdict = hashing.verify(account.map(Account::getPassword).orElse(null), password);
        if (verdict == PasswordHashing.Verdict.NO_MATCH) {
            throttle.recordFailure(email, clientAddress);
            throw DomainException.unauthorized("provided credentials not found");
        }
        Account found = account.orElseThrow();
        if (verdict == PasswordHashing.Verdict.MATCH_NEEDS_UPGRADE) {
            found.changePassword(hashing.hash(password));
        }
        throttle.recordSuccess(email);
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
