package org.selene.batch;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Writes the metric.job row Selene's batch scripts wrote after every run. */
@ApplicationScoped
public class JobRunRecorder {

    private static final Logger LOG = Logger.getLogger(JobRunRecorder.class.getName());

    @Inject
    DataSource dataSource;

    public void record(String jobName, LocalDateTime start, String command, boolean success) {
        LocalDateTime end = LocalDateTime.now(ZoneOffset.UTC);
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("INSERT INTO metric.job (job_name, batch_date, start_ts, end_ts, command, success) VALUES (?, ?, ?, ?, ?, ?)")) {
            s.setString(1, jobName);
            s.setObject(2, start.toLocalDate());
            s.setTimestamp(3, Timestamp.valueOf(start));
            s.setTimestamp(4, Timestamp.valueOf(end));
            s.setString(5, command);
            s.setBoolean(6, success);
            s.executeUpdate();
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "could not record the run of " + jobName + ": " + e.getMessage());
        }
    }
}
