package org.selene.domain.geography;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/** An IANA time zone (geography.timezone, loaded from GeoNames); offsets are in hours. */
@Entity
@Table(schema = "geography", name = "timezone")
public class Timezone {

    @Id
    @Column(name = "id")
    private UUID id;
    @Column(name = "country_id", nullable = false)
    private UUID countryId;
    /** IANA id, e.g. "America/Chicago". */
    @Column(name = "name", nullable = false, unique = true)
    private String name;
    /** Offset from GMT on 1 January. */
    @Column(name = "gmt_offset", nullable = false)
    private BigDecimal gmtOffset;
    /** Offset from GMT on 1 July. */
    @Column(name = "dst_offset")
    private BigDecimal dstOffset;
    @Column(name = "insert_ts", nullable = false, updatable = false)
    private LocalDateTime inserted;

    protected Timezone() {
    }

    public Timezone(UUID countryId, String name, BigDecimal gmtOffset, BigDecimal dstOffset) {
        this.id = UUID.randomUUID();
        this.countryId = countryId;
        this.name = name;
        this.gmtOffset = gmtOffset;
        this.dstOffset = dstOffset;
        this.inserted = LocalDateTime.now(ZoneOffset.UTC);
    }

    public UUID getId() { return id; }
    public UUID getCountryId() { return countryId; }
    public String getName() { return name; }
    public BigDecimal getGmtOffset() { return gmtOffset; }
    public BigDecimal getDstOffset() { return dstOffset; }
    public LocalDateTime getInserted() { return inserted; }
}
