package org.selene.batch;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import javax.sql.DataSource;
import java.net.InetAddress;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * This JVM's life as a batch node in metric.batch_node: registered at start, beating every 30 s,
 * and naming the executions it runs in metric.batch_execution_node. Each beat first lets
 * ExecutionRecovery fail the executions of nodes that stopped beating (kill -9, power loss), so
 * that they can be restarted; the first runs right at start, for this server's previous life.
 */
@Singleton
@Startup
@DependsOn("ejb-domain.jar#DatabaseMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class BatchNode {

    private static final Logger LOG = Logger.getLogger(BatchNode.class.getName());
    static final long BEAT_MILLIS = 30_000;

    private static final UUID ID = UUID.randomUUID();
    private static final String HOST = host();
    /** The instance directory (Payara's, or WildFly's server base): two servers on one host never share it, one server's lives always do. */
    private static final String INSTANCE = System.getProperty("com.sun.aas.instanceRoot",
            System.getProperty("jboss.server.base.dir", System.getProperty("com.sun.aas.instanceName", "server")));

    @Inject
    DataSource dataSource;

    @Resource
    TimerService timers;

    @Inject
    ExecutionRecovery recovery;

    private volatile NodeLoss.Node life;

    /** host/instance/id, for logs and the schedule's claim rows. */
    public static String name() {
        return HOST + "/" + INSTANCE + "/" + ID;
    }

    @PostConstruct
    void start() {
        beat();
        timers.createIntervalTimer(0, BEAT_MILLIS, new TimerConfig(null, false));
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void tick() {
        try {
            if (life != null) {
                recovery.recover(life);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "batch execution recovery failed: " + e.getMessage(), e);
        } finally {
            // after the recovery: a beat newer than a moment tells that a whole pass ran since
            beat();
        }
    }

    /**
     * Records the execution as this node's. Called when the job is started and again when it begins
     * to run (JobRunListener): an execution without a live owner is another node's to fail.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void own(long executionId) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("INSERT INTO metric.batch_execution_node (jobexecid, node_id) VALUES (?, ?) "
                     + "ON CONFLICT (jobexecid) DO UPDATE SET node_id = EXCLUDED.node_id")) {
            s.setLong(1, executionId);
            s.setObject(2, ID);
            s.executeUpdate();
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "could not record execution " + executionId + " as this node's: " + e.getMessage(), e);
        }
    }

    /** Inserts the node row if it is missing (first beat, or pruned), else moves its heartbeat; both in database time. */
    private void beat() {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("INSERT INTO metric.batch_node (node_id, host, instance) VALUES (?, ?, ?) "
                     + "ON CONFLICT (node_id) DO UPDATE SET heartbeat_ts = now() RETURNING started_ts")) {
            s.setObject(1, ID);
            s.setString(2, HOST);
            s.setString(3, INSTANCE);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                if (life == null) {
                    life = new NodeLoss.Node(ID, HOST, INSTANCE, rs.getTimestamp(1).toInstant());
                    LOG.info("batch node " + name() + " registered");
                }
            }
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "batch node heartbeat failed: " + e.getMessage(), e);
        }
    }

    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (Exception e) {
            return "unknown-host";
        }
    }
}
