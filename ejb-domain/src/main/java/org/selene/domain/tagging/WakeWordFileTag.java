package org.selene.domain.tagging;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/** One tagger's answer to one tag for one sample, within a session (tagging.wake_word_file_tag). */
@Entity
@Table(schema = "tagging", name = "wake_word_file_tag")
public class WakeWordFileTag {

    @Id
    @Column(name = "id")
    private UUID id;
    @Column(name = "wake_word_file_id", nullable = false, updatable = false)
    private UUID wakeWordFileId;
    @Column(name = "session_id", nullable = false, updatable = false)
    private UUID sessionId;
    @Column(name = "tag_id", nullable = false, updatable = false)
    private UUID tagId;
    @Column(name = "tag_value_id", nullable = false, updatable = false)
    private UUID tagValueId;
    @Column(name = "insert_ts", nullable = false, updatable = false)
    private LocalDateTime inserted;

    protected WakeWordFileTag() {
    }

    public WakeWordFileTag(UUID wakeWordFileId, UUID sessionId, UUID tagId, UUID tagValueId) {
        this.id = UUID.randomUUID();
        this.wakeWordFileId = wakeWordFileId;
        this.sessionId = sessionId;
        this.tagId = tagId;
        this.tagValueId = tagValueId;
        this.inserted = LocalDateTime.now(ZoneOffset.UTC);
    }

    public UUID getId() { return id; }
    public UUID getWakeWordFileId() { return wakeWordFileId; }
    public UUID getSessionId() { return sessionId; }
    public UUID getTagId() { return tagId; }
    public UUID getTagValueId() { return tagValueId; }
    public LocalDateTime getInserted() { return inserted; }
}
