package org.selene.domain.skill;

import jakarta.ejb.Stateless;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.UUID;

/**
 * The rows every path that meets a skill creates on first sight: the skill (by its gid) and each
 * distinct settings definition of it (skill.settings_display).
 */
@Stateless
public class SkillRegistry {

    @PersistenceContext(unitName = "selene")
    private EntityManager em;

    public UUID ensureSkill(String gid) {
        em.createNativeQuery("INSERT INTO skill.skill (skill_gid, family_name) VALUES (?1, ?2) ON CONFLICT (skill_gid) DO NOTHING")
                .setParameter(1, gid).setParameter(2, SkillGid.familyName(gid)).executeUpdate();
        return (UUID) em.createNativeQuery("SELECT id FROM skill.skill WHERE skill_gid = ?1").setParameter(1, gid).getSingleResult();
    }

    public UUID ensureDefinition(UUID skillId, JsonObject definition) {
        List<?> known = em.createNativeQuery("SELECT id FROM skill.settings_display WHERE skill_id = ?1 AND settings_display = CAST(?2 AS jsonb)")
                .setParameter(1, skillId).setParameter(2, definition.toString()).getResultList();
        return known.isEmpty() ? insertDefinition(skillId, definition) : (UUID) known.get(0);
    }

    /** Stores a definition not seen yet (a concurrent upload of the same one may win: its row is taken). */
    public UUID insertDefinition(UUID skillId, JsonObject definition) {
        String json = definition.toString();
        em.createNativeQuery("INSERT INTO skill.settings_display (skill_id, settings_display) VALUES (?1, CAST(?2 AS jsonb)) ON CONFLICT (skill_id, settings_display) DO NOTHING")
                .setParameter(1, skillId).setParameter(2, json).executeUpdate();
        return (UUID) em.createNativeQuery("SELECT id FROM skill.settings_display WHERE skill_id = ?1 AND settings_display = CAST(?2 AS jsonb)")
                .setParameter(1, skillId).setParameter(2, json).getSingleResult();
    }
}
