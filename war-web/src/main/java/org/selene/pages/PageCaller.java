package org.selene.pages;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.selene.domain.account.AdminRole;

import java.util.Optional;
import java.util.UUID;

/** The person whose session cookies the page request carried (set by {@link PageSessionFilter}). */
@Named("caller")
@RequestScoped
public class PageCaller {

    @EJB
    AdminRole admins;

    private UUID accountId;
    private Boolean admin;

    void signedInAs(UUID accountId) {
        this.accountId = accountId;
    }

    public boolean isSignedIn() {
        return accountId != null;
    }

    public Optional<UUID> optionalId() {
        return Optional.ofNullable(accountId);
    }

    /** Pages behind the filter's sign-in check only. */
    public UUID id() {
        if (accountId == null) {
            throw new IllegalStateException("page is not behind the sign-in check");
        }
        return accountId;
    }

    public boolean isAdmin() {
        if (admin == null) {
            admin = accountId != null && admins.isAdmin(accountId);
        }
        return admin;
    }
}
