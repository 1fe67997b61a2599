package org.selene.domain.device;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDateTime;
import java.util.UUID;

/** A paired voice assistant (device.device); its id is the uuid the device uses in every call. */
@Entity
@Table(schema = "device", name = "device")
public class Device {

    static final String UNKNOWN = "unknown";

    @Id
    private UUID id;
    @Column(name = "account_id", nullable = false)
    private UUID accountId;
    @Column(nullable = false)
    private String name;
    @Column(nullable = false)
    private String platform = UNKNOWN;
    @Column(name = "enclosure_version", nullable = false)
    private String enclosureVersion = UNKNOWN;
    @Column(name = "core_version", nullable = false)
    private String coreVersion = UNKNOWN;
    @Column(name = "wake_word_id", nullable = false)
    private UUID wakeWordId;
    @Column(name = "text_to_speech_id", nullable = false)
    private UUID textToSpeechId;
    @Column(name = "geography_id", nullable = false)
    private UUID geographyId;
    private String placement;
    @Column(name = "last_contact_ts")
    private LocalDateTime lastContact;
    @Column(name = "insert_ts", nullable = false, updatable = false)
    private LocalDateTime inserted;

    protected Device() {
    }

    public Device(UUID accountId, String name, String placement, UUID wakeWordId, UUID textToSpeechId, UUID geographyId) {
        this(UUID.randomUUID(), accountId, name, placement, wakeWordId, textToSpeechId, geographyId);
    }

    /** A device whose uuid is given: the admin API pairs a device by hand under the uuid it already has. */
    public Device(UUID id, UUID accountId, String name, String placement, UUID wakeWordId, UUID textToSpeechId, UUID geographyId) {
        this.id = id;
        this.accountId = accountId;
        this.name = name;
        this.placement = placement;
        this.wakeWordId = wakeWordId;
        this.textToSpeechId = textToSpeechId;
        this.geographyId = geographyId;
        this.inserted = LocalDateTime.now(java.time.ZoneOffset.UTC);
    }

    /** What the device reports about itself; blanks fall back to "unknown" as in Selene. */
    public void reportVersions(String platform, String coreVersion, String enclosureVersion) {
        this.platform = orUnknown(platform);
        this.coreVersion = orUnknown(coreVersion);
        this.enclosureVersion = orUnknown(enclosureVersion);
    }

    private static String orUnknown(String value) {
        return value == null || value.isBlank() ? UNKNOWN : value;
    }

    public UUID getId() { return id; }
    public UUID getAccountId() { return accountId; }
    public String getName() { return name; }
    public String getPlatform() { return platform; }
    public String getEnclosureVersion() { return enclosureVersion; }
    public String getCoreVersion() { return coreVersion; }
    public UUID getWakeWordId() { return wakeWordId; }
    public UUID getTextToSpeechId() { return textToSpeechId; }
    public UUID getGeographyId() { return geographyId; }
    public String getPlacement() { return placement; }
    public LocalDateTime getLastContact() { return lastContact; }
    public LocalDateTime getInserted() { return inserted; }

    public void rename(String name) { this.name = name; }
    public void place(String placement) { this.placement = placement; }
    public void useWakeWord(UUID wakeWordId) { this.wakeWordId = wakeWordId; }
    public void useVoice(UUID textToSpeechId) { this.textToSpeechId = textToSpeechId; }
    public void locate(UUID geographyId) { this.geographyId = geographyId; }
}
