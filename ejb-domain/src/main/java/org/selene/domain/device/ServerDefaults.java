package org.selene.domain.device;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import jakarta.inject.Inject;
import org.selene.domain.geography.City;
import org.selene.domain.geography.GeographyService;
import org.selene.domain.geography.Region;

import java.util.List;
import java.util.Optional;

/**
 * The server-wide defaults of what a device sees when neither the device nor its account chose
 * (SELENE_DEFAULT_*), as the OVOS personal backend's config file: they replace Selene's
 * hard-coded Kansas City, imperial units and month-first dates.
 */
@Stateless
public class ServerDefaults {

    @PersistenceContext(unitName = "selene")
    private EntityManager em;

    @Inject
    private GeographyService geography;

    /** A GeoNames city id (4393217) or a city name (the most populous of that name). */
    @Inject
    @ConfigProperty(name = "SELENE_DEFAULT_LOCATION", defaultValue = "4393217")
    String location;

    @Inject
    @ConfigProperty(name = "SELENE_OVERRIDE_LOCATION", defaultValue = "false")
    boolean overrideLocation;

    /** Unset: /setting carries no lang (Selene's shape; devices keep their own). */
    @Inject
    @ConfigProperty(name = "SELENE_DEFAULT_LANG")
    Optional<String> lang;

    @Inject
    @ConfigProperty(name = "SELENE_DEFAULT_DATE_FORMAT", defaultValue = "MDY")
    String dateFormat;

    @Inject
    @ConfigProperty(name = "SELENE_DEFAULT_TIME_FORMAT", defaultValue = "half")
    String timeFormat;

    @Inject
    @ConfigProperty(name = "SELENE_DEFAULT_SYSTEM_UNIT", defaultValue = "imperial")
    String systemUnit;

    /** The default city with its region, country and timezone; empty until the geography import brought it. */
    public Optional<GeographyService.Place> place() {
        String value = location.trim();
        List<?> ids = value.matches("\\d{1,10}")
                ? em.createNativeQuery("SELECT city_id FROM geography.geonames_city WHERE geoname_id = ?1").setParameter(1, Integer.parseInt(value)).getResultList()
                : em.createNativeQuery("SELECT id FROM geography.city WHERE lower(name) = lower(?1) ORDER BY population DESC NULLS LAST LIMIT 1")
                        .setParameter(1, value).getResultList();
        return ids.stream().findFirst().map(id -> em.find(City.class, id)).map(city -> {
            Region region = em.find(Region.class, city.getRegionId());
            return geography.place(region.getCountryId(), region.getId(), city.getId(), city.getTimezoneId());
        });
    }

    /** SELENE_OVERRIDE_LOCATION: every device is at the default location, whatever was chosen. */
    public boolean overridesLocation() {
        return overrideLocation;
    }

    /** The preferences a device falls back to, in the device API's words (DMY/MDY, full/half, metric/imperial). */
    public record Preferences(Optional<String> lang, String dateFormat, String timeFormat, String systemUnit) {
    }

    public Preferences preferences() {
        return new Preferences(lang.map(String::trim).filter(l -> !l.isEmpty()), dateFormat.trim(), timeFormat.trim(), systemUnit.trim());
    }

    /** The default place as the device API's location. */
    public Optional<DeviceViews.Location> location() {
        return place().map(p -> new DeviceViews.Location(p.city().getName(), p.region().getRegionCode(), p.region().getName(),
                p.country().getIsoCode().trim(), p.country().getName(), p.city().getLatitude(), p.city().getLongitude(),
                p.timezone().getName(), p.timezone().getGmtOffset(), p.timezone().getDstOffset()));
    }
}
