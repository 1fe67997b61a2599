-- GET /v1/geolocation looks cities, regions and countries up by lower(name); without these a
-- look-up scans all ~200k cities of the GeoNames import.
CREATE INDEX city_lower_name_idx ON geography.city (lower(name));
CREATE INDEX region_lower_name_idx ON geography.region (lower(name));
CREATE INDEX country_lower_name_idx ON geography.country (lower(name));
-- the region and country fallbacks take the most populous city of a region
CREATE INDEX city_region_population_idx ON geography.city (region_id, population DESC);
