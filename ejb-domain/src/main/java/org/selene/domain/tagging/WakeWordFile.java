package org.selene.domain.tagging;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.selene.domain.shared.NullableUuidConverter;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/** A recorded wake-word sample (tagging.wake_word_file). */
@Entity
@Table(schema = "tagging", name = "wake_word_file")
public class WakeWordFile {

    @Id
    @Column(name = "id")
    private UUID id;
    /** "{sha1}.wav", or "{sha1}.{n}.wav" when that name is taken. */
    @Column(name = "name", nullable = false, unique = true)
    private String name;
    @Column(name = "wake_word_id", nullable = false)
    private UUID wakeWordId;
    @Convert(converter = TaggingFileOrigin.LabelConverter.class)
    @Column(name = "origin", nullable = false)
    private TaggingFileOrigin origin;
    @Column(name = "submission_date", nullable = false)
    private LocalDate submissionDate;
    @Column(name = "file_location_id", nullable = false)
    private UUID fileLocationId;
    /** No foreign key: the sample outlives the account (its status becomes "pending delete"). */
    @Convert(converter = NullableUuidConverter.class)
    @Column(name = "account_id")
    private UUID accountId;
    @Convert(converter = TaggingFileStatus.LabelConverter.class)
    @Column(name = "status", nullable = false)
    private TaggingFileStatus status = TaggingFileStatus.UPLOADED;
    @Column(name = "insert_ts", nullable = false, updatable = false)
    private LocalDateTime inserted;

    protected WakeWordFile() {
    }

    public WakeWordFile(String name, UUID wakeWordId, TaggingFileOrigin origin, LocalDate submissionDate,
                        UUID fileLocationId, UUID accountId) {
        this.id = UUID.randomUUID();
        this.name = name;
        this.wakeWordId = wakeWordId;
        this.origin = origin;
        this.submissionDate = submissionDate;
        this.fileLocationId = fileLocationId;
        this.accountId = accountId;
        this.inserted = LocalDateTime.now(ZoneOffset.UTC);
    }

    public void moveTo(UUID fileLocationId) { this.fileLocationId = fileLocationId; }
    public void changeStatus(TaggingFileStatus status) { this.status = status; }

    public UUID getId() { return id; }
    public String getName() { return name; }
    public UUID getWakeWordId() { return wakeWordId; }
    public TaggingFileOrigin getOrigin() { return origin; }
    public LocalDate getSubmissionDate() { return submissionDate; }
    public UUID getFileLocationId() { return fileLocationId; }
    public UUID getAccountId() { return accountId; }
    public TaggingFileStatus getStatus() { return status; }
    public LocalDateTime getInserted() { return inserted; }
}
