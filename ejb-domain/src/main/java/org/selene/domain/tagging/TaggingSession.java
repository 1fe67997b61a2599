package org.selene.domain.tagging;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDateTime;
import java.util.UUID;

/**
 * A tagger's sitting (tagging.session). Read-only through JPA: {@code session_ts_range}
 * (tsrange, NOT NULL, no overlaps per tagger) has no portable mapping, so sessions are opened
 * and closed with native SQL.
 */
@Entity
@Table(schema = "tagging", name = "session")
public class TaggingSession {

    @Id
    @Column(name = "id")
    private UUID id;
    /** The tagger's uuid as text (Selene's column type). */
    @Column(name = "tagger_id", nullable = false)
    private String taggerId;
    @Column(name = "note")
    private String note;
    @Column(name = "insert_ts", nullable = false, updatable = false)
    private LocalDateTime inserted;

    protected TaggingSession() {
    }

    public void annotate(String note) { this.note = note; }

    public UUID getId() { return id; }
    public String getTaggerId() { return taggerId; }
    public String getNote() { return note; }
    public LocalDateTime getInserted() { return inserted; }
}
