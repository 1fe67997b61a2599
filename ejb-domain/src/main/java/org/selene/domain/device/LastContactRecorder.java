package org.selene.domain.device;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Remembers when each device last called and writes it to device.device at most once per flush interval
 * (a minute) per device (Selene kept it in Redis and copied it nightly). Each node flushes what it saw;
 * GREATEST keeps the latest across nodes. A CDI bean flushing on the server's scheduled executor, not an
 * EJB with a timer: it is told of every authenticated device request, and on Payara a call into the EJB
 * container cost more than the rest of a cached device read (bench/README.md).
 */
@ApplicationScoped
public class LastContactRecorder {

    private static final Logger LOG = Logger.getLogger(LastContactRecorder.class.getName());

    private final Map<UUID, LocalDateTime> pending = new ConcurrentHashMap<>();

    @Inject
    DataSource dataSource;

    @Resource
    ManagedScheduledExecutorService scheduler;

    /** How often the recorded contacts are written (seconds). */
    @Inject
    @ConfigProperty(name = "SELENE_LAST_CONTACT_FLUSH_SECONDS", defaultValue = "60")
    int flushSeconds;

    private ScheduledFuture<?> flushes;

    @PostConstruct
    void scheduleFlush() {
        long interval = Math.max(1, flushSeconds);
        flushes = scheduler.scheduleWithFixedDelay(this::flush, interval, interval, TimeUnit.SECONDS);
    }

    /** On every authenticated device call: only a map entry. */
    public void record(UUID deviceId) {
        pending.put(deviceId, DeviceSessionService.now());
    }

    void flush() {
        if (pending.isEmpty()) {
            return;
        }
        try (Connection c = dataSource.getConnection();
             PreparedStatement update = c.prepareStatement(
                     "UPDATE device.device SET last_contact_ts = GREATEST(COALESCE(last_contact_ts, ?), ?) WHERE id = ?")) {
            for (UUID device : pending.keySet()) {
                LocalDateTime seen = pending.remove(device);
                if (seen != null) {
                    update.setTimestamp(1, Timestamp.valueOf(seen));
                    update.setTimestamp(2, Timestamp.valueOf(seen));
                    update.setObject(3, device);
                    update.addBatch();
                }
            }
            update.executeBatch();
        } catch (SQLException | RuntimeException e) {
            // logged, not thrown: an exception would end the executor's schedule of this flush
            LOG.log(Level.WARNING, "Could not record device last contact: " + e.getMessage());
        }
    }

    @PreDestroy
    void flushOnShutdown() {
        flushes.cancel(false);
        flush();
    }
}
