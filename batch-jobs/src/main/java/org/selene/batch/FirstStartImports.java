package org.selene.batch;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
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
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.PreparedStatement;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A self-hoster gets cities, timezones and the marketplace catalogue without a manual step: when
 * the geography or skill catalogue tables are empty after deployment, their import job starts
 * once by itself (shortly after start-up, when the batch runtime knows the application's jobs).
 */
@Singleton
@Startup
@DependsOn("ejb-domain.jar#DatabaseMigration")
public class FirstStartImports {

    private static final Logger LOG = Logger.getLogger(FirstStartImports.class.getName());

    @Resource
    TimerService timers;

    @Inject
    DataSource dataSource;

    @Inject
    BatchJobs jobs;

    @PostConstruct
    void schedule() {
        timers.createSingleActionTimer(3000, new TimerConfig(null, false));
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void startMissingImports() {
        startIfEmpty("geography.city", "geography-import");
        startIfEmpty("skill.display", "skill-import");
    }

    /**
     * Also when the import never completed: a deployment stopped in the middle of it (a redeploy,
     * a crash) leaves some rows but no successful run, and the upserts make a re-run safe.
     */
    private void startIfEmpty(String table, String job) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT NOT EXISTS (SELECT 1 FROM " + table + ") "
                     + "OR NOT EXISTS (SELECT 1 FROM metric.job WHERE job_name = ? AND success)")) {
            s.setString(1, job);
            ResultSet rs = s.executeQuery();
            if (rs.next() && rs.getBoolean(1)) {
                LOG.info(table + " is empty or its import never completed: starting " + job);
                jobs.start(job, new Properties());
            }
        } catch (Exception e) {
            LOG.log(Level.WARNING, "could not start " + job + " at first start: " + e.getMessage(), e);
        }
    }
}
