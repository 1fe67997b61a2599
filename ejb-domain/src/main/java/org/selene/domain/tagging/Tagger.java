package org.selene.domain.tagging;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/** Someone or something that tags samples (tagging.tagger). */
@Entity
@Table(schema = "tagging", name = "tagger")
public class Tagger {

    @Id
    @Column(name = "id")
    private UUID id;
    @Convert(converter = TaggerType.LabelConverter.class)
    @Column(name = "entity_type", nullable = false)
    private TaggerType entityType;
    /** Text, not uuid: an automated tagger is not an account (for an account, its uuid as text). */
    @Column(name = "entity_id", nullable = false)
    private String entityId;
    @Column(name = "insert_ts", nullable = false, updatable = false)
    private LocalDateTime inserted;

    protected Tagger() {
    }

    public Tagger(TaggerType entityType, String entityId) {
        this.id = UUID.randomUUID();
        this.entityType = entityType;
        this.entityId = entityId;
        this.inserted = LocalDateTime.now(ZoneOffset.UTC);
    }

    public UUID getId() { return id; }
    public TaggerType getEntityType() { return entityType; }
    public String getEntityId() { return entityId; }
    public LocalDateTime getInserted() { return inserted; }
}
