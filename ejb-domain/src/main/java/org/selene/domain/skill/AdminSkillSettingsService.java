package org.selene.domain.skill;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.selene.domain.device.DeviceService;
import org.selene.domain.device.EtagKind;
import org.selene.domain.device.EtagService;
import org.selene.domain.device.HouseholdService;
import org.selene.domain.shared.DomainException;

import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.selene.domain.shared.JsonText.JSON;

/**
 * Skill settings as the OVOS personal backend's admin API shows and changes them, over the same
 * rows the device API serves (device.device_skill): an admin change is what the device downloads
 * next from /skill/settings, its ETag replaced. "Shared" settings are those of the devices of an
 * account not listed in device.isolated_skill_settings (the household's for the shared routes); an
 * isolated device keeps its own.
 */
@Stateless
public class AdminSkillSettingsService {

    /** The rows of skill gid ?1 on one isolated device (?2), or on every device of account ?3 that shares its settings. */
    private static final String TARGETS = """
            s.id = ds.skill_id AND s.skill_gid = ?1 AND d.id = ds.device_id
              AND (ds.device_id = CAST(?2 AS uuid)
                   OR CAST(?2 AS uuid) IS NULL AND d.account_id = ?3
                      AND NOT EXISTS (SELECT 1 FROM device.isolated_skill_settings i WHERE i.device_id = ds.device_id))""";

    @PersistenceContext(unitName = "selene")
    private EntityManager em;

    @Inject
    private EtagService etags;

    @Inject
    private HouseholdService household;

    @Inject
    private DeviceService devices;

    /** A skill of a device: the personal backend's entry {skillMetadata (values in the fields), skill_gid, display_name}. */
    public record Entry(String skillGid, String displayName, JsonObject metadata, JsonObject values) {
    }

    /** The device's skills that have settings; empty for an unknown device. */
    public List<Entry> ofDevice(UUID deviceId) {
        return entries("ds.device_id = ?1", deviceId);
    }

    /**
     * One entry per skill among the household's devices that share their settings (the personal
     * backend's shared settings; sharing never crosses accounts, as in Selene).
     */
    public List<Entry> shared() {
        Map<String, Entry> bySkill = new LinkedHashMap<>();
        for (Entry e : entries("ds.device_id IN (SELECT d.id FROM device.device d WHERE d.account_id = ?1) "
                + "AND NOT EXISTS (SELECT 1 FROM device.isolated_skill_settings i WHERE i.device_id = ds.device_id)", household.account())) {
            bySkill.putIfAbsent(e.skillGid(), e);
        }
        return List.copyOf(bySkill.values());
    }

    /**
     * New values of a skill (its gid or its family name) on one device; when the device shares its
     * settings, on every device that shares them. Only names the skill's definition has are kept.
     */
    public Entry changeOnDevice(UUID deviceId, String skillId, JsonObject values) {
        Entry entry = find(ofDevice(deviceId), skillId);
        requireKnownNames(entry, values);
        UUID account = devices.accountOf(deviceId).orElseThrow(() -> DomainException.notFound("no such device"));
        write(entry.skillGid(), values, isolated(deviceId) ? deviceId : null, account);
        return find(ofDevice(deviceId), entry.skillGid());
    }

    /** New values of a skill on every device that shares its settings. */
    public Entry changeShared(String skillId, JsonObject values) {
        Entry entry = find(shared(), skillId);
        requireKnownNames(entry, values);
        write(entry.skillGid(), values, null, household.account());
        return find(shared(), entry.skillGid());
    }

    /**
     * Deletes a skill's settings the way a change reaches them: from this device if isolated, else
     * from every device of its account that shares them; false when the device has no such skill.
     */
    public boolean removeOnDevice(UUID deviceId, String skillId) {
        Optional<Entry> entry = lookup(ofDevice(deviceId), skillId);
        if (entry.isEmpty()) {
            return false;
        }
        UUID account = devices.accountOf(deviceId).orElseThrow(() -> DomainException.notFound("no such device"));
        return remove(entry.get().skillGid(), isolated(deviceId) ? deviceId : null, account);
    }

    /** Deletes a skill's shared settings from every household device that shares them; false when none has the skill. */
    public boolean removeShared(String skillId) {
        Optional<Entry> entry = lookup(shared(), skillId);
        return entry.isPresent() && remove(entry.get().skillGid(), null, household.account());
    }

    public Entry deviceEntry(UUID deviceId, String skillId) {
        return find(ofDevice(deviceId), skillId);
    }

    public Entry sharedEntry(String skillId) {
        return find(shared(), skillId);
    }

