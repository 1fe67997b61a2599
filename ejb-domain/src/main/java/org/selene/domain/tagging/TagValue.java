package org.selene.domain.tagging;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/** One possible answer to a tag, e.g. "similar" for "wake word" (tagging.tag_value). */
@Entity
@Table(schema = "tagging", name = "tag_value")
public class TagValue {

    @Id
    @Column(name = "id")
    private UUID id;
    @Column(name = "tag_id", nullable = false)
    private UUID tagId;
    @Column(name = "value", nullable = false)
    private String value;
    /** What the tagging app shows, e.g. "YES, SPEAKING". */
    @Column(name = "display", nullable = false)
    private String display;
    @Column(name = "insert_ts", nullable = false, updatable = false)
    private LocalDateTime inserted;

    protected TagValue() {
    }

    public TagValue(UUID tagId, String value, String display) {
        this.id = UUID.randomUUID();
        this.tagId = tagId;
        this.value = value;
        this.display = display;
        this.inserted = LocalDateTime.now(ZoneOffset.UTC);
    }

    public UUID getId() { return id; }
    public UUID getTagId() { return tagId; }
    public String getValue() { return value; }
    public String getDisplay() { return display; }
    public LocalDateTime getInserted() { return inserted; }
}
