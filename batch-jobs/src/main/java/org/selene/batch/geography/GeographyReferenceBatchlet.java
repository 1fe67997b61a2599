package org.selene.batch.geography;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The first step of the GeoNames import (docs/data-model.md §9.2): countries, regions and timezones,
 * upserted on their natural keys in one transaction. The cities follow as a chunk step.
 */
@Named("geographyReferenceBatchlet")
@Dependent
public class GeographyReferenceBatchlet extends AbstractBatchlet {

    private static final Logger LOG = Logger.getLogger(GeographyReferenceBatchlet.class.getName());

    @Inject
    DataSource dataSource;

    @Inject
    @BatchProperty
    String geonamesDir;

    @Inject
    @ConfigProperty(name = "GEONAMES_DIR")
    Optional<String> configuredDir;

    @Override
    public String process() throws Exception {
        GeonamesSource source = GeonamesSource.of(geonamesDir, configuredDir);
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            int countries = countries(c, source.rows("countryInfo.txt"));
            int regions = regions(c, source.rows("admin1CodesASCII.txt"));
            int timezones = timezones(c, source.rows("timeZones.txt"));
            c.commit();
            String summary = "countries=" + countries + " regions=" + regions + " timezones=" + timezones;
            LOG.info("GeoNames import from " + source.describe() + ": " + summary);
            return summary;
        }
    }

    private static int countries(Connection c, List<String[]> rows) throws Exception {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO geography.country (iso_code, name) VALUES (?, ?) "
                + "ON CONFLICT (iso_code) DO UPDATE SET name = excluded.name WHERE country.name <> excluded.name")) {
            for (String[] r : rows) {
                s.setString(1, r[0]);
                s.setString(2, r[4]);
                s.addBatch();
            }
            s.executeBatch();
        }
        return rows.size();
    }

    private static int regions(Connection c, List<String[]> rows) throws Exception {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO geography.region (country_id, region_code, name) "
                + "SELECT id, ?, ? FROM geography.country WHERE iso_code = ? "
                + "ON CONFLICT (region_code) DO UPDATE SET name = excluded.name WHERE region.name <> excluded.name")) {
            for (String[] r : rows) {
                s.setString(1, r[0]);
                s.setString(2, r[1]);
                s.setString(3, r[0].substring(0, 2));
                s.addBatch();
            }
            s.executeBatch();
        }
        return rows.size();
    }

    private static int timezones(Connection c, List<String[]> rows) throws Exception {
        int count = 0;
        try (PreparedStatement s = c.prepareStatement("INSERT INTO geography.timezone (country_id, name, gmt_offset, dst_offset) "
                + "SELECT id, ?, CAST(? AS numeric), CAST(? AS numeric) FROM geography.country WHERE iso_code = ? "
                + "ON CONFLICT (name) DO UPDATE SET gmt_offset = excluded.gmt_offset, dst_offset = excluded.dst_offset")) {
            for (String[] r : rows) {
                if (r[0].equals("CountryCode")) {
                    continue; // header line
                }
                s.setString(1, r[1]);
                s.setString(2, r[2]);
                s.setString(3, r[3]);
                s.setString(4, r[0]);
                s.addBatch();
                count++;
            }
            s.executeBatch();
        }
        return count;
    }
}
