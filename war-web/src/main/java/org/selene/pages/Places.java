package org.selene.pages;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.selene.domain.geography.GeographyService;
import org.selene.domain.shared.DomainException;

import java.util.List;

/**
 * The location type-ahead of the device and preferences forms: GeoNames cities as
 * "City, Region, Country", and the place a chosen line names.
 */
@Named("places")
@ApplicationScoped
public class Places {

    static final int SUGGESTIONS = 12;

    @EJB
    GeographyService geography;

    public List<String> complete(String typed) {
        return geography.searchPlaces(typed, SUGGESTIONS).stream().map(GeographyService.PlaceName::label).distinct().toList();
    }

    /** The place of a line the type-ahead offered; anything else is refused in words. */
    GeographyService.PlaceName resolve(String label) {
        if (label == null || label.isBlank()) {
            throw DomainException.badRequest("location: Choose a city from the list.");
        }
        String city = label.contains(",") ? label.substring(0, label.indexOf(',')) : label;
        return geography.searchPlaces(city, 50).stream().filter(p -> p.label().equals(label.trim())).findFirst()
                .orElseThrow(() -> DomainException.badRequest("location: Choose a city from the list."));
    }

    static String label(GeographyService.Place place) {
        return place == null || !place.complete() ? null
                : new GeographyService.PlaceName(place.city().getName(), place.region().getName(), place.country().getName(), place.timezone().getName()).label();
    }
}
