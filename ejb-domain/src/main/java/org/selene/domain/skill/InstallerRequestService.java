package org.selene.domain.skill;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.selene.domain.device.EtagKind;
import org.selene.domain.device.EtagService;
import org.selene.domain.shared.DomainException;
import org.selene.domain.shared.JsonText;

import java.util.List;
import java.util.UUID;

/** Requests to the installer skill on the account's devices (the marketplace's install and uninstall buttons). */
@Stateless
public class InstallerRequestService {

    @PersistenceContext(unitName = "selene")
    private EntityManager em;

    @Inject
    private EtagService etags;

    /**
     * What the marketplace's install button does: the skill name goes into the installer skill's
     * "to_install" or "to_remove" list on every device of the account that has the installer, and
     * out of the other list, so the installer on each device acts on its next settings download.
     * Returns how many devices were changed.
     */
    public int requestInstallerChange(UUID accountId, InstallerList list, String skillName) {
        List<?> rows = em.createNativeQuery("""
                SELECT ds.id, ds.device_id, ds.settings::text FROM device.device_skill ds
                JOIN device.device d ON d.id = ds.device_id
                JOIN skill.skill s ON s.id = ds.skill_id
                LEFT JOIN skill.settings_display sd ON sd.id = ds.skill_settings_display_id
                WHERE d.account_id = ?1 AND (s.family_name = ?2 OR sd.settings_display->>'display_name' = 'Installer')
                ORDER BY ds.device_id""").setParameter(1, accountId).setParameter(2, InstallerList.FAMILY).getResultList();
        if (rows.isEmpty()) {
            throw DomainException.conflict("none of this account's devices has the installer skill (" + InstallerList.FAMILY + ")");
        }
        int changed = 0;
        for (Object row : rows) {
            Object[] c = (Object[]) row;
            JsonObject current = c[2] == null || "null".equals(c[2]) ? JsonValue.EMPTY_JSON_OBJECT : JsonText.parse((String) c[2]).asJsonObject();
            JsonObject updated = list.apply(current, skillName);
            if (!updated.equals(current)) {
                em.createNativeQuery("UPDATE device.device_skill SET settings = CAST(?1 AS json) WHERE id = ?2")
                        .setParameter(1, updated.toString()).setParameter(2, c[0]).executeUpdate();
                etags.expire((UUID) c[1], EtagKind.SKILL);
                changed++;
            }
        }
        return changed;
    }
}
