package org.selene.domain.device;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Device logins: issues, refreshes and revokes the opaque device tokens ({@link AccessTokens} verifies them). */
@Stateless
public class DeviceSessionService {

    /** Advertised to the device as `expiration`; the access token is valid that long. */
    public static final int ACCESS_TOKEN_SECONDS = 86400;
    /** Selene's refresh tokens never expired; a device silent for a year must pair again. */
    static final Duration REFRESH_TOKEN_LIFETIME = Duration.ofDays(365);

    @PersistenceContext(unitName = "selene")
    private EntityManager em;

    @Inject
    private DeviceCaches caches;

    static LocalDateTime now() {
        return LocalDateTime.now(ZoneOffset.UTC);
    }

    public DeviceLogin login(UUID deviceId) {
        String access = Tokens.random();
        String refresh = Tokens.random();
        LocalDateTime now = now();
        em.persist(new DeviceSession(deviceId, Tokens.hash(access), Tokens.hash(refresh), now,
                now.plusSeconds(ACCESS_TOKEN_SECONDS), now.plus(REFRESH_TOKEN_LIFETIME)));
        return new DeviceLogin(deviceId, access, refresh, ACCESS_TOKEN_SECONDS);
    }

    /** The login of an access-token hash, if still valid at the given time (for {@link AccessTokens}, which caches it). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<DeviceSession> unexpired(String accessTokenHash, LocalDateTime now) {
        return em.createQuery("SELECT s FROM DeviceSession s WHERE s.accessTokenHash = :hash AND s.accessExpires > :now", DeviceSession.class)
                .setParameter("hash", accessTokenHash)
                .setParameter("now", now)
                .getResultStream().findFirst();
    }

    /** mycroft-core's refresh: the refresh token is spent and a new login issued for the same device. */
    public Optional<DeviceLogin> refresh(String refreshToken) {
        if (refreshToken == null || refreshToken.isBlank()) {
            return Optional.empty();
        }
        String hash = Tokens.hash(refreshToken);
        return spend("s.refreshTokenHash = :hash", hash, null);
    }

    /**
     * The OVOS client's refresh: an access token once issued to the device (even expired) plus
     * the device's uuid. Unlike Selene, the uuid alone is never enough.
     */
    public Optional<DeviceLogin> refreshWithAccessToken(String accessToken, UUID deviceId) {
        if (accessToken == null || accessToken.isBlank() || deviceId == null) {
            return Optional.empty();
        }
        return spend("s.accessTokenHash = :hash AND s.deviceId = :device", Tokens.hash(accessToken), deviceId);
    }

    private Optional<DeviceLogin> spend(String condition, String hash, UUID deviceId) {
        var select = em.createQuery("SELECT s.deviceId FROM DeviceSession s WHERE " + condition + " AND s.refreshExpires > :now", UUID.class)
                .setParameter("hash", hash).setParameter("now", now());
        var delete = em.createQuery("DELETE FROM DeviceSession s WHERE " + condition).setParameter("hash", hash);
        if (deviceId != null) {
            select.setParameter("device", deviceId);
            delete.setParameter("device", deviceId);
        }
        Optional<UUID> owner = select.getResultList().stream().findFirst();
        List<String> accessHashes = accessHashes(condition, hash, deviceId);
        // the DELETE decides: of two concurrent refreshes with one token only one removes the row
        if (owner.isEmpty() || delete.executeUpdate() != 1) {
            return Optional.empty();
        }
        caches.evictTokens(accessHashes);
        return Optional.of(login(owner.get()));
    }

    /** Every token of the device stops working at once (device deleted or re-paired). */
    public void revokeAll(UUID deviceId) {
        List<String> accessHashes = accessHashes("s.deviceId = :device", null, deviceId);
        em.createQuery("DELETE FROM DeviceSession s WHERE s.deviceId = :device").setParameter("device", deviceId).executeUpdate();
        caches.evictTokens(accessHashes);
    }

    /** The access tokens a revocation ends, so that no node keeps accepting them from its cache. */
    private List<String> accessHashes(String condition, String hash, UUID deviceId) {
        var query = em.createQuery("SELECT s.accessTokenHash FROM DeviceSession s WHERE " + condition, String.class);
        if (hash != null) {
            query.setParameter("hash", hash);
        }
        if (deviceId != null) {
            query.setParameter("device", deviceId);
        }
        return query.getResultList();
    }
}
