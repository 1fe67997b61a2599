package org.selene.it;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The GeoNames import that the first start of a deployment runs by itself (docs/data-model.md §9.2). */
@SeleneIT
class GeographyImportIT {

    static void awaitImport() throws InterruptedException {
        BatchJobsClient.awaitFirstRun("geography-import");
    }

    @Test
    void firstStartImportsAllResolvableCitiesWithSelenesMapping() throws InterruptedException {
        awaitImport();
        assertEquals(Db.count("SELECT count(*) FROM geography.geonames_city"), Db.count("SELECT count(*) FROM geography.city c JOIN geography.geonames_city g ON g.city_id = c.id"));
        // every city of the bundled cities500 file, even those whose admin1 code names no region
        assertEquals(199_568, Db.count("SELECT count(*) FROM geography.geonames_city"));
        // every row of the shipped countryInfo.txt, admin1CodesASCII.txt and timeZones.txt
        assertEquals(247, Db.count("SELECT count(*) FROM geography.country"));
        assertEquals(3865, Db.count("SELECT count(*) FROM geography.region WHERE region_code LIKE '%.%'"));
        assertEquals(394, Db.count("SELECT count(*) FROM geography.timezone"));

        List<Map<String, Object>> kc = Db.query("""
                SELECT c.latitude::text AS lat, c.longitude::text AS lon, r.region_code, r.name AS region, co.iso_code, co.name AS country, t.name AS tz,
                       t.gmt_offset::text AS gmt, t.dst_offset::text AS dst
                FROM geography.city c JOIN geography.geonames_city g ON g.city_id = c.id
                JOIN geography.region r ON r.id = c.region_id JOIN geography.country co ON co.id = r.country_id
                JOIN geography.timezone t ON t.id = c.timezone_id
                WHERE c.name = 'Kansas City' AND r.region_code = 'US.MO'""");
        assertEquals(1, kc.size(), kc.toString());
        assertEquals("Missouri", kc.get(0).get("region"));
        assertEquals("United States", kc.get(0).get("country"));
        assertEquals("America/Chicago", kc.get(0).get("tz"));
        assertEquals("-6.0", kc.get(0).get("gmt"));
        assertEquals("-5.0", kc.get(0).get("dst"));
        assertTrue(kc.get(0).get("lat").toString().startsWith("39.09"), kc.toString());
    }

    @Test
    void everyCountryWithCitiesOffersARegionWithItsCities() throws Exception {
        awaitImport();
        Set<String> countriesWithCities = new TreeSet<>();
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(Path.of("../batch-jobs/src/main/data/geonames/cities500.zip")))) {
            zip.getNextEntry();
            new BufferedReader(new InputStreamReader(zip, StandardCharsets.UTF_8)).lines().forEach(line -> countriesWithCities.add(line.split("\t", -1)[8]));
        }
        Set<String> countriesOffered = new TreeSet<>();
        Db.query("SELECT DISTINCT co.iso_code FROM geography.country co JOIN geography.region r ON r.country_id = co.id "
                + "WHERE EXISTS (SELECT 1 FROM geography.city c WHERE c.region_id = r.id)").forEach(row -> countriesOffered.add((String) row.get("iso_code")));
        assertEquals(countriesWithCities, countriesOffered);
        // a country whose cities name no region of the admin1 file has one named after it
        List<Map<String, Object>> singapore = Db.query("""
                SELECT r.name, count(c.id) AS cities FROM geography.region r JOIN geography.country co ON co.id = r.country_id
                JOIN geography.city c ON c.region_id = r.id WHERE co.iso_code = 'SG' GROUP BY r.name""");
        assertEquals(1, singapore.size(), singapore.toString());
        assertEquals("Singapore", singapore.get(0).get("name"));
        assertTrue(((Number) singapore.get(0).get("cities")).longValue() > 0);
    }

    @Test
    void theRunIsRecordedInMetricJobWithItsDuration() throws InterruptedException {
        awaitImport();
        Map<String, Object> run = Db.query("SELECT extract(epoch FROM end_ts - start_ts)::float8 AS seconds, command FROM metric.job "
                + "WHERE job_name = 'geography-import' AND success ORDER BY start_ts DESC LIMIT 1").get(0);
        System.out.println("GeoNames import took " + run.get("seconds") + " s");
        JsonObject execution = Http.get("/account/api/admin/jobs", MarketSession.admin().cookies()).assertStatus(200).object().getJsonArray("executions")
                .stream().map(JsonValue::asJsonObject).filter(e -> e.getString("jobName").equals("geography-import")).reduce((newer, older) -> older).orElseThrow();
        for (JsonValue step : execution.getJsonArray("steps")) {
            JsonObject s = step.asJsonObject();
            System.out.println("  step " + s.getString("name") + ": " + Duration.between(Instant.parse(s.getString("start")), Instant.parse(s.getString("end"))).toMillis()
                    + " ms, metrics " + s.getJsonObject("metrics"));
        }
        // the cities step is a chunk step: its progress is visible as items read and written
        JsonObject cities = execution.getJsonArray("steps").stream().map(JsonValue::asJsonObject).filter(s -> s.getString("name").equals("cities")).findFirst().orElseThrow();
        assertEquals(199_568, cities.getJsonObject("metrics").getJsonNumber("READ_COUNT").longValue());
        assertEquals(199_568, cities.getJsonObject("metrics").getJsonNumber("WRITE_COUNT").longValue());
        assertTrue(run.get("command").toString().startsWith("geography-import"));
    }

    @Test
    void aReRunUpdatesInPlaceAndKeepsTheCityIds() throws InterruptedException {
        awaitImport();
        long cities = Db.count("SELECT count(*) FROM geography.city");
        Object kansasCity = Db.scalar("SELECT g.city_id FROM geography.geonames_city g WHERE g.geoname_id = 4393217");
        Db.update("UPDATE geography.city SET population = 1 WHERE id = ?", kansasCity);
        JsonObject run = BatchJobsClient.run("geography-import", null);
        assertEquals("COMPLETED", run.getString("batchStatus"), run.toString());
        assertEquals(cities, Db.count("SELECT count(*) FROM geography.city"));
        assertEquals(kansasCity, Db.scalar("SELECT g.city_id FROM geography.geonames_city g WHERE g.geoname_id = 4393217"));
        assertTrue(((Number) Db.scalar("SELECT population FROM geography.city WHERE id = ?", kansasCity)).intValue() > 400_000);
    }
}
