package org.selene.domain.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Logger;

/**
 * Brings the schema up to date before any request is served. Flyway's lock on its history table
 * makes nodes that deploy at the same time wait for each other instead of migrating twice.
 * Bean-managed transactions: Flyway commits each migration itself.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigration {

    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

    /** V1 and V2 are Selene's own schema and reference data: an existing Selene database already has them. */
    static final String SELENE_BASELINE_VERSION = "2";

    @Resource(lookup = "jdbc/selene")
    private DataSource dataSource;

    private volatile boolean migrated;

    @PostConstruct
    void migrate() {
        SecretsPolicy.verify();
        Flyway flyway = Flyway.configure(DatabaseMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .baselineVersion(SELENE_BASELINE_VERSION)
                .baselineDescription("adopted Selene database")
                // each area of the code base numbers its migrations in its own range
                .outOfOrder(true)
                .load();
        if (isUnmanagedSeleneDatabase()) {
            LOG.info("Found a Selene database without migration history: adopting it at version " + SELENE_BASELINE_VERSION);
            flyway.baseline();
        }
        MigrateResult result = flyway.migrate();
        LOG.info("Database schema at version " + result.targetSchemaVersion + " (" + result.migrationsExecuted + " migrations applied now)");
        migrated = true;
    }

    private boolean isUnmanagedSeleneDatabase() {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT to_regclass('account.account') IS NOT NULL AND to_regclass('public.flyway_schema_history') IS NULL")) {
            return rs.next() && rs.getBoolean(1);
        } catch (SQLException e) {
            throw new IllegalStateException("The database is not reachable: " + e.getMessage(), e);
        }
    }

    public boolean isMigrated() {
        return migrated;
    }
}