    private static Entry find(List<Entry> entries, String skillId) {
        return lookup(entries, skillId).orElseThrow(() -> DomainException.notFound("entry not found"));
    }

    private static Optional<Entry> lookup(List<Entry> entries, String skillId) {
        return entries.stream().filter(e -> e.skillGid().equals(skillId) || SkillGid.familyName(e.skillGid()).equals(skillId)).findFirst();
    }

    private boolean isolated(UUID deviceId) {
        return !em.createNativeQuery("SELECT 1 FROM device.isolated_skill_settings WHERE device_id = ?1")
                .setParameter(1, deviceId).getResultList().isEmpty();
    }

    private static void requireKnownNames(Entry entry, JsonObject values) {
        for (String name : values.keySet()) {
            if (!entry.values().containsKey(name)) {
                throw DomainException.badRequest("settings_json: the skill has no setting '" + (name.length() > 80 ? name.substring(0, 80) : name) + "'");
            }
        }
    }

    /**
     * Sets the given names (the others keep each device's values) on one isolated device, or on
     * every device of the account that shares its settings; each changed device's skill ETag is replaced.
     */
    private void write(String gid, JsonObject values, UUID onlyDevice, UUID account) {
        List<?> changed = em.createNativeQuery("""
                UPDATE device.device_skill ds
                SET settings = CAST((CASE WHEN json_typeof(ds.settings) = 'object' THEN ds.settings::jsonb ELSE '{}'::jsonb END)
                                    || CAST(?4 AS jsonb) AS json)
                FROM skill.skill s, device.device d
                WHERE\s""" + TARGETS + " RETURNING ds.device_id")
                .setParameter(1, gid).setParameter(2, onlyDevice == null ? null : onlyDevice.toString()).setParameter(3, account)
                .setParameter(4, values.toString()).getResultList();
        for (Object deviceId : changed) {
            etags.expire((UUID) deviceId, EtagKind.SKILL);
        }
    }

    /**
     * Takes the skill off the same devices a change reaches (as the device's own DELETE /skill/{gid}
     * does); a definition no device uses any more goes too. A device that defines the skill again
     * (settingsMeta, skill manifest) has it back with its defaults.
     */
    private boolean remove(String gid, UUID onlyDevice, UUID account) {
        List<?> removed = em.createNativeQuery("""
                DELETE FROM device.device_skill ds USING skill.skill s, device.device d
                WHERE\s""" + TARGETS + " RETURNING ds.device_id")
                .setParameter(1, gid).setParameter(2, onlyDevice == null ? null : onlyDevice.toString()).setParameter(3, account).getResultList();
        for (Object deviceId : removed) {
            etags.expire((UUID) deviceId, EtagKind.SKILL);
        }
        em.createNativeQuery("DELETE FROM skill.settings_display sd USING skill.skill s WHERE s.id = sd.skill_id AND s.skill_gid = ?1 "
                + "AND NOT EXISTS (SELECT 1 FROM device.device_skill ds WHERE ds.skill_settings_display_id = sd.id)").setParameter(1, gid).executeUpdate();
        return !removed.isEmpty();
    }

    private List<Entry> entries(String condition, UUID deviceId) {
        var query = em.createNativeQuery("""
                SELECT s.skill_gid, sd.settings_display::text, ds.settings::text FROM device.device_skill ds
                JOIN skill.skill s ON s.id = ds.skill_id
                JOIN skill.settings_display sd ON sd.id = ds.skill_settings_display_id
                WHERE\s""" + condition + " ORDER BY s.skill_gid, ds.device_id");
        if (deviceId != null) {
            query.setParameter(1, deviceId);
        }
        return query.getResultList().stream().map(r -> {
            Object[] c = (Object[]) r;
            JsonObject display = parse((String) c[1]);
            JsonObject values = c[2] == null || "null".equals(c[2]) ? JsonValue.EMPTY_JSON_OBJECT : parse((String) c[2]);
            JsonObject meta = display.get("skillMetadata") instanceof JsonObject m ? m : JsonValue.EMPTY_JSON_OBJECT;
            return new Entry((String) c[0], display.getString("display_name", (String) c[0]), withValues(meta, values), values);
        }).toList();
    }

    /** The definition with each field's value replaced by the stored one (as JSON, not as text). */
    private static JsonObject withValues(JsonObject meta, JsonObject values) {
        return SettingValues.eachField(meta, field -> {
            String name = field.getString("name", null);
            return name != null && values.containsKey(name) ? JSON.createObjectBuilder(field).add("value", values.get(name)).build() : field;
        });
    }

    private static JsonObject parse(String json) {
        return JSON.createReader(new StringReader(json)).readObject();
    }
}
