package org.selene.domain.skill;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * One definition of a skill's settings, the settingsmeta JSON as devices send it
 * (skill.settings_display). Immutable: a changed definition is another row, because devices on
 * different skill versions may use different definitions at the same time.
 */
@Entity
@Table(schema = "skill", name = "settings_display")
public class SettingsDisplay {

    @Id
    @Column(name = "id")
    private UUID id;
    @Column(name = "skill_id", nullable = false, updatable = false)
    private UUID skillId;
    /** jsonb; unique per skill, so equal definitions compare as JSON, not as text. */
    @Column(name = "settings_display", nullable = false, updatable = false)
    private String settingsDisplay;
    @Column(name = "insert_ts", nullable = false, updatable = false)
    private LocalDateTime inserted;

    protected SettingsDisplay() {
    }

    public SettingsDisplay(UUID skillId, String settingsDisplayJson) {
        this.id = UUID.randomUUID();
        this.skillId = skillId;
        this.settingsDisplay = settingsDisplayJson;
        this.inserted = LocalDateTime.now(ZoneOffset.UTC);
    }

    public UUID getId() { return id; }
    public UUID getSkillId() { return skillId; }
    public String getSettingsDisplay() { return settingsDisplay; }
    public LocalDateTime getInserted() { return inserted; }
}
