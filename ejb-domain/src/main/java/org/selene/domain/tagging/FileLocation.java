package org.selene.domain.tagging;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDateTime;
import java.util.UUID;

/**
 * A directory on a server that holds wake-word samples (tagging.file_location). Read-only
 * through JPA: {@code server} is inet (NOT NULL), which has no portable mapping, so locations
 * are found and created with native SQL ({@code CAST(? AS inet)}, {@code host(server)}).
 */
@Entity
@Table(schema = "tagging", name = "file_location")
public class FileLocation {

    @Id
    @Column(name = "id")
    private UUID id;
    @Column(name = "directory", nullable = false)
    private String directory;
    @Column(name = "insert_ts", nullable = false, updatable = false)
    private LocalDateTime inserted;

    protected FileLocation() {
    }

    public UUID getId() { return id; }
    public String getDirectory() { return directory; }
    public LocalDateTime getInserted() { return inserted; }
}
