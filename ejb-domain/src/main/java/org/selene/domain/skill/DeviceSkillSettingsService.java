package org.selene.domain.skill;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.selene.domain.device.EtagKind;
import org.selene.domain.device.EtagService;
import org.selene.domain.shared.DomainException;
import org.selene.domain.shared.JsonText;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import static org.selene.domain.shared.JsonText.JSON;

/**
 * The settings of the skills on a device, as devices upload and download them: the definitions
 * and values in Selene's v1 (19.02 cores) and v2 (19.08+) shapes. Values are shared by the
 * devices of an account, as in Selene, except for devices listed in
 * device.isolated_skill_settings, which keep their own.
 */
@Stateless
public class DeviceSkillSettingsService {

    @PersistenceContext(unitName = "selene")
    private EntityManager em;

    @Inject
    private EtagService etags;

    @Inject
    private SkillRegistry registry;

    /**
     * The personal backend's two-way sync (its {@code force2way}): a definition a device uploads
     * carries that device's own values (as ovos-core's two-way sync sends them), which become the
     * values of every device sharing them. Off, the definition's values are only defaults, as in Selene.
     */
    @Inject
    @ConfigProperty(name = "SELENE_SKILL_SETTINGS_TWO_WAY", defaultValue = "false")
    boolean twoWay;

    /** The v2 upload of a skill's settings definition (settingsmeta.json), whose skill_gid is {@code gid}. */
    public void uploadDefinition(UUID deviceId, String gid, JsonObject definition) {
        // devices upload every definition at every start: one round trip finds the skill, the
        // device's row and the stored definition when it is unchanged
        List<?> found = em.createNativeQuery("""
                SELECT s.id, ds.id, ds.settings::text, ds.skill_settings_display_id,
                       (SELECT sd.id FROM skill.settings_display sd WHERE sd.skill_id = s.id AND sd.settings_display = CAST(?2 AS jsonb))
                FROM skill.skill s LEFT JOIN device.device_skill ds ON ds.skill_id = s.id AND ds.device_id = ?1
                WHERE s.skill_gid = ?3""")
                .setParameter(1, deviceId).setParameter(2, definition.toString()).setParameter(3, gid).getResultList();
        if (found.isEmpty()) {
            throw DomainException.badRequest("skill_gid: No skill on database for skill " + gid);
        }
        Object[] row = (Object[]) found.get(0);
        if (row[1] == null) {
            throw DomainException.badRequest("skill_gid: Received skill setting definition before manifest for skill " + gid);
        }
        UUID skillId = (UUID) row[0];
        Map<String, JsonValue> defaults = SettingValues.defaults(definition);
        if (twoWay && !defaults.isEmpty()) {
            uploadSettingsV1(deviceId, gid, definition);
            return;
        }
        UUID displayId = row[4] != null ? (UUID) row[4] : registry.insertDefinition(skillId, definition);
        String stored = (String) row[2];
        String settings = stored;
        if (!defaults.isEmpty()) {
            Map<String, JsonValue> values;
            if (stored == null || "null".equals(stored)) {
                values = siblingValues(deviceId, SkillGid.familyName(gid), defaults);
            } else {
                JsonObject current = JsonText.parse(stored).asJsonObject();
                values = new LinkedHashMap<>();
                for (Map.Entry<String, JsonValue> d : defaults.entrySet()) {
                    values.put(d.getKey(), current.containsKey(d.getKey()) ? current.get(d.getKey()) : d.getValue());
                }
            }
            settings = SettingValues.toObject(values).toString();
        }
        // devices upload their definitions at every start: an unchanged one writes nothing
        if (!Objects.equals(settings, stored) || !displayId.equals(row[3])) {
            em.createNativeQuery("UPDATE device.device_skill SET skill_settings_display_id = ?1, settings = CAST(?2 AS json) WHERE id = ?3")
                    .setParameter(1, displayId).setParameter(2, settings).setParameter(3, row[1]).executeUpdate();
        }
        if (!Objects.equals(settings, stored)) {
            etags.expire(deviceId, EtagKind.SKILL);
        }
    }

    /** A new device starts from the values the account already chose on another device (Selene's sharing). */
    private Map<String, JsonValue> siblingValues(UUID deviceId, String family, Map<String, JsonValue> defaults) {
        List<?> rows = em.createNativeQuery("""
                SELECT ds.settings::text FROM device.device_skill ds
                JOIN device.device d ON d.id = ds.device_id
                JOIN skill.skill s ON s.id = ds.skill_id
                WHERE d.account_id = (SELECT account_id FROM device.device WHERE id = ?1) AND ds.device_id <> ?1
                  AND s.family_name = ?2 AND ds.settings IS NOT NULL
                  AND NOT EXISTS (SELECT 1 FROM device.isolated_skill_settings i WHERE i.device_id IN (?1, ds.device_id))""")
                .setParameter(1, deviceId).setParameter(2, family).getResultList();
        JsonObject defaultObject = SettingValues.toObject(defaults);
        for (Object r : rows) {
            JsonValue v = JsonText.parse((String) r);
            if (v instanceof JsonObject values && values.keySet().equals(defaults.keySet()) && !values.equals(defaultObject)) {
                return new LinkedHashMap<>(values);
            }
        }
        return defaults;
    }

    /** GET /v1/device/{id}/skill/settings: {skill_gid: values} for every skill of the device. */
    public JsonObject settingsByGid(UUID deviceId) {
        JsonObjectBuilder out = JSON.createObjectBuilder();
        for (Object row : em.createNativeQuery("SELECT s.skill_gid, ds.settings::text FROM device.device_skill ds JOIN skill.skill s ON s.id = ds.skill_id WHERE ds.device_id = ?1 ORDER BY s.skill_gid")
                .setParameter(1, deviceId).getResultList()) {
            Object[] c = (Object[]) row;
            out.add((String) c[0], c[1] == null ? JsonValue.NULL : JsonText.parse((String) c[1]));
        }
        return out.build();
    }

