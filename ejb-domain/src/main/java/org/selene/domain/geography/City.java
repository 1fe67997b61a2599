package org.selene.domain.geography;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/** A populated place (geography.city, loaded from GeoNames). Names are not unique, even within a region. */
@Entity
@Table(schema = "geography", name = "city")
public class City {

    @Id
    @Column(name = "id")
    private UUID id;
    @Column(name = "region_id", nullable = false)
    private UUID regionId;
    @Column(name = "timezone_id", nullable = false)
    private UUID timezoneId;
    @Column(name = "name", nullable = false)
    private String name;
    @Column(name = "latitude", nullable = false)
    private BigDecimal latitude;
    @Column(name = "longitude", nullable = false)
    private BigDecimal longitude;
    @Column(name = "insert_ts", nullable = false, updatable = false)
    private LocalDateTime inserted;
    @Column(name = "population")
    private Integer population;

    protected City() {
    }

    public City(UUID regionId, UUID timezoneId, String name, BigDecimal latitude, BigDecimal longitude, Integer population) {
        this.id = UUID.randomUUID();
        this.regionId = regionId;
        this.timezoneId = timezoneId;
        this.name = name;
        this.latitude = latitude;
        this.longitude = longitude;
        this.population = population;
        this.inserted = LocalDateTime.now(ZoneOffset.UTC);
    }

    public UUID getId() { return id; }
    public UUID getRegionId() { return regionId; }
    public UUID getTimezoneId() { return timezoneId; }
    public String getName() { return name; }
    public BigDecimal getLatitude() { return latitude; }
    public BigDecimal getLongitude() { return longitude; }
    public Integer getPopulation() { return population; }
    public LocalDateTime getInserted() { return inserted; }
}
