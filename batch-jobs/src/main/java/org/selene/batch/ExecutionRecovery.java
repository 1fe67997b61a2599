package org.selene.batch;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Marks FAILED the unfinished executions whose node is lost (NodeLoss), so that the operator can
 * restart them; a dead node's run is also recorded in metric.job as unsuccessful, as its own
 * afterJob would have.
 *
 * <p>What it writes, and why no more: the JobOperator lists an execution's and its steps' status
 * from public.executioninstancedata and public.stepexecutioninstancedata, so both become FAILED
 * with exit status {@value #EXIT_STATUS} and an end time, in one transaction and only while they
 * are still unfinished (a node that finishes meanwhile wins). The serialized JobStatus/StepStatus
 * objects in public.jobstatus/stepstatus are left as the dead node wrote them: Payara's JBatch
 * (com.ibm.jbatch JobExecutionHelper.restartJob) refuses a restart only when the instance's
 * JobStatus is COMPLETED or ABANDONED or the execution is not the instance's latest, and re-runs
 * every step whose StepStatus is not COMPLETED; the restart then rewrites both. Refusing to
 * restart an execution that is still running is BatchJobs' rule. On WildFly, JBeret reads the
 * same from jberet.job_execution and jberet.step_execution, and restarts a FAILED execution.
 */
@ApplicationScoped
public class ExecutionRecovery {

    private static final Logger LOG = Logger.getLogger(ExecutionRecovery.class.getName());
    static final String EXIT_STATUS = "FAILED: node lost";
    private static final String UNFINISHED = "('STARTING', 'STARTED', 'STOPPING')";
    /** Node rows (and the claims of their executions, ended or failed by now) kept this long after the last beat. */
    private static final String PRUNE_AFTER = "1 day";

    private final JobRepositoryTables tables = JobRepositoryTables.ofThisServer();

    @Inject
    DataSource dataSource;

    @Inject
    JobRunRecorder runs;

    private record Unfinished(long executionId, NodeLoss.Claim claim, Duration sinceUpdate) {
    }

    /** One pass, as node {@code me}: returns the executions it marked FAILED. */
    public List<Long> recover(NodeLoss.Node me) {
        List<Long> failed = new ArrayList<>();
        try {
            for (Unfinished e : unfinished()) {
                if (NodeLoss.lost(me, e.claim(), e.sinceUpdate()) && fail(e.executionId())) {
                    failed.add(e.executionId());
                    LOG.warning("batch execution " + e.executionId() + " was left unfinished by "
                            + (e.claim() == null ? "no recorded node" : "node " + e.claim().owner().host() + "/" + e.claim().owner().instance()
                            + " (last beat " + e.claim().heartbeatAge().toSeconds() + " s ago)") + ": marked FAILED, it can be restarted");
                    recordRun(e.executionId());
                }
            }
            prune();
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "batch execution recovery failed: " + e.getMessage(), e);
        }
        return failed;
    }

    /** Ages in database time: heartbeats are its now(); the job repository's clock is as JobRepositoryTables says. */
    private List<Unfinished> unfinished() throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT e.id, EXTRACT(EPOCH FROM " + tables.sinceUpdate() + ") AS since_update, "
                     + "n.node_id, n.host, n.instance, n.started_ts, EXTRACT(EPOCH FROM now() - n.heartbeat_ts) AS heartbeat_age "
                     + "FROM (" + tables.executions() + ") e "
                     + "LEFT JOIN metric.batch_execution_node o ON o.jobexecid = e.id "
                     + "LEFT JOIN metric.batch_node n ON n.node_id = o.node_id "
                     + "WHERE e.batchstatus IN " + UNFINISHED);
             ResultSet rs = s.executeQuery()) {
            List<Unfinished> list = new ArrayList<>();
            while (rs.next()) {
                NodeLoss.Claim claim = rs.getObject("node_id") == null ? null : new NodeLoss.Claim(
                        new NodeLoss.Node(rs.getObject("node_id", UUID.class), rs.getString("host"), rs.getString("instance"), rs.getTimestamp("started_ts").toInstant()),
                        seconds(rs.getDouble("heartbeat_age")));
                list.add(new Unfinished(rs.getLong("id"), claim, seconds(rs.getDouble("since_update"))));
            }
            return list;
        }
    }

    private static Duration seconds(double seconds) {
        return Duration.ofMillis(Math.round(seconds * 1000));
    }

    /** False when the execution ended (or another node failed it) since it was read. */
    private boolean fail(long executionId) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement execution = c.prepareStatement("UPDATE " + tables.table() + " SET batchstatus = 'FAILED', exitstatus = ?, "
                    + "endtime = " + tables.clock() + ", " + tables.updatedColumn() + " = " + tables.clock()
                    + " WHERE " + tables.idColumn() + " = ? AND batchstatus IN " + UNFINISHED);
                 PreparedStatement steps = c.prepareStatement("UPDATE " + tables.stepTable() + " SET batchstatus = 'FAILED', exitstatus = ?, "
                         + "endtime = " + tables.clock() + " WHERE " + tables.idColumn() + " = ? AND batchstatus IN " + UNFINISHED)) {
                execution.setString(1, EXIT_STATUS);
                execution.setLong(2, executionId);
                if (execution.executeUpdate() == 0) {
                    c.rollback();
                    return false;
                }
                steps.setString(1, EXIT_STATUS);
                steps.setLong(2, executionId);
                steps.executeUpdate();
                c.commit();
                return true;
            } catch (SQLException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        }
    }

    /**
     * From the job repository's rows, not through the JobOperator: a timer's thread is not the
     * application that started the job, and the operator refuses it the execution.
     */
    private void recordRun(long executionId) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT e.job, coalesce(e.starttime, e.createtime) AS start, e.parameters "
                     + "FROM (" + tables.executions() + ") e WHERE e.id = ?")) {
            s.setLong(1, executionId);
            try (ResultSet rs = s.executeQuery()) {
                if (rs.next()) {
                    String job = rs.getString("job");
                    runs.record(job, LocalDateTime.ofInstant(rs.getTimestamp("start").toInstant(), ZoneOffset.UTC),
                            JobRunListener.command(job, tables.parameters(rs)), false);
                }
            }
        } catch (SQLException | RuntimeException e) {
            LOG.log(Level.WARNING, "could not record the lost run of execution " + executionId + ": " + e.getMessage(), e);
        }
    }

    private void prune() throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement claims = c.prepareStatement("DELETE FROM metric.batch_execution_node WHERE node_id IN "
                     + "(SELECT node_id FROM metric.batch_node WHERE heartbeat_ts < now() - interval '" + PRUNE_AFTER + "')");
             PreparedStatement nodes = c.prepareStatement("DELETE FROM metric.batch_node WHERE heartbeat_ts < now() - interval '" + PRUNE_AFTER + "'")) {
            claims.executeUpdate();
            nodes.executeUpdate();
        }
    }
}
