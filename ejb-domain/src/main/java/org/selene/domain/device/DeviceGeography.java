package org.selene.domain.device;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * A place one of the account's devices is at (device.geography). Immutable: devices with the
 * same country, region, city and timezone share one row, so editing a device's location picks
 * or creates another row instead of changing this one.
 * <p>
 * Flush a new row before persisting a Device that refers to it: references are plain uuid
 * fields, so EclipseLink does not know to insert this row first.
 */
@Entity
@Table(schema = "device", name = "geography")
public class DeviceGeography {

    @Id
    @Column(name = "id")
    private UUID id;
    @Column(name = "account_id", nullable = false, updatable = false)
    private UUID accountId;
    @Column(name = "country_id", nullable = false, updatable = false)
    private UUID countryId;
    @Column(name = "region_id", nullable = false, updatable = false)
    private UUID regionId;
    @Column(name = "city_id", nullable = false, updatable = false)
    private UUID cityId;
    @Column(name = "timezone_id", nullable = false, updatable = false)
    private UUID timezoneId;
    @Column(name = "insert_ts", nullable = false, updatable = false)
    private LocalDateTime inserted;

    protected DeviceGeography() {
    }

    public DeviceGeography(UUID accountId, UUID countryId, UUID regionId, UUID cityId, UUID timezoneId) {
        this.id = UUID.randomUUID();
        this.accountId = accountId;
        this.countryId = countryId;
        this.regionId = regionId;
        this.cityId = cityId;
        this.timezoneId = timezoneId;
        this.inserted = LocalDateTime.now(ZoneOffset.UTC);
    }

    public UUID getId() { return id; }
    public UUID getAccountId() { return accountId; }
    public UUID getCountryId() { return countryId; }
    public UUID getRegionId() { return regionId; }
    public UUID getCityId() { return cityId; }
    public UUID getTimezoneId() { return timezoneId; }
    public LocalDateTime getInserted() { return inserted; }
}
