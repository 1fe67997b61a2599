package org.selene.domain.account;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.selene.domain.shared.DomainException;

import java.util.UUID;

/**
 * Setting an account's password, the one way every route does it (sso password-change after a
 * reset, the account API's change-password): a fresh hash, and every earlier session ended. A caller
 * that keeps the person signed in issues a new session afterwards (AccountSessionService.signIn).
 */
@Stateless
public class AccountPasswordService {

    @PersistenceContext(unitName = "selene")
    private EntityManager em;

    @Inject
    PasswordHashing hashing;

    @Inject
    AccountSessionService sessions;

    public void setPassword(UUID accountId, String newPassword) {
        if (newPassword == null || newPassword.isEmpty()) {
            throw DomainException.badRequest("password: This field is required.");
        }
        Account account = em.find(Account.class, accountId);
        if (account == null) {
            throw DomainException.unauthorized("account not found");
        }
        account.changePassword(hashing.hash(newPassword));
        sessions.revokeAll(accountId);
    }
}
