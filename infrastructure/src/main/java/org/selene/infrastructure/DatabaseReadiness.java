package org.selene.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Ready once the migrations have run (the domain's DatabaseMigration says so) and the database
 * answers. In the EAR's library, the one place both servers collect it from: WildFly's health
 * extension sees only the EAR's top-level bean archive, Payara's the web modules, which see it too.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    @Inject
    DataSource dataSource;

    private volatile boolean migrated;

    /** Called by the schema migration once the schema is up to date. */
    public void migrationsApplied() {
        migrated = true;
    }

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("database");
        if (!migrated) {
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
