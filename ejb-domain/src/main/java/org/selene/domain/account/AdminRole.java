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
 * be verified (account.email_verification: a verification link used, or a federated provider that
 * vouches for the address), and then the account is admin when its address is listed in
 * ADMIN_EMAILS (comma-separated) or when it is the first account ever to verify its address.
 *
 * <p>"First verified", not "first created": on a fresh server whoever reaches the sign-up first
 * could otherwise take the role with an address they do not own, and a squatted, never-verified
 * account would keep the role from the self-hoster forever. The self-hoster who signs up and
 * verifies at first start is that account without any configuration; first_verified_ts never
 * moves, so a later change of address (re-verified) does not hand the role to someone else.
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
                       v.account_id = (SELECT account_id FROM account.email_verification ORDER BY first_verified_ts, account_id LIMIT 1)
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
