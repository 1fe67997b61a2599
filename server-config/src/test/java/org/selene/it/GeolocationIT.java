package org.selene.it;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Random;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * GET /v1/geolocation with Selene's matching rules (docs/device-api.md §6.22), on places of its own
 * (named with a random word, so the GeoNames import running meanwhile cannot interfere).
 */
@SeleneIT
class GeolocationIT {

    static final String W = randomWord();
    static DeviceFixture.Paired device;

    static String randomWord() {
        Random random = new Random();
        StringBuilder word = new StringBuilder("q");
        for (int i = 0; i < 7; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString();
    }

    static UUID country(String iso, String name) {
        Db.update("INSERT INTO geography.country (iso_code, name) VALUES (?, ?)", iso, name);
        UUID id = (UUID) Db.scalar("SELECT id FROM geography.country WHERE iso_code = ?", iso);
        Db.update("INSERT INTO geography.timezone (country_id, name, gmt_offset, dst_offset) VALUES (?, ?, 1, 2)", id, "Test/" + name);
        return id;
    }

    static UUID region(UUID country, String code, String name) {
        Db.update("INSERT INTO geography.region (country_id, region_code, name) VALUES (?, ?, ?)", country, code, name);
        return (UUID) Db.scalar("SELECT id FROM geography.region WHERE region_code = ?", code);
    }

    static void city(UUID region, String name, int population, double latitude) {
        Db.update("""
                INSERT INTO geography.city (region_id, timezone_id, name, latitude, longitude, population)
                SELECT r.id, t.id, ?, ?, 7.25, ? FROM geography.region r JOIN geography.timezone t ON t.country_id = r.country_id WHERE r.id = ?""",
                name, latitude, population, region);
    }

    @BeforeAll
    static void places() {
        device = DeviceFixture.pair();
        // user-assigned ISO codes: GeoNames has none of them
        UUID north = country("QM", "Nordo" + W);
        UUID south = country("QN", "Sudo" + W);
        UUID upper = region(north, "QM." + W + "1", "Upper " + W);
        UUID lower = region(north, "QM." + W + "2", "Lower " + W);
        UUID coast = region(south, "QN." + W + "1", "Coast " + W);
        city(upper, "Alpha" + W, 900, 10.5);
        city(upper, "Twin" + W, 5000, 11.5);
        city(lower, "Twin" + W, 800, 12.5);
        city(coast, "Twin" + W, 300, 13.5);
        city(lower, "Lowtown" + W, 20000, 14.5);
        city(coast, "Harbor" + W, 700, 15.5);
    }

    /** GeographyImportIT counts the imported countries, regions and timezones exactly. */
    @AfterAll
    static void removePlaces() {
        Db.update("DELETE FROM geography.city WHERE region_id IN (SELECT r.id FROM geography.region r JOIN geography.country c ON c.id = r.country_id WHERE c.iso_code IN ('QM', 'QN'))");
        Db.update("DELETE FROM geography.region WHERE country_id IN (SELECT id FROM geography.country WHERE iso_code IN ('QM', 'QN'))");
        Db.update("DELETE FROM geography.timezone WHERE country_id IN (SELECT id FROM geography.country WHERE iso_code IN ('QM', 'QN'))");
        Db.update("DELETE FROM geography.country WHERE iso_code IN ('QM', 'QN')");
    }

    static JsonValue locate(String location) {
        return Http.get("/v1/geolocation?location=" + URLEncoder.encode(location, StandardCharsets.UTF_8),
                "Authorization", device.bearer()).assertStatus(200).object().get("data");
    }

    static String city(String location) {
        JsonObject place = locate(location).asJsonObject();
        return place.getString("city") + "|" + place.getString("region") + "|" + place.getString("country");
    }

    @Test
    void theOnlyCityOfThatNameComesWithItsWholePlace() {
        JsonObject place = locate("ALPHA" + W.toUpperCase()).asJsonObject();
        assertEquals("Alpha" + W, place.getString("city"));
        assertEquals("Upper " + W, place.getString("region"));
        assertEquals("Nordo" + W, place.getString("country"));
        assertEquals("Test/Nordo" + W, place.getString("timezone"));
        assertEquals(10.5, place.getJsonNumber("latitude").doubleValue());
        assertEquals(7.25, place.getJsonNumber("longitude").doubleValue());
    }

    @Test
    void aCityNamedExactlyIsTheMostPopulousOfThatName() {
        assertEquals("Twin" + W + "|Upper " + W + "|Nordo" + W, city("twin" + W));
    }

    @Test
    void theRegionOrCountryNamedAfterTheCityTellsSameNamedCitiesApart() {
        assertEquals("Twin" + W + "|Lower " + W + "|Nordo" + W, city("twin" + W + " lower " + W));
        assertEquals("Twin" + W + "|Coast " + W + "|Sudo" + W, city("twin" + W + " in sudo" + W));
        assertEquals(JsonValue.NULL, locate("twin" + W + " somewhere else"));
    }

    @Test
    void aRegionOrCountryAloneGivesItsMostPopulousCity() {
        assertEquals("Lowtown" + W + "|Lower " + W + "|Nordo" + W, city("lower " + W));
        assertEquals("Lowtown" + W + "|Lower " + W + "|Nordo" + W, city("nordo" + W));
        assertEquals("Harbor" + W + "|Coast " + W + "|Sudo" + W, city("Sudo" + W));
    }

    @Test
    void nothingFoundIsDataNull() {
        assertEquals(JsonValue.NULL, locate(W + " plugh nowhere"));
        assertEquals(JsonValue.NULL, locate("   "));
    }

    @Test
    void missingLocationIs400AndNoTokenIs401() {
        Http.get("/v1/geolocation", "Authorization", device.bearer()).assertJsonError(400);
        Http.get("/v1/geolocation?location=" + "x".repeat(300), "Authorization", device.bearer()).assertJsonError(400);
        Http.get("/v1/geolocation?location=Paris").assertJsonError(401);
    }

    /** V500: the look-ups of the ~200k imported cities go through lower(name) indexes. */
    @Test
    void lookUpsCanUseTheNameIndexes() throws Exception {
        try (Connection c = Db.connect(); Statement s = c.createStatement()) {
            s.execute("SET enable_seqscan = off");
            StringBuilder plan = new StringBuilder();
            try (ResultSet rs = s.executeQuery("EXPLAIN SELECT * FROM geography.city WHERE lower(name) IN ('kansas', 'kansas city') ORDER BY population DESC")) {
                while (rs.next()) {
                    plan.append(rs.getString(1)).append('\n');
                }
            }
            assertTrue(plan.toString().contains("city_lower_name_idx"), plan.toString());
        }
        assertEquals(1, Db.count("SELECT count(*) FROM pg_indexes WHERE indexname = 'region_lower_name_idx'"));
        assertEquals(1, Db.count("SELECT count(*) FROM pg_indexes WHERE indexname = 'country_lower_name_idx'"));
    }
}
