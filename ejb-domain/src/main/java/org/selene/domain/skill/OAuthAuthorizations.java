package org.selene.domain.skill;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.selene.domain.device.DeviceService;
import org.selene.domain.device.HouseholdService;
import org.selene.domain.device.Tokens;
import org.selene.domain.limit.Limit;
import org.selene.domain.limit.RateLimiter;
import org.selene.domain.shared.DomainException;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The authorizations devices start for a skill's OAuth app (the personal backend's
 * GET /v1/auth/{token_id}/auth_url) until the provider redirects the person back: each has its own
 * random state, stored hashed, used once and for ten minutes, so a redirect brings the code of the
 * device's own account and of no one else's (the personal backend sent no state at all).
 */
@Stateless
public class OAuthAuthorizations {

    static final int MINUTES = 10;

    @PersistenceContext(unitName = "selene")
    private EntityManager em;

    @Inject
    private OAuthAppService apps;

    @Inject
    private HouseholdService household;

    @Inject
    private RateLimiter limiter;

    @Inject
    private DeviceService devices;

    /** A started authorization: the app (as stored) and the state the provider is to send back. */
    public record Started(OAuthAppService.App app, String state) {
        @Override
        public String toString() {
            return "authorization for " + app.tokenId();
        }
    }

    /** A redirect's authorization: the app, whose token it becomes, and the redirect_uri the code came to. */
    public record Pending(OAuthAppService.App app, UUID account, String redirectUri) {
    }

    /**
     * Starts an authorization of the device's account for the app tokenId. An app not yet here is
     * added from what the device offers, only by a device of the household (whose apps they are);
     * an app that is here is used as stored (the admin's or manager's settings win over a device's).
     */
    public Started start(UUID deviceId, String tokenId, Optional<OAuthAppService.App> offered, String redirectUri) {
        limiter.hit(Limit.OAUTH_AUTHORIZATIONS_PER_DEVICE, deviceId.toString());
        UUID account = devices.accountOf(deviceId).orElseThrow(() -> DomainException.notFound("no such device"));
        OAuthAppService.App app = apps.app(tokenId).orElseGet(() -> {
            if (offered.isEmpty()) {
                throw DomainException.notFound("no OAuth app with this token_id: give client_id, client_secret, auth_endpoint, token_endpoint and scope");
            }
            if (!account.equals(household.account())) {
                throw DomainException.notFound("no OAuth app with this token_id (only the household's devices add apps)");
            }
            return apps.save(offered.get());
        });
        em.createNativeQuery("DELETE FROM skill.oauth_authorization WHERE expires_at < now()").executeUpdate();
        String state = Tokens.random();
        em.createNativeQuery("""
                        INSERT INTO skill.oauth_authorization (state_hash, oauth_credential_id, account_id, redirect_uri, expires_at)
                        SELECT ?1, c.id, ?2, ?3, now() + make_interval(mins => ?4) FROM skill.oauth_credential c
                        WHERE c.developer_id = ?5 AND c.application_name = ?6""")
                .setParameter(1, Tokens.hash(state)).setParameter(2, account).setParameter(3, redirectUri).setParameter(4, MINUTES)
                .setParameter(5, household.account()).setParameter(6, tokenId).executeUpdate();
        return new Started(app, state);
    }

    /** Takes the authorization a redirect for tokenId brings back with state: once, while it lasts. */
    public Optional<Pending> take(String tokenId, String state) {
        List<?> taken = em.createNativeQuery("""
                        DELETE FROM skill.oauth_authorization a USING skill.oauth_credential c
                        WHERE a.state_hash = ?1 AND c.id = a.oauth_credential_id AND c.developer_id = ?2 AND c.application_name = ?3
                        RETURNING a.account_id, a.redirect_uri, a.expires_at > now()""")
                .setParameter(1, Tokens.hash(state)).setParameter(2, household.account()).setParameter(3, tokenId).getResultList();
        if (taken.isEmpty() || !((Boolean) ((Object[]) taken.get(0))[2])) {
            return Optional.empty();
        }
        Object[] row = (Object[]) taken.get(0);
        return apps.app(tokenId).map(app -> new Pending(app, (UUID) row[0], (String) row[1]));
    }
}
