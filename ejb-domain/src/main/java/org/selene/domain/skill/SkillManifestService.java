package org.selene.domain.skill;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.selene.domain.device.EtagKind;
import org.selene.domain.device.EtagService;
import org.selene.domain.shared.DomainException;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Which skills a device has: the manifest (msm's skills.json) it uploads, and the removal of one skill. */
@Stateless
public class SkillManifestService {

    @PersistenceContext(unitName = "selene")
    private EntityManager em;

    @Inject
    private EtagService etags;

    @Inject
    private SkillRegistry registry;

    /**
     * One skill of a manifest as mycroft-core's msm writes it; a null origin or installation is
     * Selene's default (msm, installed), a missing time none.
     */
    public record InstalledSkill(String gid, String origin, String installation, String failureMessage, BigDecimal installed, BigDecimal updated) {
    }

    /** Replaces the device's skills by the manifest's ({@code manifest} is stored as uploaded). */
    public void uploadManifest(UUID deviceId, List<InstalledSkill> skills, JsonObject manifest) {
        Map<String, InstalledSkill> uploaded = new LinkedHashMap<>();
        for (InstalledSkill skill : skills) {
            uploaded.put(skill.gid(), skill);
        }
        Map<String, UUID> stored = new LinkedHashMap<>();
        for (Object row : em.createNativeQuery("SELECT s.skill_gid, ds.id FROM device.device_skill ds JOIN skill.skill s ON s.id = ds.skill_id WHERE ds.device_id = ?1")
                .setParameter(1, deviceId).getResultList()) {
            Object[] c = (Object[]) row;
            stored.put((String) c[0], (UUID) c[1]);
        }
        boolean changed = false;
        for (Map.Entry<String, UUID> existing : stored.entrySet()) {
            if (!uploaded.containsKey(existing.getKey())) {
                em.createNativeQuery("DELETE FROM device.device_skill WHERE id = ?1").setParameter(1, existing.getValue()).executeUpdate();
                if (SkillGid.isSpecificTo(existing.getKey(), deviceId.toString())) {
                    em.createNativeQuery("DELETE FROM skill.skill s WHERE s.skill_gid = ?1 AND NOT EXISTS "
                            + "(SELECT 1 FROM device.device_skill ds WHERE ds.skill_id = s.id) AND NOT EXISTS "
                            + "(SELECT 1 FROM skill.display d WHERE d.skill_id = s.id)").setParameter(1, existing.getKey()).executeUpdate();
                }
                changed = true;
            }
        }
        // Selene never changes the rows of skills that stay in the manifest
        for (InstalledSkill skill : uploaded.values()) {
            if (!stored.containsKey(skill.gid())) {
                em.createNativeQuery("""
                        INSERT INTO device.device_skill (device_id, skill_id, install_method, install_status, install_failure_reason, install_ts, update_ts)
                        VALUES (?1, ?2, ?3, ?4, ?5,
                                CASE WHEN CAST(?6 AS float8) > 0 THEN to_timestamp(CAST(?6 AS float8)) AT TIME ZONE 'UTC' END,
                                CASE WHEN CAST(?7 AS float8) > 0 THEN to_timestamp(CAST(?7 AS float8)) AT TIME ZONE 'UTC' END)
                        ON CONFLICT (device_id, skill_id) DO NOTHING""")
                        .setParameter(1, deviceId).setParameter(2, registry.ensureSkill(skill.gid()))
                        .setParameter(3, skill.origin() == null ? "msm" : skill.origin())
                        .setParameter(4, skill.installation() == null ? "installed" : skill.installation())
                        .setParameter(5, skill.failureMessage())
                        .setParameter(6, epoch(skill.installed()))
                        .setParameter(7, epoch(skill.updated()))
                        .executeUpdate();
                changed = true;
            }
        }
        em.createNativeQuery("INSERT INTO device.skill_manifest (device_id, manifest) VALUES (?1, ?2) "
                        + "ON CONFLICT (device_id) DO UPDATE SET manifest = excluded.manifest, insert_ts = CURRENT_TIMESTAMP")
                .setParameter(1, deviceId).setParameter(2, manifest.toString()).executeUpdate();
        if (changed) {
            etags.expire(deviceId, EtagKind.SKILL);
        }
    }

    private static String epoch(BigDecimal seconds) {
        return seconds == null ? "0" : seconds.toPlainString();
    }

    /** The manifest last uploaded (an empty one before the first upload). */
    public String manifest(UUID deviceId) {
        List<?> rows = em.createNativeQuery("SELECT manifest::text FROM device.skill_manifest WHERE device_id = ?1").setParameter(1, deviceId).getResultList();
        return rows.isEmpty() ? "{\"blacklist\":[],\"skills\":[],\"version\":1}" : rows.get(0).toString();
    }

    public void removeSkill(UUID deviceId, String gid) {
        int removed = em.createNativeQuery("DELETE FROM device.device_skill ds USING skill.skill s WHERE s.id = ds.skill_id AND ds.device_id = ?1 AND s.skill_gid = ?2")
                .setParameter(1, deviceId).setParameter(2, gid).executeUpdate();
        if (removed == 0) {
            throw DomainException.notFound("no skill " + gid + " on this device");
        }
        etags.expire(deviceId, EtagKind.SKILL);
    }
}
