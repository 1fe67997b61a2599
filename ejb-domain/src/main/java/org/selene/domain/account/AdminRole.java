package org.selene.domain.account;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.selene.domain.shared.DomainException;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Role "admin" of a self-hosted backend. It is earned: the account's current e-mail address must
 * be verified (account.email_verification: a verification link used, a federated provider that
 * vouches for the address, or the operator's asadmin verify-account-email), and then the account
 * is admin when its address is listed in ADMIN_EMAILS (comma-separated) or when it holds the first
 * account's grant (account.first_admin).
 *
 * <p>The grant goes to the first account to verify its address, not the first created: on a fresh
 * server whoever reaches the sign-up first could otherwise take the role with an address they do
 * not own, and a squatted, never-verified account would keep it from the self-hoster forever. The
 * self-hoster who signs up and verifies at first start holds it without any configuration. It is
 * recorded once and never passes on (a deleted holder spends it), so no later user inherits it.
 */
@Stateless
public class AdminRole {

    @PersistenceContext(unitName = "selene")
    private EntityManager em;

    @Inject
    @ConfigProperty(name = "ADMIN_EMAILS")
    Optional<String> adminEmails;

    public boolean isAdmin(UUID accountId) {
        List<?> verified = em.createNativeQuery("""
                SELECT lower(a.email_address),
                       v.account_id IN (SELECT account_id FROM account.first_admin)
                FROM account.account a JOIN account.email_verification v ON v.account_id = a.id AND lower(v.email_address) = lower(a.email_address)
                WHERE a.id = ?1""").setParameter(1, accountId).getResultList();
        if (verified.isEmpty()) {
            return false;
        }
        Object[] row = (Object[]) verified.get(0);
        return Boolean.TRUE.equals(row[1]) || listed().contains((String) row[0]);
    }

    private List<String> listed() {
        return adminEmails.map(s -> Arrays.stream(s.split(",")).map(e -> e.strip().toLowerCase(Locale.ROOT)).filter(e -> !e.isEmpty()).toList())
                .orElse(List.of());
    }

    public void requireAdmin(UUID accountId) {
        if (!isAdmin(accountId)) {
            throw new DomainException(403, "this needs the admin role");
        }
    }
}
