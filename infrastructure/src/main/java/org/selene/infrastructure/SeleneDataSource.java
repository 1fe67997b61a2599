package org.selene.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

/**
 * The application's database, the server's pooled JTA data source, for {@code @Inject DataSource}.
 * Looked up by a configured name because servers spell a global resource name differently: Payara
 * binds {@code jdbc/selene}; WildFly accepts only {@code java:/...} or {@code java:jboss/...} and
 * reads a bare name as {@code java:comp/env/...} (SELENE_DATASOURCE=java:/jdbc/selene there).
 */
@ApplicationScoped
public class SeleneDataSource {

    @Inject
    @ConfigProperty(name = "SELENE_DATASOURCE", defaultValue = "jdbc/selene")
    String jndiName;

    private volatile DataSource dataSource;

    @Produces
    DataSource dataSource() {
        DataSource found = dataSource;
        if (found == null) {
            try {
                found = (DataSource) new InitialContext().lookup(jndiName);
            } catch (NamingException e) {
                throw new IllegalStateException("No data source at " + jndiName + " (SELENE_DATASOURCE)", e);
            }
            dataSource = found;
        }
        return found;
    }
}
