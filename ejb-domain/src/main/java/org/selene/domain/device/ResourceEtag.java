package org.selene.domain.device;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * The current ETag of one device resource (device.resource_etag; Selene kept these in Redis).
 * Keyed like Selene's Redis keys, e.g. "device.etag:{device uuid}"; a new random tag expires it.
 */
@Entity
@Table(schema = "device", name = "resource_etag")
public class ResourceEtag {

    @Id
    @Column(name = "etag_key")
    private String etagKey;
    /** Always 32 characters (char(32)). */
    @Column(name = "etag", nullable = false, length = 32)
    private String etag;
    @Column(name = "insert_ts", nullable = false, updatable = false)
    private LocalDateTime inserted;

    protected ResourceEtag() {
    }

    public ResourceEtag(String etagKey, String etag) {
        this.etagKey = etagKey;
        this.etag = etag;
        this.inserted = LocalDateTime.now(ZoneOffset.UTC);
    }

    public void replace(String etag) { this.etag = etag; }

    public String getEtagKey() { return etagKey; }
    public String getEtag() { return etag; }
    public LocalDateTime getInserted() { return inserted; }
}
