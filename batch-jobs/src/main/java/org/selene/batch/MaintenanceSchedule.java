package org.selene.batch;

import jakarta.annotation.Resource;
import jakarta.ejb.Schedule;
import jakarta.ejb.Schedules;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timer;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import javax.sql.DataSource;
import java.net.InetAddress;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Properties;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The nightly maintenance (UTC), each run as a batch job so it is listed and restartable like any
 * other. Every node has these timers; a claim row per job and slot in metric.job_schedule_claim
 * lets exactly one node run each. The last-contact flush needs no job: LastContactRecorder writes
 * device.device itself every minute.
 */
@Singleton
@Startup
public class MaintenanceSchedule {

    private static final Logger LOG = Logger.getLogger(MaintenanceSchedule.class.getName());
    private static final String NODE = node();

    @Resource(lookup = "jdbc/selene")
    DataSource dataSource;

    @Inject
    BatchJobs jobs;

    /** The timer's info names the job. */
    @Schedules({
            @Schedule(hour = "0", minute = "0", persistent = false, info = "daily-report"),
            @Schedule(hour = "0", minute = "10", persistent = false, info = "core-metrics-parse"),
            @Schedule(hour = "0", minute = "15", persistent = false, info = "skill-import"),
            @Schedule(hour = "1", minute = "0", persistent = false, info = "wake-word-designation"),
            @Schedule(hour = "1", minute = "30", persistent = false, info = "wake-word-deletion")})
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void nightly(Timer timer) {
        startOnce((String) timer.getInfo());
    }

    /** Starts the job unless another node already claimed this minute's run. */
    boolean startOnce(String job) {
        LocalDateTime slot = LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MINUTES);
        try {
            if (!claim(job, slot)) {
                LOG.info(job + " at " + slot + " runs on another node");
                return false;
            }
            jobs.start(job, new Properties());
            return true;
        } catch (Exception e) {
            LOG.log(Level.WARNING, "scheduled " + job + " did not start: " + e.getMessage(), e);
            return false;
        }
    }

    private boolean claim(String job, LocalDateTime slot) throws Exception {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("INSERT INTO metric.job_schedule_claim (job_name, slot, node) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")) {
            s.setString(1, job);
            s.setTimestamp(2, Timestamp.valueOf(slot));
            s.setString(3, NODE);
            return s.executeUpdate() == 1;
        }
    }

    private static String node() {
        try {
            return InetAddress.getLocalHost().getHostName() + "/" + UUID.randomUUID();
        } catch (Exception e) {
            return UUID.randomUUID().toString();
        }
    }
}
