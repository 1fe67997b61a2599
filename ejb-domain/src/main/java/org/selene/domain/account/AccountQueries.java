package org.selene.domain.account;

import jakarta.persistence.EntityManager;

import java.util.Optional;

/** Finding accounts by e-mail, shared by sign-up, login and password reset. */
final class AccountQueries {

    private AccountQueries() {
    }

    static Optional<Account> byEmail(EntityManager em, String email) {
        return em.createQuery("SELECT a FROM Account a WHERE a.emailAddress = :email", Account.class)
                .setParameter("email", email).getResultStream().findFirst();
    }
}
