package org.selene.domain.geography;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/** A first-level division of a country: state, province, ... (geography.region, loaded from GeoNames). */
@Entity
@Table(schema = "geography", name = "region")
public class Region {

    @Id
    @Column(name = "id")
    private UUID id;
    @Column(name = "country_id", nullable = false)
    private UUID countryId;
    /** GeoNames admin1 code "CC.XX", e.g. "US.MO". */
    @Column(name = "region_code", nullable = false, unique = true, length = 20)
    private String regionCode;
    @Column(name = "name", nullable = false)
    private String name;
    @Column(name = "insert_ts", nullable = false, updatable = false)
    private LocalDateTime inserted;

    protected Region() {
    }

    public Region(UUID countryId, String regionCode, String name) {
        this.id = UUID.randomUUID();
        this.countryId = countryId;
        this.regionCode = regionCode;
        this.name = name;
        this.inserted = LocalDateTime.now(ZoneOffset.UTC);
    }

    public UUID getId() { return id; }
    public UUID getCountryId() { return countryId; }
    public String getRegionCode() { return regionCode; }
    public String getName() { return name; }
    public LocalDateTime getInserted() { return inserted; }
}
