package org.selene.domain.device;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.selene.domain.shared.NullableUuidConverter;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * What a newly paired device of the account starts with (device.account_defaults, one per
 * account). Every reference is optional; a missing one falls back to the system default.
 */
@Entity
@Table(schema = "device", name = "account_defaults")
public class AccountDefaults {

    @Id
    @Column(name = "id")
    private UUID id;
    @Column(name = "account_id", nullable = false, unique = true, updatable = false)
    private UUID accountId;
    @Convert(converter = NullableUuidConverter.class)
    @Column(name = "wake_word_id")
    private UUID wakeWordId;
    @Convert(converter = NullableUuidConverter.class)
    @Column(name = "text_to_speech_id")
    private UUID textToSpeechId;
    @Convert(converter = NullableUuidConverter.class)
    @Column(name = "country_id")
    private UUID countryId;
    @Convert(converter = NullableUuidConverter.class)
    @Column(name = "region_id")
    private UUID regionId;
    @Convert(converter = NullableUuidConverter.class)
    @Column(name = "city_id")
    private UUID cityId;
    @Convert(converter = NullableUuidConverter.class)
    @Column(name = "timezone_id")
    private UUID timezoneId;
    @Column(name = "insert_ts", nullable = false, updatable = false)
    private LocalDateTime inserted;

    protected AccountDefaults() {
    }

    public AccountDefaults(UUID accountId) {
        this.id = UUID.randomUUID();
        this.accountId = accountId;
        this.inserted = LocalDateTime.now(ZoneOffset.UTC);
    }

    public void useWakeWord(UUID wakeWordId) { this.wakeWordId = wakeWordId; }
    public void useVoice(UUID textToSpeechId) { this.textToSpeechId = textToSpeechId; }

    /** The location parts are replaced together, so a default never mixes two places. */
    public void locate(UUID countryId, UUID regionId, UUID cityId, UUID timezoneId) {
        this.countryId = countryId;
        this.regionId = regionId;
        this.cityId = cityId;
        this.timezoneId = timezoneId;
    }

    public UUID getId() { return id; }
    public UUID getAccountId() { return accountId; }
    public UUID getWakeWordId() { return wakeWordId; }
    public UUID getTextToSpeechId() { return textToSpeechId; }
    public UUID getCountryId() { return countryId; }
    public UUID getRegionId() { return regionId; }
    public UUID getCityId() { return cityId; }
    public UUID getTimezoneId() { return timezoneId; }
    public LocalDateTime getInserted() { return inserted; }
}
