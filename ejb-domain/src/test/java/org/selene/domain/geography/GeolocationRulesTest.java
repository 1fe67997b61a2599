package org.selene.domain.geography;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class GeolocationRulesTest {

    static Geolocation city(String name, String region, String country) {
        return new Geolocation(name, region, country, BigDecimal.ONE, BigDecimal.ONE, "UTC");
    }

    static final Geolocation KC_MO = city("Kansas City", "Missouri", "United States");
    static final Geolocation KC_KS = city("Kansas City", "Kansas", "United States");
    static final Geolocation PARIS_FR = city("Paris", "Île-de-France", "France");
    static final Geolocation PARIS_TX = city("Paris", "Texas", "United States");

    @Test
    void phrasesAreTheLeadingWords() {
        assertEquals(List.of("new", "new york", "new york city"), GeolocationService.prefixPhrases("new york city"));
        assertEquals(GeolocationService.MAX_WORDS, GeolocationService.prefixPhrases("a ".repeat(40).trim()).size());
    }

    @Test
    void selenesChoiceAmongCandidates() {
        assertEquals(Optional.of(KC_KS), GeolocationService.choose(List.of(KC_KS), "kansas city whatever"));
        assertEquals(Optional.of(KC_MO), GeolocationService.choose(List.of(KC_MO, KC_KS), "kansas city"));
        assertEquals(Optional.of(KC_KS), GeolocationService.choose(List.of(KC_MO, KC_KS), "kansas city kansas"));
        assertEquals(Optional.of(PARIS_TX), GeolocationService.choose(List.of(PARIS_FR, PARIS_TX), "paris united states"));
        assertEquals(Optional.empty(), GeolocationService.choose(List.of(PARIS_FR, PARIS_TX), "paris hilton"));
    }
}
