package org.selene.batch.maintenance;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.StringJoiner;
import java.util.logging.Logger;

/**
 * Deletes what a backend need not keep: device telemetry older than SELENE_RETENTION_DAYS (default
 * 90), and device sessions, pairing codes and e-mail verification tokens once expired. Password
 * reset tokens are signed tokens spent through the account's session version; no row stores them.
 * Kept: the daily aggregates (account_activity, stt_engine) the reports are made of, and metric.job.
 *
 * <p>Rows go in batches, each its own short transaction (autocommit), so that devices writing
 * telemetry never wait long on a lock and a failed run keeps what it already deleted.
 */
@Named("retentionBatchlet")
@Dependent
public class RetentionBatchlet extends AbstractBatchlet {

    private static final Logger LOG = Logger.getLogger(RetentionBatchlet.class.getName());
    static final int DEFAULT_BATCH = 5000;

    /** A table and its timestamp column: rows before the cut-off go. */
    record Purge(String table, String column, boolean aged) {
    }

    static final List<Purge> PURGES = List.of(
            new Purge("metric.core", "insert_ts", true),
            new Purge("metric.core_interaction", "start_ts", true),
            new Purge("metric.stt_transcription", "insert_ts", true),
            new Purge("metric.api", "access_ts", true),
            new Purge("metric.job_schedule_claim", "slot", true),
            new Purge("device.device_session", "refresh_expires_ts", false),
            new Purge("device.pairing_code", "expires_ts", false),
            new Purge("account.email_change", "expires_ts", false));

    @Inject
    DataSource dataSource;

    @Inject
    @ConfigProperty(name = "SELENE_RETENTION_DAYS", defaultValue = "90")
    int days;

    @Inject
    @BatchProperty
    String batchSize;

    @Inject
    JobContext job;

    @Override
    public String process() throws Exception {
        if (days < 1) {
            throw new IllegalArgumentException("SELENE_RETENTION_DAYS must be at least 1, is " + days);
        }
        int batch = batchSize == null || batchSize.isBlank() ? DEFAULT_BATCH : Integer.parseInt(batchSize.strip());
        if (batch < 1) {
            throw new IllegalArgumentException("batchSize must be at least 1");
        }
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        LocalDateTime cutoff = now.minusDays(days);
        StringJoiner summary = new StringJoiner(" ", "days=" + days + " ", "");
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(true);
            for (Purge purge : PURGES) {
                long deleted = purge(c, purge, Timestamp.valueOf(purge.aged() ? cutoff : now), batch);
                summary.add(purge.table() + "=" + deleted);
            }
        }
        LOG.info("retention: " + summary);
        job.setExitStatus(summary.toString());
        return summary.toString();
    }

    /** ctid batches: PostgreSQL's DELETE has no LIMIT; the condition is repeated for rows updated meanwhile. */
    private static long purge(Connection c, Purge purge, Timestamp before, int batch) throws Exception {
        String sql = "DELETE FROM " + purge.table() + " WHERE ctid = ANY(ARRAY(SELECT ctid FROM " + purge.table() + " WHERE " + purge.column()
                + " < ? LIMIT ?)) AND " + purge.column() + " < ?";
        long total = 0;
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setTimestamp(1, before);
            s.setInt(2, batch);
            s.setTimestamp(3, before);
            int deleted;
            do {
                deleted = s.executeUpdate();
                total += deleted;
            } while (deleted == batch);
        }
        return total;
    }
}
