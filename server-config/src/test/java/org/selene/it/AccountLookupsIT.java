package org.selene.it;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The account app's public look-ups: places, agreements, memberships (docs/web-apis.md §2.2, §3.4). */
@SeleneIT
class AccountLookupsIT {

    @BeforeAll
    static void places() throws InterruptedException {
        GeographyImportIT.awaitImport();
    }

    static JsonObject named(JsonArray items, String name) {
        return items.stream().map(JsonValue::asJsonObject).filter(o -> o.getString("name").equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not in " + items.size() + " items"));
    }

    @Test
    void countriesRegionsCitiesAndTimezonesChainByIdWithoutCookies() {
        JsonArray countries = Http.get("/account/api/countries").assertStatus(200).array();
        assertEquals(247, countries.size());
        JsonObject us = named(countries, "United States");
        assertEquals(List.of("id", "isoCode", "name"), List.copyOf(us.keySet()));
        assertEquals("US", us.getString("isoCode"));
        assertTrue(countries.getJsonObject(0).getString("name").compareTo(countries.getJsonObject(1).getString("name")) <= 0, "ordered by name");

        JsonObject missouri = named(Http.get("/account/api/regions?country=" + us.getString("id")).assertStatus(200).array(), "Missouri");
        assertEquals(List.of("id", "name", "regionCode"), List.copyOf(missouri.keySet()));
        assertEquals("US.MO", missouri.getString("regionCode"));

        JsonObject kc = named(Http.get("/account/api/cities?region=" + missouri.getString("id")).assertStatus(200).array(), "Kansas City");
        assertEquals(List.of("id", "latitude", "longitude", "name", "timezone"), List.copyOf(kc.keySet()));
        assertEquals("America/Chicago", kc.getString("timezone"));
        assertEquals(39.09, kc.getJsonNumber("latitude").doubleValue(), 0.01);

        JsonObject chicago = named(Http.get("/account/api/timezones?country=" + us.getString("id")).assertStatus(200).array(), "America/Chicago");
        assertEquals(List.of("dstOffset", "gmtOffset", "id", "name"), List.copyOf(chicago.keySet()));
        assertEquals(-6.0, chicago.getJsonNumber("gmtOffset").doubleValue());
        assertEquals(-5.0, chicago.getJsonNumber("dstOffset").doubleValue());
    }

    @Test
    void missingOrMalformedLookupIdsAre400Json() {
        for (String path : List.of("/account/api/regions", "/account/api/cities", "/account/api/timezones",
                "/account/api/regions?country=", "/account/api/cities?region=not-an-id", "/account/api/timezones?country=1%27%20OR%201=1")) {
            Http.get(path).assertJsonError(400);
        }
        assertEquals(0, Http.get("/account/api/regions?country=00000000-0000-0000-0000-000000000000").assertStatus(200).array().size());
    }

    @Test
    void agreementsAreTheVersionInEffect() {
        for (String[] type : List.of(new String[]{"terms-of-use", "Terms of Use"}, new String[]{"privacy-policy", "Privacy Policy"})) {
            JsonObject agreement = Http.get("/account/api/agreement/" + type[0]).assertStatus(200).object();
            assertEquals(List.of("content", "id", "type", "version"), List.copyOf(agreement.keySet()));
            assertEquals(type[1], agreement.getString("type"));
            assertEquals(Db.scalar("SELECT version FROM account.agreement WHERE agreement = CAST(? AS agreement_enum) AND effective @> current_date", type[1]),
                    agreement.getString("version"));
            assertTrue(agreement.getString("content").contains("<h1>" + type[1] + "</h1>"), agreement.getString("content"));
        }
        Http.get("/account/api/agreement/cookie-policy").assertJsonError(404);
    }

    @Test
    void membershipsArePublicWithSelenesKeys() {
        JsonArray memberships = Http.get("/account/api/memberships").assertStatus(200).array();
        assertEquals(2, memberships.size());
        JsonObject monthly = memberships.stream().map(JsonValue::asJsonObject).filter(m -> m.getString("type").equals("Monthly Membership"))
                .findFirst().orElseThrow();
        assertEquals(List.of("id", "rate", "ratePeriod", "stripePlan", "type"), List.copyOf(monthly.keySet()));
        assertEquals(1.99, monthly.getJsonNumber("rate").doubleValue());
        assertEquals("month", monthly.getString("ratePeriod"));
        assertEquals("monthly_premium", monthly.getString("stripePlan"));
    }
}
