package org.selene.domain.geography;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.selene.domain.shared.DomainException;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The imported GeoNames places: the account app's look-ups (by id) and the resolution of the
 * names it sends back when saving a device or the defaults.
 */
@Stateless
public class GeographyService {

    @PersistenceContext(unitName = "selene")
    private EntityManager em;

    /** A city with the name of its timezone, as the account app's city list shows it. */
    public record CityInTimezone(City city, String timezone) {
    }

    /** A chosen place; any part may be missing for the account defaults. */
    public record Place(Country country, Region region, City city, Timezone timezone) {

        public boolean complete() {
            return country != null && region != null && city != null && timezone != null;
        }

        public UUID countryId() { return country == null ? null : country.getId(); }
        public UUID regionId() { return region == null ? null : region.getId(); }
        public UUID cityId() { return city == null ? null : city.getId(); }
        public UUID timezoneId() { return timezone == null ? null : timezone.getId(); }
    }

    /** A city with the names of its region, country and timezone: one line of the pages' type-ahead. */
    public record PlaceName(String city, String region, String country, String timezone) {
        public String label() {
            return city + ", " + region + ", " + country;
        }
    }

    /** Cities whose name starts with the text, the most populous first (the pages' location type-ahead). */
    public List<PlaceName> searchPlaces(String text, int limit) {
        if (blank(text)) {
            return List.of();
        }
        String prefix = text.trim().toLowerCase(java.util.Locale.ROOT).replace("\\", "").replace("%", "").replace("_", "") + "%";
        List<?> rows = em.createNativeQuery("""
                SELECT c.name, r.name, co.name, t.name FROM geography.city c
                JOIN geography.region r ON r.id = c.region_id JOIN geography.country co ON co.id = r.country_id
                JOIN geography.timezone t ON t.id = c.timezone_id
                WHERE lower(c.name) LIKE ?1 ORDER BY c.population DESC NULLS LAST, c.name LIMIT ?2""")
                .setParameter(1, prefix).setParameter(2, Math.max(1, Math.min(limit, 50))).getResultList();
        return rows.stream().map(r -> (Object[]) r).map(c -> new PlaceName((String) c[0], (String) c[1], (String) c[2], (String) c[3])).toList();
    }

    public List<Country> countries() {
        return em.createQuery("SELECT c FROM Country c ORDER BY c.name", Country.class).getResultList();
    }

    public List<Region> regions(UUID countryId) {
        return em.createQuery("SELECT r FROM Region r WHERE r.countryId = :c ORDER BY r.name", Region.class)
                .setParameter("c", countryId).getResultList();
    }

    public List<CityInTimezone> cities(UUID regionId) {
        return em.createQuery("SELECT c, t.name FROM City c, Timezone t WHERE t.id = c.timezoneId AND c.regionId = :r ORDER BY c.name", Object[].class)
                .setParameter("r", regionId).getResultList().stream()
                .map(row -> new CityInTimezone((City) row[0], (String) row[1])).toList();
    }

    public List<Timezone> timezones(UUID countryId) {
        return em.createQuery("SELECT t FROM Timezone t WHERE t.countryId = :c ORDER BY t.name", Timezone.class)
                .setParameter("c", countryId).getResultList();
    }

    /** The parts of a stored place (null ids stay null). */
    public Place place(UUID countryId, UUID regionId, UUID cityId, UUID timezoneId) {
        return new Place(find(Country.class, countryId), find(Region.class, regionId), find(City.class, cityId), find(Timezone.class, timezoneId));
    }

    /**
     * The place the account app names: country, region (within the country), city (within the
     * region; the most populous of equal names) and timezone, each by name or id. A blank part
     * is missing; a part naming nothing known is refused (Selene stored NULL and failed later).
     */
    public Place resolve(String country, String region, String city, String timezone) {
        Country c = blank(country) ? null : byIdOr(Country.class, country, "country",
                () -> em.createQuery("SELECT c FROM Country c WHERE c.name = :v OR c.isoCode = :v", Country.class)
                        .setParameter("v", country.trim()).getResultList());
        Region r = null;
        if (!blank(region)) {
            UUID countryId = requirePart(c, "region", "country").getId();
            r = byIdOr(Region.class, region, "region",
                    () -> em.createQuery("SELECT r FROM Region r WHERE r.countryId = :c AND r.name = :v", Region.class)
                            .setParameter("c", countryId).setParameter("v", region.trim()).getResultList());
            requireWithin(r.getCountryId().equals(countryId), "region", region);
        }
        City ci = null;
        if (!blank(city)) {
            UUID regionId = requirePart(r, "city", "region").getId();
            ci = byIdOr(City.class, city, "city", () -> mostPopulous(regionId, city.trim()));
            requireWithin(ci.getRegionId().equals(regionId), "city", city);
        }
        Timezone t = blank(timezone) ? null : byIdOr(Timezone.class, timezone, "timezone",
                () -> em.createQuery("SELECT t FROM Timezone t WHERE t.name = :v", Timezone.class)
                        .setParameter("v", timezone.trim()).getResultList());
        return new Place(c, r, ci, t);
    }

    private List<City> mostPopulous(UUID regionId, String name) {
        List<?> ids = em.createNativeQuery("SELECT id FROM geography.city WHERE region_id = ?1 AND name = ?2 ORDER BY population DESC NULLS LAST LIMIT 1")
                .setParameter(1, regionId).setParameter(2, name).getResultList();
        return ids.stream().map(id -> em.find(City.class, id)).toList();
    }

    /** A part given by id (the look-ups' ids) or else by what the query finds for its name. */
    private <T> T byIdOr(Class<T> type, String value, String part, Supplier<List<T>> byName) {
        Optional<UUID> id = parseId(value.trim());
        List<T> found = id.isPresent() ? Optional.ofNullable(em.find(type, id.get())).stream().toList() : byName.get();
        return found.stream().findFirst().orElseThrow(() -> DomainException.badRequest(part + ": unknown " + part + " '" + shorten(value) + "'"));
    }

    private static <T> T requirePart(T parent, String part, String parentName) {
        if (parent == null) {
            throw DomainException.badRequest(part + ": a " + parentName + " is required with a " + part);
        }
        return parent;
    }

    private static void requireWithin(boolean within, String part, String value) {
        if (!within) {
            throw DomainException.badRequest(part + ": '" + shorten(value) + "' is not in the chosen place");
        }
    }

    private static String shorten(String value) {
        return value.length() > 80 ? value.substring(0, 80) + "..." : value;
    }

    private <T> T find(Class<T> type, UUID id) {
        return id == null ? null : em.find(type, id);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    static Optional<UUID> parseId(String value) {
        try {
            return Optional.of(UUID.fromString(value));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
