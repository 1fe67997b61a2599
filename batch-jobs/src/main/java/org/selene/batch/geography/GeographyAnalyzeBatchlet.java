package org.selene.batch.geography;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import jakarta.inject.Inject;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.Statement;

/** Fresh planner statistics after a bulk load, so city look-ups use the indexes right away. */
@Named("geographyAnalyzeBatchlet")
@Dependent
public class GeographyAnalyzeBatchlet extends AbstractBatchlet {

    @Inject
    DataSource dataSource;

    @Override
    public String process() throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("ANALYZE geography.city");
            s.execute("ANALYZE geography.geonames_city");
            return "analyzed";
        }
    }
}
