package org.selene.domain.wakeword;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.selene.domain.shared.NullableUuidConverter;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * How PocketSphinx listens for a wake word (wake_word.pocketsphinx_settings). A row without an
 * account is the system-wide default and makes the wake word selectable in the account API.
 */
@Entity
@Table(schema = "wake_word", name = "pocketsphinx_settings")
public class PocketsphinxSettings {

    @Id
    @Column(name = "id")
    private UUID id;
    @Convert(converter = NullableUuidConverter.class)
    @Column(name = "wake_word_id")
    private UUID wakeWordId;
    /** Null for the system-wide default. */
    @Convert(converter = NullableUuidConverter.class)
    @Column(name = "account_id")
    private UUID accountId;
    @Column(name = "sample_rate")
    private Integer sampleRate;
    @Column(name = "channels")
    private Integer channels;
    /** Phonemes, words separated by " . ", e.g. "HH EY . M AY K R AO F T". */
    @Column(name = "pronunciation")
    private String pronunciation;
    /** A text column, e.g. "1e-90". */
    @Column(name = "threshold")
    private String threshold;
    @Column(name = "threshold_multiplier")
    private BigDecimal thresholdMultiplier;
    @Column(name = "dynamic_energy_ratio")
    private BigDecimal dynamicEnergyRatio;
    @Column(name = "insert_ts", nullable = false, updatable = false)
    private LocalDateTime inserted;

    protected PocketsphinxSettings() {
    }

    public PocketsphinxSettings(UUID wakeWordId, UUID accountId, Integer sampleRate, Integer channels, String pronunciation,
                                String threshold, BigDecimal thresholdMultiplier, BigDecimal dynamicEnergyRatio) {
        this.id = UUID.randomUUID();
        this.wakeWordId = wakeWordId;
        this.accountId = accountId;
        this.sampleRate = sampleRate;
        this.channels = channels;
        this.pronunciation = pronunciation;
        this.threshold = threshold;
        this.thresholdMultiplier = thresholdMultiplier;
        this.dynamicEnergyRatio = dynamicEnergyRatio;
        this.inserted = LocalDateTime.now(ZoneOffset.UTC);
    }

    public boolean isSystemDefault() { return accountId == null; }

    public UUID getId() { return id; }
    public UUID getWakeWordId() { return wakeWordId; }
    public UUID getAccountId() { return accountId; }
    public Integer getSampleRate() { return sampleRate; }
    public Integer getChannels() { return channels; }
    public String getPronunciation() { return pronunciation; }
    public String getThreshold() { return threshold; }
    public BigDecimal getThresholdMultiplier() { return thresholdMultiplier; }
    public BigDecimal getDynamicEnergyRatio() { return dynamicEnergyRatio; }
    public LocalDateTime getInserted() { return inserted; }
}
