package org.selene.it;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** GET /v1/geolocation with Selene's matching rules on the full GeoNames import (device-api.md §6.22). */
@SeleneIT
class GeolocationIT {

    static DeviceFixture.Paired device;

    @BeforeAll
    static void imported() throws InterruptedException {
        GeographyImportIT.awaitImport();
        device = DeviceFixture.pair();
    }

    static JsonValue locate(String location) {
        return Http.get("/v1/geolocation?location=" + java.net.URLEncoder.encode(location, java.nio.charset.StandardCharsets.UTF_8),
                "Authorization", device.bearer()).assertStatus(200).object().get("data");
    }

    /** The most populous city of the given region/country names, straight from the tables. */
    static Map<String, Object> mostPopulous(String where, String name) {
        return Db.query("""
                SELECT c.name AS city, r.name AS region, co.name AS country FROM geography.city c JOIN geography.region r ON r.id = c.region_id
                JOIN geography.country co ON co.id = r.country_id WHERE lower(""" + where + ") = lower(?) AND c.population IS NOT NULL ORDER BY c.population DESC LIMIT 1", name).get(0);
    }

    @Test
    void aCityNamedExactlyIsTheMostPopulousOfThatName() {
        JsonObject place = locate("Kansas City").asJsonObject();
        assertEquals("Kansas City", place.getString("city"));
        assertEquals("Missouri", place.getString("region"));
        assertEquals("United States", place.getString("country"));
        assertEquals("America/Chicago", place.getString("timezone"));
        assertTrue(Math.abs(place.getJsonNumber("latitude").doubleValue() - 39.1) < 0.1, place.toString());
        assertTrue(Math.abs(place.getJsonNumber("longitude").doubleValue() + 94.58) < 0.1, place.toString());
    }

    @Test
    void theRegionNamedAfterTheCityTellsSameNamedCitiesApart() {
        JsonObject place = locate("kansas city kansas").asJsonObject();
        assertEquals("Kansas City", place.getString("city"));
        assertEquals("Kansas", place.getString("region"));
    }

    @Test
    void theCountryNamedAfterTheCityTellsSameNamedCitiesApart() {
        JsonObject place = locate("Paris united states").asJsonObject();
        assertEquals("Paris", place.getString("city"));
        assertEquals("United States", place.getString("country"));
        assertEquals("France", locate("paris").asJsonObject().getString("country"));
    }

    @Test
    void aRegionOrCountryAloneGivesItsMostPopulousCity() {
        assertEquals(mostPopulous("r.name", "Bavaria").get("city"), locate("Bavaria").asJsonObject().getString("city"));
        assertEquals(mostPopulous("co.name", "Germany").get("city"), locate("Germany").asJsonObject().getString("city"));
    }

    @Test
    void nothingFoundIsDataNull() {
        assertEquals(JsonValue.NULL, locate("xyzzy plugh nowhere"));
        assertEquals(JsonValue.NULL, locate("   "));
    }

    @Test
    void missingLocationIs400AndNoTokenIs401() {
        Http.get("/v1/geolocation", "Authorization", device.bearer()).assertJsonError(400);
        Http.get("/v1/geolocation?location=" + "x".repeat(300), "Authorization", device.bearer()).assertJsonError(400);
        Http.get("/v1/geolocation?location=Paris").assertJsonError(401);
    }

    @Test
    void lookUpsUseTheNameIndexes() {
        String plan = Db.query("EXPLAIN SELECT * FROM geography.city WHERE lower(name) IN ('kansas', 'kansas city') ORDER BY population DESC")
                .stream().map(r -> r.values().iterator().next().toString()).reduce("", (a, b) -> a + b + "\n");
        assertTrue(plan.contains("city_lower_name_idx"), plan);
        long started = System.nanoTime();
        for (int i = 0; i < 5; i++) {
            locate("new york city");
        }
        System.out.println("geolocation: " + (System.nanoTime() - started) / 5_000_000 + " ms per look-up over HTTP");
    }
}
