-- Which GeoNames city each geography.city row came from, so that re-running the import updates
-- rows in place and keeps the ids devices and account defaults refer to.
CREATE TABLE geography.geonames_city (
    geoname_id integer PRIMARY KEY,
    city_id    uuid NOT NULL UNIQUE REFERENCES geography.city ON DELETE CASCADE
);
