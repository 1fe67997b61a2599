package org.selene.batch;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The nightly maintenance (UTC), each run as a batch job so it is listed and restartable like any
 * other. Every node has these timers; a claim row per job and slot in metric.job_schedule_claim
 * lets exactly one node run each. The last-contact flush needs no job: LastContactRecorder writes
 * device.device itself every minute.
 *
 * <p>Each job's time is configurable as {@code SELENE_SCHEDULE_<JOB>} (e.g.
 * {@code SELENE_SCHEDULE_CORE_METRICS_PARSE}): {@code hour:minute} in UTC, each field in EJB
 * calendar syntax ({@code 0:10}, {@code *:*&#47;5}), or {@code off}. Calendar timers from
 * TimerService, not {@code @Schedule}, so that the time is the operator's and the timer testable.
 */
@Singleton
@Startup
public class MaintenanceSchedule {

    private static final Logger LOG = Logger.getLogger(MaintenanceSchedule.class.getName());
    private static final String OFF = "off";

    /** Selene's nightly order: report first, then the jobs that feed the next day's report. */
    static final Map<String, String> DEFAULT_TIMES = defaults();

    @Inject
    DataSource dataSource;

    @Resource
    TimerService timers;

    @Inject
    BatchJobs jobs;

    @Inject
    Config config;

    @PostConstruct
    void schedule() {
        for (Map.Entry<String, String> job : DEFAULT_TIMES.entrySet()) {
            String variable = variable(job.getKey());
            String time = config.getOptionalValue(variable, String.class).map(String::trim).orElse(job.getValue());
            if (OFF.equalsIgnoreCase(time)) {
                LOG.info(job.getKey() + " is not scheduled (" + variable + "=off)");
                continue;
            }
            try {
                timers.createCalendarTimer(expression(time), new TimerConfig(job.getKey(), false));
            } catch (RuntimeException e) {
                // a typo must not leave the job silently unscheduled on one node: say so, keep the default
                LOG.warning(variable + "=" + time + " is not hour:minute (" + e.getMessage() + "); " + job.getKey() + " runs at " + job.getValue());
                timers.createCalendarTimer(expression(job.getValue()), new TimerConfig(job.getKey(), false));
            }
        }
    }

    /** hour:minute, UTC, each field in EJB calendar syntax. */
    static ScheduleExpression expression(String time) {
        String[] fields = time.split(":");
        if (fields.length != 2 || fields[0].isBlank() || fields[1].isBlank()) {
            throw new IllegalArgumentException("expected hour:minute");
        }
        return new ScheduleExpression().hour(fields[0].trim()).minute(fields[1].trim()).second("0").timezone("UTC");
    }

    static String variable(String job) {
        return "SELENE_SCHEDULE_" + job.toUpperCase(Locale.ROOT).replace('-', '_');
    }

    /** The timer's info names the job. */
    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void fire(Timer timer) {
        startOnce((String) timer.getInfo());
    }

    private static Map<String, String> defaults() {
        Map<String, String> times = new LinkedHashMap<>();
        times.put("daily-report", "0:0");
        times.put("core-metrics-parse", "0:10");
        times.put("skill-import", "0:15");
        times.put("wake-word-designation", "1:0");
        times.put("wake-word-deletion", "1:30");
        times.put("retention", "2:0");
        return Collections.unmodifiableMap(times);
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
            s.setString(3, BatchNode.name());
            return s.executeUpdate() == 1;
        }
    }
}
