package org.selene.domain.geography;

import java.math.BigDecimal;

/** A place a free-text location resolved to (docs/device-api.md §6.22). */
public record Geolocation(String city, String region, String country, BigDecimal latitude, BigDecimal longitude, String timezone) {
}
