package org.selene.domain.metric;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/** One speech-to-text request made for an account (metric.stt_transcription); durations in seconds. */
@Entity
@Table(schema = "metric", name = "stt_transcription")
public class SttTranscription {

    @Id
    @Column(name = "id")
    private UUID id;
    /** No foreign key: usage statistics outlive the account. */
    @Column(name = "account_id", nullable = false, updatable = false)
    private UUID accountId;
    /** e.g. "Google", "Google Cloud" */
    @Column(name = "engine", nullable = false, updatable = false)
    private String engine;
    @Column(name = "success", nullable = false, updatable = false)
    private boolean success;
    @Column(name = "audio_duration", nullable = false, updatable = false)
    private BigDecimal audioDuration;
    @Column(name = "transcription_duration", nullable = false, updatable = false)
    private BigDecimal transcriptionDuration;
    /** Unique per account (stt_transcription_account_activity_idx), so it keeps microseconds. */
    @Column(name = "insert_ts", nullable = false, updatable = false)
    private LocalDateTime inserted;

    protected SttTranscription() {
    }

    public SttTranscription(UUID accountId, String engine, boolean success, BigDecimal audioDuration, BigDecimal transcriptionDuration) {
        this.id = UUID.randomUUID();
        this.accountId = accountId;
        this.engine = engine;
        this.success = success;
        this.audioDuration = audioDuration == null ? BigDecimal.ZERO : audioDuration;
        this.transcriptionDuration = transcriptionDuration == null ? BigDecimal.ZERO : transcriptionDuration;
        this.inserted = LocalDateTime.now(ZoneOffset.UTC);
    }

    public UUID getId() { return id; }
    public UUID getAccountId() { return accountId; }
    public String getEngine() { return engine; }
    public boolean isSuccess() { return success; }
    public BigDecimal getAudioDuration() { return audioDuration; }
    public BigDecimal getTranscriptionDuration() { return transcriptionDuration; }
    public LocalDateTime getInserted() { return inserted; }
}
