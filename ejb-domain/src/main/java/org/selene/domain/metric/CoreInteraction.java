package org.selene.domain.metric;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * One spoken interaction with a device, folded from its "timing" core metrics by the nightly
 * job (metric.core_interaction). Durations are seconds.
 */
@Entity
@Table(schema = "metric", name = "core_interaction")
public class CoreInteraction {

    @Id
    @Column(name = "id")
    private UUID id;
    @Column(name = "device_id", nullable = false, updatable = false)
    private UUID deviceId;
    /** The interaction id the device's core assigned. */
    @Column(name = "core_id", nullable = false, updatable = false)
    private String coreId;
    @Column(name = "start_ts", nullable = false)
    private LocalDateTime started;
    @Column(name = "stt_engine")
    private String sttEngine;
    @Column(name = "stt_transcription")
    private String sttTranscription;
    @Column(name = "stt_duration")
    private BigDecimal sttDuration;
    @Column(name = "intent_type")
    private String intentType;
    @Column(name = "intent_duration")
    private BigDecimal intentDuration;
    @Column(name = "fallback_handler_duration")
    private BigDecimal fallbackHandlerDuration;
    @Column(name = "skill_handler")
    private String skillHandler;
    @Column(name = "skill_duration")
    private BigDecimal skillDuration;
    @Column(name = "tts_engine")
    private String ttsEngine;
    @Column(name = "tts_utterance")
    private String ttsUtterance;
    @Column(name = "tts_duration")
    private BigDecimal ttsDuration;
    @Column(name = "speech_playback_duration")
    private BigDecimal speechPlaybackDuration;
    /** From the start of speech-to-text to the start of the spoken answer. */
    @Column(name = "user_latency")
    private BigDecimal userLatency;
    @Column(name = "insert_ts", nullable = false, updatable = false)
    private LocalDateTime inserted;

    protected CoreInteraction() {
    }

    public CoreInteraction(UUID deviceId, String coreId, LocalDateTime started) {
        this.id = UUID.randomUUID();
        this.deviceId = deviceId;
        this.coreId = coreId;
        this.started = started;
        this.inserted = LocalDateTime.now(ZoneOffset.UTC);
    }

    public void recordSpeechToText(String engine, String transcription, BigDecimal duration) {
        this.sttEngine = engine;
        this.sttTranscription = transcription;
        this.sttDuration = duration;
    }

    public void recordIntent(String type, BigDecimal duration) {
        this.intentType = type;
        this.intentDuration = duration;
    }

    public void recordFallback(BigDecimal duration) { this.fallbackHandlerDuration = duration; }

    public void recordSkill(String handler, BigDecimal duration) {
        this.skillHandler = handler;
        this.skillDuration = duration;
    }

    public void recordTextToSpeech(String engine, String utterance, BigDecimal duration) {
        this.ttsEngine = engine;
        this.ttsUtterance = utterance;
        this.ttsDuration = duration;
    }

    public void recordPlayback(BigDecimal duration, BigDecimal userLatency) {
        this.speechPlaybackDuration = duration;
        this.userLatency = userLatency;
    }

    /** The interaction starts when speech-to-text starts, which may be folded in after other steps. */
    public void restart(LocalDateTime started) { this.started = started; }

    public UUID getId() { return id; }
    public UUID getDeviceId() { return deviceId; }
    public String getCoreId() { return coreId; }
    public LocalDateTime getStarted() { return started; }
    public String getSttEngine() { return sttEngine; }
    public String getSttTranscription() { return sttTranscription; }
    public BigDecimal getSttDuration() { return sttDuration; }
    public String getIntentType() { return intentType; }
    public BigDecimal getIntentDuration() { return intentDuration; }
    public BigDecimal getFallbackHandlerDuration() { return fallbackHandlerDuration; }
    public String getSkillHandler() { return skillHandler; }
    public BigDecimal getSkillDuration() { return skillDuration; }
    public String getTtsEngine() { return ttsEngine; }
    public String getTtsUtterance() { return ttsUtterance; }
    public BigDecimal getTtsDuration() { return ttsDuration; }
    public BigDecimal getSpeechPlaybackDuration() { return speechPlaybackDuration; }
    public BigDecimal getUserLatency() { return userLatency; }
    public LocalDateTime getInserted() { return inserted; }
}
