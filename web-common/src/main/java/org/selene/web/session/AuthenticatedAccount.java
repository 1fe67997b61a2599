package org.selene.web.session;

import jakarta.enterprise.context.RequestScoped;
import org.selene.domain.account.WebSession;

import java.util.Optional;
import java.util.UUID;

/** The person whose session cookies authenticated the current request. */
@RequestScoped
public class AuthenticatedAccount {

    private UUID id;
    private WebSession renewed;

    void authenticated(UUID accountId, WebSession renewedSession) {
        this.id = accountId;
        this.renewed = renewedSession;
    }

    public UUID id() {
        if (id == null) {
            throw new IllegalStateException("route is not @AccountAuthenticated");
        }
        return id;
    }

    /** Empty on an @AccountAuthenticated(optional = true) route called without cookies. */
    public Optional<UUID> optionalId() {
        return Optional.ofNullable(id);
    }

    Optional<WebSession> renewed() {
        return Optional.ofNullable(renewed);
    }
}
