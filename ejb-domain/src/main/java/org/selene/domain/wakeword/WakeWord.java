package org.selene.domain.wakeword;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * A wake word as one engine hears it (wake_word.wake_word). The same phrase may exist for
 * several engines; a look-up by name prefers "precise" (ORDER BY engine DESC).
 */
@Entity
@Table(schema = "wake_word", name = "wake_word")
public class WakeWord {

    @Id
    @Column(name = "id")
    private UUID id;
    /** Lower case, words separated by single spaces, e.g. "hey mycroft". */
    @Column(name = "name", nullable = false)
    private String name;
    /** "precise", "pocketsphinx", ... */
    @Column(name = "engine", nullable = false)
    private String engine;
    @Column(name = "insert_ts", nullable = false, updatable = false)
    private LocalDateTime inserted;

    protected WakeWord() {
    }

    public WakeWord(String name, String engine) {
        this.id = UUID.randomUUID();
        this.name = name;
        this.engine = engine;
        this.inserted = LocalDateTime.now(ZoneOffset.UTC);
    }

    public UUID getId() { return id; }
    public String getName() { return name; }
    public String getEngine() { return engine; }
    public LocalDateTime getInserted() { return inserted; }
}
