package org.selene.domain.skill;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.selene.domain.device.EtagKind;
import org.selene.domain.device.EtagService;
import org.selene.domain.shared.DomainException;
import org.selene.domain.shared.JsonText;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import static org.selene.domain.shared.JsonText.JSON;

/**
 * Skills on devices: the manifest (which skills a device has), the settings definitions devices
 * upload and the settings values, in Selene's v1 (19.02 cores) and v2 (19.08+) shapes. Values
 * are shared by the devices of an account, as in Selene, except for devices listed in
 * device.isolated_skill_settings, which keep their own.
 */
@Stateless
public class SkillSettingsService {

    @PersistenceContext(unitName = "selene")
    private EntityManager em;

    @Inject
    private EtagService etags;

    // ---------------------------------------------------------------- manifest (skillJson)

    public void uploadManifest(UUID deviceId, JsonObject manifest) {
        if (!(manifest.get("skills") instanceof JsonArray skills)) {
            throw DomainException.badRequest("skills: This field is required.");
        }
        Map<String, JsonObject> uploaded = new LinkedHashMap<>();
        for (JsonValue value : skills) {
            JsonObject entry = ManifestEntry.validate(value);
            uploaded.put(entry.getString("skill_gid"), entry);
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
        for (JsonObject entry : uploaded.values()) {
            String gid = entry.getString("skill_gid");
            if (!stored.containsKey(gid)) {
                em.createNativeQuery("""
                        INSERT INTO device.device_skill (device_id, skill_id, install_method, install_status, install_failure_reason, install_ts, update_ts)
                        VALUES (?1, ?2, ?3, ?4, ?5,
                                CASE WHEN CAST(?6 AS float8) > 0 THEN to_timestamp(CAST(?6 AS float8)) AT TIME ZONE 'UTC' END,
                                CASE WHEN CAST(?7 AS float8) > 0 THEN to_timestamp(CAST(?7 AS float8)) AT TIME ZONE 'UTC' END)
                        ON CONFLICT (device_id, skill_id) DO NOTHING""")
                        .setParameter(1, deviceId).setParameter(2, ensureSkill(gid))
                        .setParameter(3, entry.getString("origin", "msm"))
                        .setParameter(4, entry.getString("installation", "installed"))
                        .setParameter(5, entry.getString("failure_message", null))
                        .setParameter(6, epoch(entry, "installed"))
                        .setParameter(7, epoch(entry, "updated"))
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

    private static String epoch(JsonObject entry, String name) {
        return entry.get(name) instanceof JsonNumber n ? n.bigDecimalValue().toPlainString() : "0";
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

    // ---------------------------------------------------------------- v2 (settingsMeta + skill/settings)

    public void uploadDefinition(UUID deviceId, JsonObject definition) {
        String gid = requiredString(definition, "skill_gid");
        optionalString(definition, "display_name");
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
        UUID displayId = row[4] != null ? (UUID) row[4] : insertDisplay(skillId, definition);
        String stored = (String) row[2];
        String settings = stored;
        if (!defaults.isEmpty()) {
            Map<String, JsonValue> values;
            if (stored == null || "null".equals(stored)) {
                values = siblingValues(deviceId, SkillGid.familyName(gid), defaults);
            } else {
                JsonObject current = parse(stored).asJsonObject();
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
            JsonValue v = parse((String) r);
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
            out.add((String) c[0], c[1] == null ? JsonValue.NULL : parse((String) c[1]));
        }
        return out.build();
    }

    // ---------------------------------------------------------------- v1 (skill GET/PUT)

    /** The v1 download: definitions with the values filled in as strings (Python str) — empty when none. */
    public JsonArray settingsV1(UUID deviceId) {
        JsonArrayBuilder out = JSON.createArrayBuilder();
        for (Object row : em.createNativeQuery("""
                SELECT s.id, ds.settings::text, sd.settings_display::text FROM device.device_skill ds
                JOIN skill.skill s ON s.id = ds.skill_id
                JOIN skill.settings_display sd ON sd.id = ds.skill_settings_display_id
                WHERE ds.device_id = ?1 ORDER BY s.skill_gid""").setParameter(1, deviceId).getResultList()) {
            Object[] c = (Object[]) row;
            JsonObject values = c[1] == null || "null".equals(c[1]) ? JsonValue.EMPTY_JSON_OBJECT : parse((String) c[1]).asJsonObject();
            JsonObject display = parse((String) c[2]).asJsonObject();
            JsonObjectBuilder skill = JSON.createObjectBuilder().add("uuid", c[0].toString());
            JsonObject meta = display.get("skillMetadata") instanceof JsonObject m ? m : null;
            if (meta != null && meta.get("sections") instanceof JsonArray sections && !sections.isEmpty()) {
                skill.add("skillMetadata", withValues(meta, values));
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

    private static JsonObject withValues(JsonObject meta, JsonObject values) {
        JsonArrayBuilder sectionsOut = JSON.createArrayBuilder();
        for (JsonValue s : meta.getJsonArray("sections")) {
            if (!(s instanceof JsonObject section)) {
                continue;
            }
            JsonArrayBuilder fieldsOut = JSON.createArrayBuilder();
            if (section.get("fields") instanceof JsonArray fields) {
                for (JsonValue f : fields) {
                    if (f instanceof JsonObject field) {
                        String name = field.getString("name", null);
                        if (name != null && values.containsKey(name)) {
                            fieldsOut.add(JSON.createObjectBuilder(field).add("value", pythonString(values.get(name))));
                        } else {
                            fieldsOut.add(field);
                        }
                    }
                }
            }
            sectionsOut.add(JSON.createObjectBuilder(section).add("fields", fieldsOut));
        }
        return JSON.createObjectBuilder(meta).add("sections", sectionsOut).build();
    }

    /** 19.02 cores expect every value as text, the way Python's str() writes it. */
    static String pythonString(JsonValue value) {
        return switch (value.getValueType()) {
            case TRUE -> "True";
            case FALSE -> "False";
            case NULL -> "None";
            case STRING -> ((JsonString) value).getString();
            default -> value.toString();
        };
    }

    /** The v1 upload: definition plus values; the values reach every device of the account that shares them. */
    public UUID uploadSettingsV1(UUID deviceId, JsonObject display) {
        String gid = optionalString(display, "skill_gid");
        if (gid == null) {
            gid = optionalString(display, "identifier");
        }
        if (gid == null || gid.isBlank()) {
            throw DomainException.badRequest("skill should have either skill_gid or identifier defined");
        }
        Map<String, JsonValue> newValues = new LinkedHashMap<>();
        for (JsonObject field : SettingValues.fields(display)) {
            String name = field.get("name") instanceof JsonString n ? n.getString() : null;
            if (name != null) {
                JsonValue v = field.get("value");
                newValues.put(name, v == null || v.getValueType() == JsonValue.ValueType.NULL ? null : SettingValues.normalise(field.getString("type", ""), v));
            }
        }
        UUID skillId = ensureSkill(gid);
        UUID displayId = ensureDisplay(skillId, SettingValues.stripValues(display));

        List<?> own = em.createNativeQuery("SELECT skill_settings_display_id, settings::text, install_method FROM device.device_skill WHERE device_id = ?1 AND skill_id = ?2")
                .setParameter(1, deviceId).setParameter(2, skillId).getResultList();
        List<UUID> targets = new ArrayList<>();
        targets.add(deviceId);
        JsonObject previous = JsonValue.EMPTY_JSON_OBJECT;
        if (!own.isEmpty()) {
            Object[] c = (Object[]) own.get(0);
            if (c[1] != null && !"null".equals(c[1])) {
                previous = parse((String) c[1]).asJsonObject();
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

    // ---------------------------------------------------------------- account side (the account app's skill pages)

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
            JsonObject meta = display == null ? null : parse(display).asJsonObject().get("skillMetadata") instanceof JsonObject m ? m : null;
            out.add(JSON.createObjectBuilder()
                    .add("settingsDisplay", meta == null ? JSON.createObjectBuilder().add("sections", JsonValue.EMPTY_JSON_ARRAY).build() : withOptionsExpanded(meta))
                    .add("settingsValues", values == null || "null".equals(values) ? JsonValue.EMPTY_JSON_OBJECT : parse(values))
                    .add("deviceNames", JSON.createArrayBuilder(group.getValue())));
        }
        return out.build();
    }

    /** The account app's settings form: "Label|value;Label2|value2" becomes [{display, value}]. */
    static JsonObject withOptionsExpanded(JsonObject meta) {
        if (!(meta.get("sections") instanceof JsonArray sections)) {
            return meta;
        }
        JsonArrayBuilder sectionsOut = JSON.createArrayBuilder();
        for (JsonValue s : sections) {
            if (s instanceof JsonObject section && section.get("fields") instanceof JsonArray fields) {
                JsonArrayBuilder fieldsOut = JSON.createArrayBuilder();
                for (JsonValue f : fields) {
                    if (f instanceof JsonObject field && "select".equals(field.getString("type", null)) && field.get("options") instanceof JsonString options) {
                        JsonArrayBuilder expanded = JSON.createArrayBuilder();
                        for (String option : options.getString().split(";")) {
                            String[] parts = option.split("\\|", 2);
                            if (!option.isEmpty()) {
                                expanded.add(JSON.createObjectBuilder().add("display", parts[0]).add("value", parts.length > 1 ? parts[1] : parts[0]));
                            }
                        }
                        fieldsOut.add(JSON.createObjectBuilder(field).add("options", expanded));
                    } else {
                        fieldsOut.add(f);
                    }
                }
                sectionsOut.add(JSON.createObjectBuilder(section).add("fields", fieldsOut));
            } else {
                sectionsOut.add(s);
            }
        }
        return JSON.createObjectBuilder(meta).add("sections", sectionsOut).build();
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

    // ---------------------------------------------------------------- marketplace (installer skill)

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
            JsonObject current = c[2] == null || "null".equals(c[2]) ? JsonValue.EMPTY_JSON_OBJECT : parse((String) c[2]).asJsonObject();
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

    // ---------------------------------------------------------------- shared

    public UUID ensureSkill(String gid) {
        em.createNativeQuery("INSERT INTO skill.skill (skill_gid, family_name) VALUES (?1, ?2) ON CONFLICT (skill_gid) DO NOTHING")
                .setParameter(1, gid).setParameter(2, SkillGid.familyName(gid)).executeUpdate();
        return (UUID) em.createNativeQuery("SELECT id FROM skill.skill WHERE skill_gid = ?1").setParameter(1, gid).getSingleResult();
    }

    private UUID ensureDisplay(UUID skillId, JsonObject display) {
        List<?> known = em.createNativeQuery("SELECT id FROM skill.settings_display WHERE skill_id = ?1 AND settings_display = CAST(?2 AS jsonb)")
                .setParameter(1, skillId).setParameter(2, display.toString()).getResultList();
        return known.isEmpty() ? insertDisplay(skillId, display) : (UUID) known.get(0);
    }

    /** Stores a definition not seen yet (a concurrent upload of the same one may win: its row is taken). */
    private UUID insertDisplay(UUID skillId, JsonObject display) {
        String json = display.toString();
        em.createNativeQuery("INSERT INTO skill.settings_display (skill_id, settings_display) VALUES (?1, CAST(?2 AS jsonb)) ON CONFLICT (skill_id, settings_display) DO NOTHING")
                .setParameter(1, skillId).setParameter(2, json).executeUpdate();
        return (UUID) em.createNativeQuery("SELECT id FROM skill.settings_display WHERE skill_id = ?1 AND settings_display = CAST(?2 AS jsonb)")
                .setParameter(1, skillId).setParameter(2, json).getSingleResult();
    }

    static JsonValue parse(String json) {
        return JsonText.parse(json);
    }

    private static String requiredString(JsonObject body, String name) {
        String value = optionalString(body, name);
        if (value == null || value.isBlank()) {
            throw DomainException.badRequest(name + ": This field is required.");
        }
        return value;
    }

    private static String optionalString(JsonObject body, String name) {
        JsonValue v = body.get(name);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (!(v instanceof JsonString s)) {
            throw DomainException.badRequest(name + ": must be a string");
        }
        return s.getString();
    }

    /** One entry of a skills manifest, as mycroft-core's msm writes it. */
    static final class ManifestEntry {
        static final Set<String> STRINGS = Set.of("name", "origin", "installation", "status", "failure_message", "skill_gid");

        private ManifestEntry() {
        }

        static JsonObject validate(JsonValue value) {
            if (!(value instanceof JsonObject entry)) {
                throw DomainException.badRequest("skills: every entry must be an object");
            }
            requiredString(entry, "name");
            requiredString(entry, "skill_gid");
            for (String key : STRINGS) {
                optionalString(entry, key);
            }
            JsonValue beta = entry.get("beta");
            if (beta != null && beta.getValueType() != JsonValue.ValueType.TRUE && beta.getValueType() != JsonValue.ValueType.FALSE
                    && beta.getValueType() != JsonValue.ValueType.NULL) {
                throw DomainException.badRequest("beta: must be a boolean");
            }
            for (String key : List.of("installed", "updated")) {
                JsonValue t = entry.get(key);
                if (t != null && t.getValueType() != JsonValue.ValueType.NUMBER && t.getValueType() != JsonValue.ValueType.NULL) {
                    throw DomainException.badRequest(key + ": must be a number");
                }
            }
            return entry;
        }
    }
}
