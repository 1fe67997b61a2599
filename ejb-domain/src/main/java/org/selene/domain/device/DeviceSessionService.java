package org.selene.domain.device;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Device logins: issues, verifies, refreshes and revokes the opaque device tokens. */
@Stateless
public class DeviceSessionService {

    /** Advertised to the device as `expiration`; the access token is valid that long. */
    public static final int ACCESS_TOKEN_SECONDS = 86400;
    /** Selene's refresh tokens never expired; a device silent for a year must pair again. */
    static final Duration REFRESH_TOKEN_LIFETIME = Duration.ofDays(365);

    @PersistenceContext(unitName = "selene")
    private EntityManager em;

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

    /** The device a valid, unexpired access token belongs to. */
    public Optional<UUID> authenticate(String accessToken) {
        if (accessToken == null || accessToken.isBlank()) {
            return Optional.empty();
        }
        List<UUID> found = em.createQuery(
                        "SELECT s.deviceId FROM DeviceSession s WHERE s.accessTokenHash = :hash AND s.accessExpires > :now", UUID.class)
                .setParameter("hash", Tokens.hash(accessToken))
                .setParameter("now", now())
                .getResultList();
        return found.stream().findFirst();
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
        // the DELETE decides: of two concurrent refreshes with one token only one removes the row
        if (owner.isEmpty() || delete.executeUpdate() != 1) {
            return Optional.empty();
        }
        return Optional.of(login(owner.get()));
    }

    /** Every token of the device stops working at once (device deleted or re-paired). */
    public void revokeAll(UUID deviceId) {
        em.createQuery("DELETE FROM DeviceSession s WHERE s.deviceId = :device").setParameter("device", deviceId).executeUpdate();
    }
}
