package org.selene.domain.device;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/** How all of an account's devices present dates, times and units (device.account_preferences, one per account). */
@Entity
@Table(schema = "device", name = "account_preferences")
public class AccountPreferences {

    @Id
    @Column(name = "id")
    private UUID id;
    @Column(name = "account_id", nullable = false, unique = true, updatable = false)
    private UUID accountId;
    @Convert(converter = DateFormat.LabelConverter.class)
    @Column(name = "date_format", nullable = false)
    private DateFormat dateFormat = DateFormat.MONTH_DAY_YEAR;
    @Convert(converter = TimeFormat.LabelConverter.class)
    @Column(name = "time_format", nullable = false)
    private TimeFormat timeFormat = TimeFormat.HOUR_12;
    @Convert(converter = MeasurementSystem.LabelConverter.class)
    @Column(name = "measurement_system", nullable = false)
    private MeasurementSystem measurementSystem = MeasurementSystem.IMPERIAL;
    @Column(name = "insert_ts", nullable = false, updatable = false)
    private LocalDateTime inserted;

    protected AccountPreferences() {
    }

    public AccountPreferences(UUID accountId, DateFormat dateFormat, TimeFormat timeFormat, MeasurementSystem measurementSystem) {
        this.id = UUID.randomUUID();
        this.accountId = accountId;
        change(dateFormat, timeFormat, measurementSystem);
        this.inserted = LocalDateTime.now(ZoneOffset.UTC);
    }

    /** A null keeps the current value (the column defaults when created). */
    public void change(DateFormat dateFormat, TimeFormat timeFormat, MeasurementSystem measurementSystem) {
        if (dateFormat != null) {
            this.dateFormat = dateFormat;
        }
        if (timeFormat != null) {
            this.timeFormat = timeFormat;
        }
        if (measurementSystem != null) {
            this.measurementSystem = measurementSystem;
        }
    }

    public UUID getId() { return id; }
    public UUID getAccountId() { return accountId; }
    public DateFormat getDateFormat() { return dateFormat; }
    public TimeFormat getTimeFormat() { return timeFormat; }
    public MeasurementSystem getMeasurementSystem() { return measurementSystem; }
    public LocalDateTime getInserted() { return inserted; }
}
