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
 * Role "admin" of a self-hosted backend: the first account created (the self-hoster, who needs
 * no configuration) and the accounts whose e-mail address is listed in ADMIN_EMAILS (comma-separated).
 */
@Stateless
public class AdminRole {

    @PersistenceContext(unitName = "selene")
    private EntityManager em;

    @Inject
    @ConfigProperty(name = "ADMIN_EMAILS")
    Optional<String> adminEmails;

    public boolean isAdmin(UUID accountId) {
        List<String> listed = adminEmails.map(s -> Arrays.stream(s.split(",")).map(e -> e.strip().toLowerCase(Locale.ROOT)).filter(e -> !e.isEmpty()).toList())
                .orElse(List.of());
        List<?> email = em.createNativeQuery("SELECT lower(email_address) FROM account.account WHERE id = ?1").setParameter(1, accountId).getResultList();
        if (email.isEmpty()) {
            return false;
        }
        if (listed.contains((String) email.get(0))) {
            return true;
        }
        List<?> first = em.createNativeQuery("SELECT id FROM account.account ORDER BY insert_ts, id LIMIT 1").getResultList();
        return !first.isEmpty() && accountId.equals(first.get(0));
    }

    public void requireAdmin(UUID accountId) {
        if (!isAdmin(accountId)) {
            throw new DomainException(403, "this needs the admin role");
        }
    }
}
