package org.selene.domain.infrastructure;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Logger;

/**
 * Flyway over the schema, and adoption of a database that Selene made. All pending migrations run
 * in one transaction (PostgreSQL's DDL is transactional), so a migration that fails on an adopted
 * database leaves it exactly as it was: the migrations are rolled back and the history table that
 * adoption added is dropped again, and the operator can still go back to Selene.
 */
public final class SchemaMigration {

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    /** V1 and V2 are Selene's own schema and reference data: an existing Selene database already has them. */
    static final String SELENE_BASELINE_VERSION = "2";

    private SchemaMigration() {
    }

    public static MigrateResult migrate(DataSource dataSource) {
        Flyway flyway = Flyway.configure(SchemaMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .baselineVersion(SELENE_BASELINE_VERSION)
                .baselineDescription("adopted Selene database")
                // each area of the code base numbers its migrations in its own range
                .outOfOrder(true)
                .group(true)
                .load();
        boolean adopting = isUnmanagedSeleneDatabase(dataSource);
        if (adopting) {
            LOG.info("Found a Selene database without migration history: adopting it at version " + SELENE_BASELINE_VERSION);
            flyway.baseline();
        }
        try {
            MigrateResult result = flyway.migrate();
            LOG.info("Database schema at version " + result.targetSchemaVersion + " (" + result.migrationsExecuted + " migrations applied now)");
            return result;
        } catch (RuntimeException e) {
            if (adopting) {
                forgetAdoption(dataSource);
            }
            throw e;
        }
    }

    private static boolean isUnmanagedSeleneDatabase(DataSource dataSource) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT to_regclass('account.account') IS NOT NULL AND to_regclass('public.flyway_schema_history') IS NULL")) {
            return rs.next() && rs.getBoolean(1);
        } catch (SQLException e) {
            throw new IllegalStateException("The database is not reachable: " + e.getMessage(), e);
        }
    }

    private static void forgetAdoption(DataSource dataSource) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS public.flyway_schema_history");
            LOG.warning("Adoption failed: the Selene database is left as it was (no migration applied, no history table)");
        } catch (SQLException e) {
            LOG.severe("Adoption failed and its history table could not be dropped: " + e.getMessage());
        }
    }
}
