package org.selene.domain.skill;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/** A skill known by its global id (skill.skill). */
@Entity
@Table(schema = "skill", name = "skill")
public class Skill {

    @Id
    @Column(name = "id")
    private UUID id;
    @Column(name = "skill_gid", nullable = false, unique = true, updatable = false)
    private String skillGid;
    @Column(name = "family_name", nullable = false)
    private String familyName;
    @Column(name = "insert_ts", nullable = false, updatable = false)
    private LocalDateTime inserted;

    protected Skill() {
    }

    /** The family name is derived from the gid as Selene derives it. */
    public Skill(String skillGid) {
        this.id = UUID.randomUUID();
        this.skillGid = skillGid;
        this.familyName = SkillGid.familyName(skillGid);
        this.inserted = LocalDateTime.now(ZoneOffset.UTC);
    }

    public UUID getId() { return id; }
    public String getSkillGid() { return skillGid; }
    public String getFamilyName() { return familyName; }
    public LocalDateTime getInserted() { return inserted; }
}
