package org.selene.domain.limit;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import javax.sql.DataSource;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The one mechanism behind every {@link Limit}: a counter per limit, key and fixed window in
 * PostgreSQL (account.rate_limit), so that all nodes count together. A hit counts and checks in one
 * statement under the counter row's lock (INSERT ... ON CONFLICT DO UPDATE ... WHERE hits &lt; quota),
 * so a concurrent burst cannot pass the limit, and a refused hit counts nothing. Each call is its
 * own transaction, outside the caller's: a failed attempt (a wrong password, an unknown pairing
 * code) rolls its own work back, but its count stays. Keys are stored as SHA-256 digests, never in clear.
 * <p>
 * Each statement commits by itself (autocommit, no container transaction) and without waiting for
 * its WAL flush (synchronous_commit off for that transaction only), because every hit of one key
 * (all devices behind one address) updates the same row: holding its lock through a commit round
 * trip and a disk flush capped such a key at about 800 pairing codes a second with a p99 over
 * 100 ms at 32 concurrent requests. What this gives up: the hits of the last fraction of a second
 * before a PostgreSQL crash may be forgotten, which lets a client retry a little early.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RateLimiter {

    private static final AtomicLong LAST_PURGE_MINUTE = new AtomicLong();

    /** The window of the current hit; set_config(..., true) lasts only for this statement's transaction. */
    private static final String WINDOW = """
            (SELECT to_timestamp(floor(extract(epoch FROM now()) / ?) * ?) AT TIME ZONE 'UTC' AS start
             WHERE set_config('synchronous_commit', 'off', true) IS NOT NULL) w""";

    @Inject
    private DataSource dataSource;

    @EJB
    private LimitQuotas configured;

    private Map<Limit, Limit.Quota> quotas;

    @PostConstruct
    void readQuotas() {
        quotas = configured.all();
    }

    /** What a hit counted, to give it back ({@link #refund}) when the attempt turns out not to count. */
    public record Permit(Limit limit, String keyHash, Timestamp windowStart) {
    }

    /** Counts one hit for the key (its parts, compared without case); 429 {@link LimitExceeded} beyond the quota. */
    public Permit hit(Limit limit, String... key) {
        purgeEndedWindows();
        Limit.Quota quota = quotas.get(limit);
        String keyHash = digest(key);
        try (Connection c = dataSource.getConnection();
             PreparedStatement count = c.prepareStatement("""
                     INSERT INTO account.rate_limit AS r (limit_name, key_hash, window_start, window_end, hits)
                     SELECT ?, ?, w.start, w.start + make_interval(secs => ?), 1 FROM""" + WINDOW + """

                     ON CONFLICT (limit_name, key_hash, window_start) DO UPDATE SET hits = r.hits + 1 WHERE r.hits < ?
                     RETURNING r.window_start""")) {
            count.setString(1, limit.name());
            count.setString(2, keyHash);
            count.setLong(3, quota.seconds());
            count.setLong(4, quota.seconds());
            count.setLong(5, quota.seconds());
            count.setLong(6, quota.count());
            try (ResultSet counted = count.executeQuery()) {
                if (counted.next()) {
                    return new Permit(limit, keyHash, counted.getTimestamp(1));
                }
            }
            throw new LimitExceeded(limit.refusal(), secondsLeft(c, limit, keyHash, quota));
        } catch (SQLException e) {
            throw new IllegalStateException("rate limit " + limit.name() + " not counted", e);
        }
    }

    /** Gives a hit back: a successful login, a finished transcription. */
    public void refund(Permit permit) {
        update("UPDATE account.rate_limit SET hits = hits - 1 WHERE limit_name = ? AND key_hash = ? AND window_start = ? AND hits > 0",
                permit.limit().name(), permit.keyHash(), permit.windowStart());
    }

    /** Forgets every hit of the key: a successful login clears the failures before it. */
    public void forget(Limit limit, String... key) {
        update("DELETE FROM account.rate_limit WHERE limit_name = ? AND key_hash = ?", limit.name(), digest(key));
    }

    /** The Retry-After of a refusal: what is left of the window that refused it. */
    private static long secondsLeft(Connection c, Limit limit, String keyHash, Limit.Quota quota) throws SQLException {
        try (PreparedStatement left = c.prepareStatement("""
                SELECT ceil(extract(epoch FROM window_end - (now() AT TIME ZONE 'UTC'))) FROM account.rate_limit
                WHERE limit_name = ? AND key_hash = ? AND window_end > (now() AT TIME ZONE 'UTC') ORDER BY window_end DESC LIMIT 1""")) {
            left.setString(1, limit.name());
            left.setString(2, keyHash);
            try (ResultSet rs = left.executeQuery()) {
                return rs.next() ? rs.getLong(1) : quota.seconds();
            }
        }
    }

    /** Ended windows are deleted at most once a minute per node, not on every hit. */
    private void purgeEndedWindows() {
        long minute = System.currentTimeMillis() / 60_000;
        long last = LAST_PURGE_MINUTE.get();
        if (minute != last && LAST_PURGE_MINUTE.compareAndSet(last, minute)) {
            update("DELETE FROM account.rate_limit WHERE window_end < (now() AT TIME ZONE 'UTC')");
        }
    }

    private void update(String sql, Object... parameters) {
        try (Connection c = dataSource.getConnection(); PreparedStatement statement = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("rate limits not updated", e);
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