    /** The v1 download: definitions with the values filled in as strings (Python str) — empty when none. */
    public JsonArray settingsV1(UUID deviceId) {
        JsonArrayBuilder out = JSON.createArrayBuilder();
        for (Object row : em.createNativeQuery("""
                SELECT s.id, ds.settings::text, sd.settings_display::text FROM device.device_skill ds
                JOIN skill.skill s ON s.id = ds.skill_id
                JOIN skill.settings_display sd ON sd.id = ds.skill_settings_display_id
                WHERE ds.device_id = ?1 ORDER BY s.skill_gid""").setParameter(1, deviceId).getResultList()) {
            Object[] c = (Object[]) row;
            JsonObject values = c[1] == null || "null".equals(c[1]) ? JsonValue.EMPTY_JSON_OBJECT : JsonText.parse((String) c[1]).asJsonObject();
            JsonObject display = JsonText.parse((String) c[2]).asJsonObject();
            JsonObjectBuilder skill = JSON.createObjectBuilder().add("uuid", c[0].toString());
            JsonObject meta = display.get("skillMetadata") instanceof JsonObject m ? m : null;
            if (meta != null && meta.get("sections") instanceof JsonArray sections && !sections.isEmpty()) {
                skill.add("skillMetadata", SettingsForms.withValues(meta, values));
            }
            if (display.containsKey("skill_gid")) {
                skill.add("skill_gid", display.get("skill_gid"));
            }
            JsonValue identifier = display.containsKey("identifier") ? display.get("identifier") : display.getOrDefault("skill_gid", JsonValue.NULL);
            skill.add("identifier", identifier);
            out.add(skill);
        }
        return out.build();
    }

    /** The v1 upload: definition plus values; the values reach every device of the account that shares them. */
    public UUID uploadSettingsV1(UUID deviceId, String gid, JsonObject display) {
        Map<String, JsonValue> newValues = new LinkedHashMap<>();
        for (JsonObject field : SettingValues.fields(display)) {
            String name = field.get("name") instanceof JsonString n ? n.getString() : null;
            if (name != null) {
                JsonValue v = field.get("value");
                newValues.put(name, v == null || v.getValueType() == JsonValue.ValueType.NULL ? null : SettingValues.normalise(field.getString("type", ""), v));
            }
        }
        UUID skillId = registry.ensureSkill(gid);
        UUID displayId = registry.ensureDefinition(skillId, SettingValues.stripValues(display));

        List<?> own = em.createNativeQuery("SELECT skill_settings_display_id, settings::text, install_method FROM device.device_skill WHERE device_id = ?1 AND skill_id = ?2")
                .setParameter(1, deviceId).setParameter(2, skillId).getResultList();
        List<UUID> targets = new ArrayList<>();
        targets.add(deviceId);
        JsonObject previous = JsonValue.EMPTY_JSON_OBJECT;
        if (!own.isEmpty()) {
            Object[] c = (Object[]) own.get(0);
            if (c[1] != null && !"null".equals(c[1])) {
                previous = JsonText.parse((String) c[1]).asJsonObject();
            }
            String method = (String) c[2];
            if (!"voice".equals(method) && !"cli".equals(method)) {
                // the devices of the account that had exactly the same settings share the change
                for (Object r : em.createNativeQuery("""
                        SELECT ds.device_id FROM device.device_skill ds JOIN device.device d ON d.id = ds.device_id
                        WHERE d.account_id = (SELECT account_id FROM device.device WHERE id = ?1) AND ds.skill_id = ?2 AND ds.device_id <> ?1
                          AND ds.skill_settings_display_id IS NOT DISTINCT FROM ?3
                          AND ds.settings::text IS NOT DISTINCT FROM ?4 AND ds.install_method = ?5
                          AND NOT EXISTS (SELECT 1 FROM device.isolated_skill_settings i WHERE i.device_id IN (?1, ds.device_id))""")
                        .setParameter(1, deviceId).setParameter(2, skillId).setParameter(3, c[0]).setParameter(4, c[1]).setParameter(5, method)
                        .getResultList()) {
                    targets.add((UUID) r);
                }
            }
        }
        Map<String, JsonValue> merged = new LinkedHashMap<>();
        for (Map.Entry<String, JsonValue> e : newValues.entrySet()) {
            JsonValue v = e.getValue() != null ? e.getValue() : previous.get(e.getKey());
            if (v != null) {
                merged.put(e.getKey(), v);
            }
        }
        String settings = SettingValues.toObject(merged).toString();
        for (UUID target : targets) {
            em.createNativeQuery("""
                    INSERT INTO device.device_skill (device_id, skill_id, skill_settings_display_id, settings) VALUES (?1, ?2, ?3, CAST(?4 AS json))
                    ON CONFLICT (device_id, skill_id) DO UPDATE SET skill_settings_display_id = excluded.skill_settings_display_id, settings = excluded.settings""")
                    .setParameter(1, target).setParameter(2, skillId).setParameter(3, displayId).setParameter(4, settings).executeUpdate();
            etags.expire(target, EtagKind.SKILL);
        }
        em.createNativeQuery("DELETE FROM skill.settings_display sd WHERE sd.skill_id = ?1 AND NOT EXISTS "
                + "(SELECT 1 FROM device.device_skill ds WHERE ds.skill_settings_display_id = sd.id)").setParameter(1, skillId).executeUpdate();
        return skillId;
    }
}
