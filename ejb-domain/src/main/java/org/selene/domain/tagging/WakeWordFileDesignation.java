package org.selene.domain.tagging;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * The answer to one tag that enough taggers agreed on for a sample
 * (tagging.wake_word_file_designation), decided by the designation job.
 */
@Entity
@Table(schema = "tagging", name = "wake_word_file_designation")
public class WakeWordFileDesignation {

    @Id
    @Column(name = "id")
    private UUID id;
    @Column(name = "wake_word_file_id", nullable = false, updatable = false)
    private UUID wakeWordFileId;
    @Column(name = "tag_id", nullable = false, updatable = false)
    private UUID tagId;
    @Column(name = "tag_value_id", nullable = false, updatable = false)
    private UUID tagValueId;
    @Column(name = "insert_ts", nullable = false, updatable = false)
    private LocalDateTime inserted;

    protected WakeWordFileDesignation() {
    }

    public WakeWordFileDesignation(UUID wakeWordFileId, UUID tagId, UUID tagValueId) {
        this.id = UUID.randomUUID();
        this.wakeWordFileId = wakeWordFileId;
        this.tagId = tagId;
        this.tagValueId = tagValueId;
        this.inserted = LocalDateTime.now(ZoneOffset.UTC);
    }

    public UUID getId() { return id; }
    public UUID getWakeWordFileId() { return wakeWordFileId; }
    public UUID getTagId() { return tagId; }
    public UUID getTagValueId() { return tagValueId; }
    public LocalDateTime getInserted() { return inserted; }
}
