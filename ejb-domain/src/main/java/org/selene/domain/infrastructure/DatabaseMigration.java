package org.selene.domain.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.health.Readiness;
import org.selene.infrastructure.DatabaseReadiness;

import javax.sql.DataSource;

/**
 * Brings the schema up to date before any request is served. Flyway's lock on its history table
 * makes nodes that deploy at the same time wait for each other instead of migrating twice.
 * Bean-managed transactions: Flyway commits the migrations itself (see SchemaMigration).
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigration {

    @Inject
    private DataSource dataSource;

    @Inject
    Config config;

    @Inject
    @Readiness // the check's qualifier: it has no @Default
    DatabaseReadiness readiness;

    @PostConstruct
    void migrate() {
        SecretsPolicy.verify(name -> config.getOptionalValue(name, String.class));
        SchemaMigration.migrate(dataSource);
        readiness.migrationsApplied();
    }
}
