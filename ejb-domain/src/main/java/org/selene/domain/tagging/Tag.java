package org.selene.domain.tagging;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/** A question taggers answer about a sample, e.g. "wake word" (tagging.tag); asked in priority order. */
@Entity
@Table(schema = "tagging", name = "tag")
public class Tag {

    @Id
    @Column(name = "id")
    private UUID id;
    @Column(name = "name", nullable = false, unique = true)
    private String name;
    @Column(name = "title", nullable = false)
    private String title;
    @Column(name = "instructions", nullable = false)
    private String instructions;
    @Column(name = "priority", nullable = false)
    private int priority;
    @Column(name = "insert_ts", nullable = false, updatable = false)
    private LocalDateTime inserted;

    protected Tag() {
    }

    public Tag(String name, String title, String instructions, int priority) {
        this.id = UUID.randomUUID();
        this.name = name;
        this.title = title;
        this.instructions = instructions;
        this.priority = priority;
        this.inserted = LocalDateTime.now(ZoneOffset.UTC);
    }

    public UUID getId() { return id; }
    public String getName() { return name; }
    public String getTitle() { return title; }
    public String getInstructions() { return instructions; }
    public int getPriority() { return priority; }
    public LocalDateTime getInserted() { return inserted; }
}
