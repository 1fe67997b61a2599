package org.selene.domain.geography;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Resolves a free-text location with Selene's rules: a city named by the leading words, told apart
 * by the region or country named after it; else the most populous city of the region or country
 * named by the whole text. Every look-up is by lower(name), which V500 indexes.
 */
@Stateless
public class GeolocationService {

    /** Longer texts only add phrases no city is named. */
    static final int MAX_WORDS = 12;

    private static final String SELECT = """
            SELECT c.name, r.name, co.name, c.latitude, c.longitude, t.name
            FROM geography.city c
            JOIN geography.region r ON r.id = c.region_id
            JOIN geography.country co ON co.id = r.country_id
            JOIN geography.timezone t ON t.id = c.timezone_id
            """;

    @PersistenceContext(unitName = "selene")
    private EntityManager em;

    public Optional<Geolocation> locate(String location) {
        String text = String.join(" ", location.toLowerCase(Locale.ROOT).trim().split("\\s+"));
        if (text.isEmpty()) {
            return Optional.empty();
        }
        List<Geolocation> candidates = cityCandidates(prefixPhrases(text));
        Optional<Geolocation> found = candidates.isEmpty() ? mostPopulous("lower(r.name) = ?1", text) : choose(candidates, text);
        return found.or(() -> mostPopulous("lower(co.name) = ?1", text));
    }

    /** "new york city" → "new", "new york", "new york city". */
    static List<String> prefixPhrases(String text) {
        List<String> words = Arrays.asList(text.split(" "));
        List<String> phrases = new ArrayList<>();
        for (int n = 1; n <= Math.min(words.size(), MAX_WORDS); n++) {
            phrases.add(String.join(" ", words.subList(0, n)));
        }
        return phrases;
    }

    static Optional<Geolocation> choose(List<Geolocation> candidates, String text) {
        if (candidates.size() == 1) {
            return Optional.of(candidates.get(0));
        }
        Geolocation mostPopulous = candidates.get(0);
        if (mostPopulous.city().toLowerCase(Locale.ROOT).equals(text)) {
            return Optional.of(mostPopulous);
        }
        return candidates.stream().filter(c -> rest(text, c).contains(c.region().toLowerCase(Locale.ROOT))).findFirst()
                .or(() -> candidates.stream().filter(c -> rest(text, c).contains(c.country().toLowerCase(Locale.ROOT))).findFirst());
    }

    /** The text after the candidate's name, where a region or country would be named. */
    private static String rest(String text, Geolocation candidate) {
        return text.substring(Math.min(text.length(), candidate.city().length()));
    }

    private List<Geolocation> cityCandidates(List<String> phrases) {
        StringBuilder in = new StringBuilder();
        for (int i = 1; i <= phrases.size(); i++) {
            in.append(i == 1 ? "?" : ", ?").append(i);
        }
        Query query = em.createNativeQuery(SELECT + "WHERE lower(c.name) IN (" + in + ") ORDER BY c.population DESC NULLS LAST LIMIT 1000");
        for (int i = 0; i < phrases.size(); i++) {
            query.setParameter(i + 1, phrases.get(i));
        }
        return rows(query);
    }

    private Optional<Geolocation> mostPopulous(String where, String text) {
        Query query = em.createNativeQuery(SELECT + "WHERE " + where + " AND c.population IS NOT NULL ORDER BY c.population DESC LIMIT 1")
                .setParameter(1, text);
        return rows(query).stream().findFirst();
    }

    private static List<Geolocation> rows(Query query) {
        List<Geolocation> places = new ArrayList<>();
        for (Object row : query.getResultList()) {
            Object[] r = (Object[]) row;
            places.add(new Geolocation((String) r[0], (String) r[1], (String) r[2], (BigDecimal) r[3], (BigDecimal) r[4], (String) r[5]));
        }
        return places;
    }
}
