package org.selene.domain.device;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
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
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Remembers when each device last called and writes it to device.device at most once per flush interval
 * (a minute) per device (Selene kept it in Redis and copied it nightly). Each node flushes what it saw;
 * GREATEST keeps the latest across nodes.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class LastContactRecorder {

    private static final Logger LOG = Logger.getLogger(LastContactRecorder.class.getName());

    private final Map<UUID, LocalDateTime> pending = new ConcurrentHashMap<>();

    @Inject
    private DataSource dataSource;

    @Resource
    private TimerService timers;

    /** How often the recorded contacts are written (seconds). */
    @Inject
    @ConfigProperty(name = "SELENE_LAST_CONTACT_FLUSH_SECONDS", defaultValue = "60")
    int flushSeconds;

    @PostConstruct
    void scheduleFlush() {
        long interval = Math.max(1, flushSeconds) * 1000L;
        timers.createIntervalTimer(interval, interval, new TimerConfig(null, false));
    }

    /** On every authenticated device call: no transaction to begin, only a map entry. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public void record(UUID deviceId) {
        pending.put(deviceId, DeviceSessionService.now());
    }

    @Timeout
    public void flush() {
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
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "Could not record device last contact: " + e.getMessage());
        }
    }

    @PreDestroy
    void flushOnShutdown() {
        flush();
    }
}
