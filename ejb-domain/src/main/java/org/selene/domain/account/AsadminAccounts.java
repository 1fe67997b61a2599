package org.selene.domain.account;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.selene.domain.shared.DomainException;

/**
 * What the server's {@code asadmin verify-account-email} command (module asadmin-batch) calls: a
 * no-interface EJB under a fixed global JNDI name, taking and returning JDK types only; and the job
 * verify-account-email, which an operator starts from WildFly's CLI. The operator vouches for an
 * address where no verification mail can be sent (a server without mail).
 */
@Stateless
public class AsadminAccounts {

    public static final String JNDI = "java:global/selene/ejb-domain/AsadminAccounts";

    @PersistenceContext(unitName = "selene")
    private EntityManager em;

    /** Records the current address of the account using it as verified; answers the account's id. */
    public String verify(String address) {
        Account account = AccountQueries.byEmail(em, EmailAddress.require(address))
                .orElseThrow(() -> DomainException.notFound("no account uses this address"));
        EmailVerifications.record(em, account.getId(), account.getEmailAddress());
        return account.getId().toString();
    }
}
