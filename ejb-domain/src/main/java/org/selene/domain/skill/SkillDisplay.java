package org.selene.domain.skill;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * A skill's marketplace entry for one core release (skill.display): one entry of that release's
 * skill-metadata.json. Its id is the marketplace's skill id.
 */
@Entity
@Table(schema = "skill", name = "display")
public class SkillDisplay {

    @Id
    @Column(name = "id")
    private UUID id;
    @Column(name = "skill_id", nullable = false, updatable = false)
    private UUID skillId;
    @Convert(converter = CoreVersion.LabelConverter.class)
    @Column(name = "core_version", nullable = false, updatable = false)
    private CoreVersion coreVersion;
    /** json */
    @Column(name = "display_data", nullable = false)
    private String displayData;
    @Column(name = "insert_ts", nullable = false, updatable = false)
    private LocalDateTime inserted;

    protected SkillDisplay() {
    }

    public SkillDisplay(UUID skillId, CoreVersion coreVersion, String displayDataJson) {
        this.id = UUID.randomUUID();
        this.skillId = skillId;
        this.coreVersion = coreVersion;
        this.displayData = displayDataJson;
        this.inserted = LocalDateTime.now(ZoneOffset.UTC);
    }

    /** The nightly metadata import replaces the entry and keeps the id the marketplace links to. */
    public void replaceDisplayData(String displayDataJson) { this.displayData = displayDataJson; }

    public UUID getId() { return id; }
    public UUID getSkillId() { return skillId; }
    public CoreVersion getCoreVersion() { return coreVersion; }
    public String getDisplayData() { return displayData; }
    public LocalDateTime getInserted() { return inserted; }
}
