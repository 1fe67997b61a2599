package org.selene.batch.geography;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import jakarta.inject.Inject;
import org.postgresql.PGConnection;

import javax.sql.DataSource;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;

/**
 * Each chunk of cities is COPYed into a temporary table and upserted by GeoNames id, in the
 * chunk's transaction: a re-run or a restart updates in place and keeps every city id that
 * devices and account defaults refer to.
 */
@Named("geonamesCityWriter")
@Dependent
public class GeonamesCityWriter extends AbstractItemWriter {

    @Inject
    DataSource dataSource;

    @Override
    public void writeItems(List<Object> items) throws Exception {
        StringBuilder copy = new StringBuilder(items.size() * 80);
        items.forEach(copy::append);
        try (Connection c = dataSource.getConnection()) {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TEMPORARY TABLE IF NOT EXISTS city_import (geoname_id integer, name text, latitude numeric, longitude numeric, "
                        + "population integer, region_code text, timezone text) ON COMMIT DELETE ROWS");
            }
            c.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY city_import FROM STDIN", new StringReader(copy.toString()));
            try (Statement s = c.createStatement()) {
                // GeoNames gives some cities an admin1 code with no region entry ("00", or a code the
                // admin1 file lacks; Singapore and Gibraltar have nothing else): they go to a region
                // named after their country, coded by the bare country code, so every country with
                // cities offers a region to choose.
                s.executeUpdate("""
                        INSERT INTO geography.region (country_id, region_code, name)
                        SELECT DISTINCT co.id, co.iso_code, co.name
                        FROM city_import i JOIN geography.country co ON co.iso_code = split_part(i.region_code, '.', 1)
                        WHERE NOT EXISTS (SELECT 1 FROM geography.region r WHERE r.region_code = i.region_code)
                        ON CONFLICT (region_code) DO NOTHING""");
                s.executeUpdate("""
                        UPDATE city_import i SET region_code = split_part(i.region_code, '.', 1)
                        WHERE NOT EXISTS (SELECT 1 FROM geography.region r WHERE r.region_code = i.region_code)""");
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
            }
        }
    }
}
