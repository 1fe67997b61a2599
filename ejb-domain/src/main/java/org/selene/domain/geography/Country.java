package org.selene.domain.geography;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/** A country (geography.country, loaded from GeoNames). */
@Entity
@Table(schema = "geography", name = "country")
public class Country {

    @Id
    @Column(name = "id")
    private UUID id;
    /** ISO 3166-1 alpha-2, char(2). */
    @Column(name = "iso_code", nullable = false, unique = true, length = 2)
    private String isoCode;
    @Column(name = "name", nullable = false)
    private String name;
    @Column(name = "insert_ts", nullable = false, updatable = false)
    private LocalDateTime inserted;

    protected Country() {
    }

    public Country(String isoCode, String name) {
        this.id = UUID.randomUUID();
        this.isoCode = isoCode;
        this.name = name;
        this.inserted = LocalDateTime.now(ZoneOffset.UTC);
    }

    public UUID getId() { return id; }
    public String getIsoCode() { return isoCode; }
    public String getName() { return name; }
    public LocalDateTime getInserted() { return inserted; }
}
