package org.selene.domain.account;

import jakarta.persistence.EntityManager;

import java.util.UUID;

/**
 * Records that an account has proven its e-mail address: by the link of a verification mail, or
 * through a federated provider that reports the address as verified.
 */
final class EmailVerifications {

    private EmailVerifications() {
    }

    static void record(EntityManager em, UUID accountId, String address) {
        em.createNativeQuery("""
                INSERT INTO account.email_verification (account_id, email_address) VALUES (?1, ?2)
                ON CONFLICT (account_id) DO UPDATE SET email_address = EXCLUDED.email_address, verified_ts = EXCLUDED.verified_ts""")
                .setParameter(1, accountId).setParameter(2, address).executeUpdate();
        // the first verification of all takes the first account's admin grant; later ones find it taken
        em.createNativeQuery("INSERT INTO account.first_admin (account_id) VALUES (?1) ON CONFLICT DO NOTHING")
                .setParameter(1, accountId).executeUpdate();
    }
}
