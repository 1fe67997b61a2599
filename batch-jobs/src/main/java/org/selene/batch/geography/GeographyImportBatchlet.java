package org.selene.batch.geography;

import jakarta.annotation.Resource;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.postgresql.PGConnection;

import javax.sql.DataSource;
import java.io.BufferedReader;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Loads GeoNames into geography.* with Selene's column mapping (data-model.md §9.2). Countries,
 * regions and timezones are upserted on their natural keys; cities are COPYed into a temporary
 * table and upserted by GeoNames id, so a re-run (or a restart after a failure) updates in place
 * and keeps every id that devices and account defaults refer to.
 */
@Named("geographyImportBatchlet")
@Dependent
public class GeographyImportBatchlet extends AbstractBatchlet {

    private static final Logger LOG = Logger.getLogger(GeographyImportBatchlet.class.getName());

    @Resource(lookup = "jdbc/selene")
    DataSource dataSource;

    @Inject
    @BatchProperty
    String geonamesDir;

    @Inject
    @ConfigProperty(name = "GEONAMES_DIR")
    Optional<String> configuredDir;

    @Inject
    JobContext job;

    @Override
    public String process() throws Exception {
        String dir = geonamesDir != null && !geonamesDir.isBlank() ? geonamesDir : configuredDir.orElse(null);
        GeonamesSource source = new GeonamesSource(dir);
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            int countries = countries(c, source.rows("countryInfo.txt"));
            int regions = regions(c, source.rows("admin1CodesASCII.txt"));
            int timezones = timezones(c, source.rows("timeZones.txt"));
            long cities = cities(c, source);
            c.commit();
            String summary = "countries=" + countries + " regions=" + regions + " timezones=" + timezones + " cities=" + cities;
            LOG.info("GeoNames import from " + source.describe() + ": " + summary);
            job.setExitStatus(summary);
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

    private static long cities(Connection c, GeonamesSource source) throws Exception {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TEMPORARY TABLE city_import (geoname_id integer, name text, latitude numeric, longitude numeric, "
                    + "population integer, region_code text, timezone text) ON COMMIT DROP");
        }
        StringBuilder copy = new StringBuilder(16 * 1024 * 1024);
        try (BufferedReader cities = source.cities()) {
            String line;
            while ((line = cities.readLine()) != null) {
                String[] r = line.split("\t", -1);
                if (r.length < 18) {
                    continue;
                }
                copy.append(r[0]).append('\t').append(copyText(r[1])).append('\t').append(r[4]).append('\t').append(r[5]).append('\t')
                        .append(r[14].isEmpty() ? "\\N" : r[14]).append('\t').append(copyText(r[8] + "." + r[10])).append('\t')
                        .append(copyText(r[17])).append('\n');
            }
        }
        PGConnection pg = c.unwrap(PGConnection.class);
        long read = pg.getCopyAPI().copyIn("COPY city_import FROM STDIN", new StringReader(copy.toString()));
        try (Statement s = c.createStatement()) {
            s.executeUpdate("""
                    UPDATE geography.city c SET name = i.name, latitude = i.latitude, longitude = i.longitude, population = i.population,
                           region_id = r.id, timezone_id = t.id
                    FROM city_import i
                    JOIN geography.geonames_city g ON g.geoname_id = i.geoname_id
                    JOIN geography.region r ON r.region_code = i.region_code
                    JOIN geography.timezone t ON t.name = i.timezone
                    WHERE c.id = g.city_id AND (c.name, c.latitude, c.longitude, c.population, c.region_id, c.timezone_id)
                          IS DISTINCT FROM (i.name, i.latitude, i.longitude, i.population, r.id, t.id)""");
            s.executeUpdate("""
                    WITH fresh AS MATERIALIZED (
                        SELECT gen_random_uuid() AS id, i.geoname_id, i.name, i.latitude, i.longitude, i.population, r.id AS region_id, t.id AS timezone_id
                        FROM city_import i
                        JOIN geography.region r ON r.region_code = i.region_code
                        JOIN geography.timezone t ON t.name = i.timezone
                        WHERE NOT EXISTS (SELECT 1 FROM geography.geonames_city g WHERE g.geoname_id = i.geoname_id)),
                    inserted AS (
                        INSERT INTO geography.city (id, region_id, timezone_id, name, latitude, longitude, population)
                        SELECT id, region_id, timezone_id, name, latitude, longitude, population FROM fresh RETURNING id)
                    INSERT INTO geography.geonames_city (geoname_id, city_id)
                    SELECT f.geoname_id, f.id FROM fresh f JOIN inserted USING (id)""");
            s.execute("ANALYZE geography.city");
        }
        return read;
    }

    /** PostgreSQL COPY text format: backslash, tab and newline must be escaped. */
    static String copyText(String value) {
        return value.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }
}
