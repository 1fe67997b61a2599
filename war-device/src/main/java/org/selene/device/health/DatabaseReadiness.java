package org.selene.device.health;

import org.selene.domain.infrastructure.DatabaseMigration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Ready once the migrations have run and the database answers. Lives in a web module because
 * Payara collects health checks only from web modules, and in one of them only: from a library
 * packaged in every WAR, Payara listed the check twice.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    @Inject
    DatabaseMigration migration;

    @Inject
    DataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("database");
        if (!migration.isMigrated()) {
            return response.down().withData("migrations", "pending").build();
        }
        try (Connection c = dataSource.getConnection()) {
            boolean valid = c.isValid(2);
            return response.status(valid).withData("migrations", "applied").build();
        } catch (SQLException e) {
            return response.down().withData("migrations", "applied").withData("database", "unreachable").build();
        }
    }
}
