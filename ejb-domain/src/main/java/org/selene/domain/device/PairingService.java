package org.selene.domain.device;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.selene.domain.limit.Limit;
import org.selene.domain.limit.RateLimiter;
import org.selene.domain.shared.DomainException;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Pairing, as Selene does it: the device asks for a code, a person enters the code in the
 * account app (which creates the device and completes the code here), the device polls
 * activation with its pairing token and receives its login once.
 */
@Stateless
public class PairingService {

    /** Selene's alphabet: no letters or digits that sound alike when spoken. */
    static final String CODE_ALPHABET = "ACEFHJKLMNPRTUVWXY3479";
    static final int CODE_LENGTH = 6;
    public static final int EXPIRATION_SECONDS = 86400;
    private static final AtomicLong LAST_PURGE_MINUTE = new AtomicLong();

    @PersistenceContext(unitName = "selene")
    private EntityManager em;

    @Inject
    private DataSource dataSource;

    @EJB
    private RateLimiter limiter;

    @EJB
    private SelfActivationNetworks selfActivation;

    @Inject
    private DeviceSessionService sessions;

    public record CodeRequest(String code, String token, int expiration, String state) {
    }

    /**
     * GET /v1/device/code. Outside a container transaction: the code is claimed by one statement
     * that commits by itself (a device may ask every few seconds, and a JPA unit of work around one
     * INSERT cost as much CPU as the rest of the request), without waiting for its WAL flush
     * (synchronous_commit off for that statement's transaction, as RateLimiter does). What this
     * gives up: a code issued in the last fraction of a second before a PostgreSQL crash may be
     * forgotten, and is then refused as an expired code is (the device's pairing asks for another).
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public CodeRequest requestCode(String state, String packaging, String clientAddress) {
        limiter.hit(Limit.PAIRING_CODES_PER_ADDRESS, clientAddress);
        LocalDateTime now = DeviceSessionService.now();
        String token = Tokens.random();
        // a code asked for from a SELENE_AUTO_ACTIVATE network may pair itself (SelfActivationService)
        boolean selfActivating = selfActivation.allows(clientAddress);
        try (Connection c = dataSource.getConnection()) {
            purgeExpiredCodes(c, now);
            try (PreparedStatement claim = c.prepareStatement("""
                    INSERT INTO device.pairing_code AS p (id, code, pairing_token_hash, state, packaging, insert_ts, expires_ts, self_activating)
                    SELECT ?::uuid, ?, ?, ?, ?, ?::timestamp, ?::timestamp, ?::boolean
                    WHERE set_config('synchronous_commit', 'off', true) IS NOT NULL
                    ON CONFLICT (code) DO UPDATE SET pairing_token_hash = excluded.pairing_token_hash, state = excluded.state,
                        packaging = excluded.packaging, device_id = NULL, insert_ts = excluded.insert_ts, expires_ts = excluded.expires_ts,
                        self_activating = excluded.self_activating
                    WHERE p.expires_ts <= excluded.insert_ts""")) {
                claim.setString(3, Tokens.hash(token));
                claim.setString(4, state);
                claim.setString(5, packaging);
                claim.setTimestamp(6, Timestamp.valueOf(now));
                claim.setTimestamp(7, Timestamp.valueOf(now.plusSeconds(EXPIRATION_SECONDS)));
                claim.setBoolean(8, selfActivating);
                // one statement claims the value: a new row, or the row of an expired code of the same
                // value; a live code of that value claims nothing and another value is drawn
                while (true) {
                    String code = Tokens.random(CODE_ALPHABET, CODE_LENGTH);
                    claim.setObject(1, UUID.randomUUID());
                    claim.setString(2, code);
                    if (claim.executeUpdate() == 1) {
                        return new CodeRequest(code, token, EXPIRATION_SECONDS, state);
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("pairing code not stored", e);
        }
    }

    /**
     * Deletes expired codes at most once a minute per node: a DELETE on every code request made
     * concurrent requests wait for each other's locks on the same expired rows.
     */
    private static void purgeExpiredCodes(Connection c, LocalDateTime now) throws SQLException {
        long minute = now.toEpochSecond(ZoneOffset.UTC) / 60;
        long last = LAST_PURGE_MINUTE.get();
        if (minute != last && LAST_PURGE_MINUTE.compareAndSet(last, minute)) {
            try (PreparedStatement purge = c.prepareStatement("DELETE FROM device.pairing_code WHERE expires_ts <= ?")) {
                purge.setTimestamp(1, Timestamp.valueOf(now));
                purge.executeUpdate();
            }
        }
    }

    /** Whether a code is live and still waiting for a device (the account app's check). */
    public boolean isPending(String code) {
        return findCode(code).filter(p -> !p.isExpired(DeviceSessionService.now()) && !p.isPaired()).isPresent();
    }

    /** Called by the account API once it created the device for this code. */
    public void completePairing(String code, UUID deviceId) {
        PairingCode pairing = findCode(code)
                .filter(p -> !p.isExpired(DeviceSessionService.now()) && !p.isPaired())
                .orElseThrow(() -> DomainException.badRequest("unknown or expired pairing code"));
        pairing.pairWith(deviceId);
    }

    /**
     * The device's poll. Empty while nobody paired the code (or the token is unknown, expired
     * or used): activation is single use.
     */
    public Optional<DeviceLogin> activate(String token, String state, String platform, String coreVersion, String enclosureVersion,
                                          String clientAddress) {
        limiter.hit(Limit.ACTIVATIONS_PER_ADDRESS, clientAddress);
        Optional<PairingCode> found = em.createQuery("SELECT p FROM PairingCode p WHERE p.pairingTokenHash = :hash", PairingCode.class)
                .setParameter("hash", Tokens.hash(token))
                .getResultList().stream().findFirst();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        PairingCode pairing = found.get();
        // Selene activated even with another state; the state is the device's own secret, so require it
        if (pairing.isExpired(DeviceSessionService.now()) || !pairing.isPaired() || !pairing.getState().equals(state)) {
            return Optional.empty();
        }
        Device device = em.find(Device.class, pairing.getDeviceId());
        if (device == null) {
            return Optional.empty();
        }
        if (em.createQuery("DELETE FROM PairingCode p WHERE p.id = :id").setParameter("id", pairing.getId()).executeUpdate() != 1) {
            return Optional.empty();
        }
        // no ETag to expire: before its first login the device cannot have read (and cached) its record
        device.reportVersions(platform, coreVersion, enclosureVersion);
        return Optional.of(sessions.login(device.getId()));
    }

    private Optional<PairingCode> findCode(String code) {
        return em.createQuery("SELECT p FROM PairingCode p WHERE p.code = :code", PairingCode.class)
                .setParameter("code", code)
                .getResultList().stream().findFirst();
    }
}
