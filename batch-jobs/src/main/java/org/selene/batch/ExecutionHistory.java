package org.selene.batch;

import jakarta.batch.runtime.Metric;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The executions of the shared job repository as every node sees them, read with SQL. Payara's
 * JobOperator shows a node only the job instances tagged with its own configuration's name
 * ("server-config:...", "n2-config:..."), so through it the DAS would not list what n2 ran, and
 * asking it for such an execution throws JobSecurityException.
 */
@ApplicationScoped
public class ExecutionHistory {

    private final JobRepositoryTables tables = JobRepositoryTables.ofThisServer();

    @Inject
    DataSource dataSource;

    /** An execution and the tag of its job instance (which node configuration may operate on it). */
    record Found(BatchJobs.ExecutionView view, String tag) {
    }

    Optional<Found> execution(long executionId) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT * FROM (" + tables.executions() + ") x WHERE x.id = ?")) {
            s.setLong(1, executionId);
            Map<Long, Found> found = read(c, s);
            return Optional.ofNullable(found.get(executionId));
        } catch (SQLException e) {
            throw new IllegalStateException("job repository not readable: " + e.getMessage(), e);
        }
    }

    /** The newest executions of the named jobs, at most {@code newest}, newest first. */
    List<BatchJobs.ExecutionView> executions(java.util.Collection<String> jobs, int newest) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT * FROM (" + tables.executions() + ") x WHERE x.job = ANY (?) ORDER BY x.id DESC LIMIT ?")) {
            s.setArray(1, c.createArrayOf("varchar", jobs.toArray()));
            s.setInt(2, newest);
            return read(c, s).values().stream().map(Found::view).toList();
        } catch (SQLException e) {
            throw new IllegalStateException("job repository not readable: " + e.getMessage(), e);
        }
    }

    private Map<Long, Found> read(Connection c, PreparedStatement executions) throws SQLException {
        Map<Long, Found> found = new LinkedHashMap<>();
        Map<Long, List<BatchJobs.StepView>> steps = new LinkedHashMap<>();
        try (ResultSet rs = executions.executeQuery()) {
            while (rs.next()) {
                long id = rs.getLong("id");
                List<BatchJobs.StepView> ofExecution = new ArrayList<>();
                steps.put(id, ofExecution);
                found.put(id, new Found(new BatchJobs.ExecutionView(id, rs.getString("job"), rs.getString("batchstatus"), rs.getString("exitstatus"),
                        rs.getTimestamp("starttime"), rs.getTimestamp("endtime"), tables.parameters(rs), rs.getBoolean("latest"), ofExecution), rs.getString("tag")));
            }
        }
        if (found.isEmpty()) {
            return found;
        }
        try (PreparedStatement s = c.prepareStatement("SELECT * FROM (" + tables.steps() + ") x WHERE x.execution = ANY (?) ORDER BY x.id")) {
            s.setArray(1, c.createArrayOf("bigint", found.keySet().toArray()));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    Map<Metric.MetricType, Long> metrics = new EnumMap<>(Metric.MetricType.class);
                    metrics.put(Metric.MetricType.READ_COUNT, rs.getLong("readcount"));
                    metrics.put(Metric.MetricType.WRITE_COUNT, rs.getLong("writecount"));
                    metrics.put(Metric.MetricType.COMMIT_COUNT, rs.getLong("commitcount"));
                    metrics.put(Metric.MetricType.ROLLBACK_COUNT, rs.getLong("rollbackcount"));
                    metrics.put(Metric.MetricType.READ_SKIP_COUNT, rs.getLong("readskipcount"));
                    metrics.put(Metric.MetricType.PROCESS_SKIP_COUNT, rs.getLong("processskipcount"));
                    metrics.put(Metric.MetricType.FILTER_COUNT, rs.getLong("filtercount"));
                    metrics.put(Metric.MetricType.WRITE_SKIP_COUNT, rs.getLong("writeskipcount"));
                    steps.get(rs.getLong("execution")).add(new BatchJobs.StepView(rs.getString("stepname"), rs.getString("batchstatus"),
                            rs.getString("exitstatus"), rs.getTimestamp("starttime"), rs.getTimestamp("endtime"), metrics));
                }
            }
        }
        return found;
    }
}
