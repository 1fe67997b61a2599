package org.selene.domain.limit;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.util.HexFormat;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The one mechanism behind every {@link Limit}: a counter per limit, key and fixed window in
 * PostgreSQL (account.rate_limit), so that all nodes count together. A hit counts and checks in one
 * statement (INSERT ... ON CONFLICT DO UPDATE ... RETURNING), so a concurrent burst cannot pass the
 * limit; a refused hit is rolled back and counts nothing. Each call runs in its own transaction: a
 * failed attempt (a wrong password, an unknown pairing code) rolls its own work back, but its count stays.
 * Keys are stored as SHA-256 digests, never in clear.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class RateLimiter {

    private static final AtomicLong LAST_PURGE_MINUTE = new AtomicLong();

    @PersistenceContext(unitName = "selene")
    private EntityManager em;

    @EJB
    private LimitQuotas quotas;

    /** What a hit counted, to give it back ({@link #refund}) when the attempt turns out not to count. */
    public record Permit(Limit limit, String keyHash, Timestamp windowStart) {
    }

    /** Counts one hit for the key (its parts, compared without case); 429 {@link LimitExceeded} beyond the quota. */
    public Permit hit(Limit limit, String... key) {
        purgeEndedWindows();
        Limit.Quota quota = quotas.of(limit);
        String keyHash = digest(key);
        Object[] counted = (Object[]) em.createNativeQuery("""
                INSERT INTO account.rate_limit AS r (limit_name, key_hash, window_start, window_end, hits)
                SELECT ?1, ?2, w.start, w.start + make_interval(secs => ?3), 1
                FROM (SELECT to_timestamp(floor(extract(epoch FROM now()) / ?3) * ?3) AT TIME ZONE 'UTC' AS start) w
                ON CONFLICT (limit_name, key_hash, window_start) DO UPDATE SET hits = r.hits + 1
                RETURNING r.hits, r.window_start, ceil(extract(epoch FROM r.window_end - (now() AT TIME ZONE 'UTC')))""")
                .setParameter(1, limit.name()).setParameter(2, keyHash).setParameter(3, quota.seconds())
                .getSingleResult();
        if (((Number) counted[0]).longValue() > quota.count()) {
            // the exception rolls this transaction back: a refused hit does not count
            throw new LimitExceeded(limit.refusal(), ((Number) counted[2]).longValue());
        }
        return new Permit(limit, keyHash, (Timestamp) counted[1]);
    }

    /** Gives a hit back: a successful login, a finished transcription. */
    public void refund(Permit permit) {
        em.createNativeQuery("UPDATE account.rate_limit SET hits = hits - 1 WHERE limit_name = ?1 AND key_hash = ?2 AND window_start = ?3 AND hits > 0")
                .setParameter(1, permit.limit().name()).setParameter(2, permit.keyHash()).setParameter(3, permit.windowStart())
                .executeUpdate();
    }

    /** Forgets every hit of the key: a successful login clears the failures before it. */
    public void forget(Limit limit, String... key) {
        em.createNativeQuery("DELETE FROM account.rate_limit WHERE limit_name = ?1 AND key_hash = ?2")
                .setParameter(1, limit.name()).setParameter(2, digest(key)).executeUpdate();
    }

    /** Ended windows are deleted at most once a minute per node, not on every hit. */
    private void purgeEndedWindows() {
        long minute = System.currentTimeMillis() / 60_000;
        long last = LAST_PURGE_MINUTE.get();
        if (minute != last && LAST_PURGE_MINUTE.compareAndSet(last, minute)) {
            em.createNativeQuery("DELETE FROM account.rate_limit WHERE window_end < (now() AT TIME ZONE 'UTC')").executeUpdate();
        }
    }

    static String digest(String... key) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            for (String part : key) {
                sha256.update(String.valueOf(part).trim().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
                sha256.update((byte) 0);
            }
            return HexFormat.of().formatHex(sha256.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
