package org.selene.domain.metric;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/** A metric a device reported, e.g. a "timing" of one step of an interaction (metric.core). */
@Entity
@Table(schema = "metric", name = "core")
public class CoreMetric {

    @Id
    @Column(name = "id")
    private UUID id;
    @Column(name = "device_id", nullable = false, updatable = false)
    private UUID deviceId;
    @Column(name = "metric_type", nullable = false, updatable = false)
    private String metricType;
    /** Unique per device together with the device id, so it keeps microseconds. */
    @Column(name = "insert_ts", nullable = false, updatable = false)
    private LocalDateTime inserted;
    /** json, as the device sent it */
    @Column(name = "metric_value", nullable = false, updatable = false)
    private String metricValue;

    protected CoreMetric() {
    }

    public CoreMetric(UUID deviceId, String metricType, String metricValueJson) {
        this.id = UUID.randomUUID();
        this.deviceId = deviceId;
        this.metricType = metricType;
        this.metricValue = metricValueJson;
        this.inserted = LocalDateTime.now(ZoneOffset.UTC);
    }

    public UUID getId() { return id; }
    public UUID getDeviceId() { return deviceId; }
    public String getMetricType() { return metricType; }
    public LocalDateTime getInserted() { return inserted; }
    public String getMetricValue() { return metricValue; }
}
