package org.selene.domain.skill;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.selene.domain.device.EtagKind;
import org.selene.domain.device.EtagService;
import org.selene.domain.shared.JsonText;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.selene.domain.shared.JsonText.JSON;

/** The account app's skill pages: the skill families on the account's devices, their settings, and changes to them. */
@Stateless
public class AccountSkillSettingsService {

    @PersistenceContext(unitName = "selene")
    private EntityManager em;

    @Inject
    private EtagService etags;

    /** A skill family as the account app lists it: the skills of that family on the account's devices. */
    public record SkillFamily(String familyName, UUID marketId, String name, List<UUID> skillIds) {
    }

    /** The families installed on the account's devices that have a settings definition, by name. */
    public List<SkillFamily> accountSkills(UUID accountId) {
        Map<String, SkillFamily> families = new LinkedHashMap<>();
        for (Object row : em.createNativeQuery("""
                SELECT DISTINCT s.family_name, s.id, sd.settings_display->>'display_name',
                       (SELECT d.id FROM skill.display d WHERE d.skill_id = s.id ORDER BY d.core_version DESC LIMIT 1)
                FROM device.device_skill ds
                JOIN device.device dv ON dv.id = ds.device_id
                JOIN skill.skill s ON s.id = ds.skill_id
                JOIN skill.settings_display sd ON sd.id = ds.skill_settings_display_id
                WHERE dv.account_id = ?1 ORDER BY s.family_name, s.id""").setParameter(1, accountId).getResultList()) {
            Object[] c = (Object[]) row;
            String family = (String) c[0];
            SkillFamily known = families.get(family);
            List<UUID> ids = new ArrayList<>(known == null ? List.of() : known.skillIds());
            if (!ids.contains((UUID) c[1])) {
                ids.add((UUID) c[1]);
            }
            UUID marketId = known != null && known.marketId() != null ? known.marketId() : (UUID) c[3];
            String name = known != null && !known.name().equals(family) ? known.name() : c[2] != null ? (String) c[2] : family;
            families.put(family, new SkillFamily(family, marketId, name, List.copyOf(ids)));
        }
        return families.values().stream().sorted(java.util.Comparator.comparing(SkillFamily::name)).toList();
    }

    /**
     * One entry per distinct (definition, values) across the account's devices with the family:
     * {settingsDisplay, settingsValues, deviceNames}, the definition's select options expanded.
     */
    public JsonArray accountSkillSettings(UUID accountId, String familyName) {
        Map<List<String>, List<String>> groups = new LinkedHashMap<>();
        for (Object row : em.createNativeQuery("""
                SELECT sd.settings_display::text, ds.settings::text, dv.name FROM device.device_skill ds
                JOIN device.device dv ON dv.id = ds.device_id
                JOIN skill.skill s ON s.id = ds.skill_id
                LEFT JOIN skill.settings_display sd ON sd.id = ds.skill_settings_display_id
                WHERE dv.account_id = ?1 AND s.family_name = ?2 ORDER BY dv.name""")
                .setParameter(1, accountId).setParameter(2, familyName).getResultList()) {
            Object[] c = (Object[]) row;
            groups.computeIfAbsent(java.util.Arrays.asList((String) c[0], (String) c[1]), k -> new ArrayList<>()).add((String) c[2]);
        }
        JsonArrayBuilder out = JSON.createArrayBuilder();
        for (Map.Entry<List<String>, List<String>> group : groups.entrySet()) {
            String display = group.getKey().get(0);
            String values = group.getKey().get(1);
            JsonObject meta = display == null ? null : JsonText.parse(display).asJsonObject().get("skillMetadata") instanceof JsonObject m ? m : null;
            out.add(JSON.createObjectBuilder()
                    .add("settingsDisplay", meta == null ? JSON.createObjectBuilder().add("sections", JsonValue.EMPTY_JSON_ARRAY).build() : SettingsForms.withOptionsExpanded(meta))
                    .add("settingsValues", values == null || "null".equals(values) ? JsonValue.EMPTY_JSON_OBJECT : JsonText.parse(values))
                    .add("deviceNames", JSON.createArrayBuilder(group.getValue())));
        }
        return out.build();
    }

    /** New values for the named devices of the account (only skills of this family); their next download sees them. */
    public record AccountSettingsChange(Map<String, JsonValue> values, List<String> deviceNames) {
    }

    public void updateAccountSkillSettings(UUID accountId, String familyName, List<UUID> skillIds, List<AccountSettingsChange> changes) {
        for (AccountSettingsChange change : changes) {
            String values = SettingValues.toObject(change.values()).toString();
            for (UUID skillId : skillIds) {
                for (String deviceName : change.deviceNames()) {
                    List<?> changed = em.createNativeQuery("""
                            UPDATE device.device_skill ds SET settings = CAST(?1 AS json)
                            FROM device.device dv, skill.skill s
                            WHERE dv.id = ds.device_id AND s.id = ds.skill_id AND ds.skill_id = ?2 AND s.family_name = ?3
                              AND dv.account_id = ?4 AND dv.name = ?5
                            RETURNING ds.device_id""")
                            .setParameter(1, values).setParameter(2, skillId).setParameter(3, familyName)
                            .setParameter(4, accountId).setParameter(5, deviceName).getResultList();
                    for (Object deviceId : changed) {
                        etags.expire((UUID) deviceId, EtagKind.SKILL);
                    }
                }
            }
        }
    }
}
