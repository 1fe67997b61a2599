package org.selene.domain.device;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import org.selene.domain.shared.DomainException;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A device's own preferences over its account's (the OVOS personal backend's per-device record):
 * read by the device API, written by the admin API; every change replaces the device's ETags.
 */
@Stateless
public class DeviceOverridesService {

    /** The columns that may be written; the JSON ones are stored as jsonb. */
    public static final Set<String> COLUMNS = Set.of("opt_in", "email", "lang", "date_format", "time_format", "system_unit",
            "tts_module", "tts_config", "wake_word", "ww_config", "location", "voice_id", "ww_id");
    private static final Set<String> JSON_COLUMNS = Set.of("tts_config", "ww_config", "location");
    private static final Map<String, Set<String>> CHOICES = Map.of(
            "date_format", Set.of("DMY", "MDY"), "time_format", Set.of("full", "half"), "system_unit", Set.of("metric", "imperial"));

    @PersistenceContext(unitName = "selene")
    private EntityManager em;

    @Inject
    private EtagService etags;

    public DeviceOverrides of(UUID deviceId) {
        List<?> rows = em.createNativeQuery("""
                SELECT opt_in, email, lang, date_format, time_format, system_unit, tts_module, tts_config::text, wake_word,
                       ww_config::text, location::text, voice_id, ww_id
                FROM device.device_preferences WHERE device_id = ?1""").setParameter(1, deviceId).getResultList();
        return rows.stream().findFirst().map(r -> {
            Object[] c = (Object[]) r;
            return new DeviceOverrides((Boolean) c[0], (String) c[1], (String) c[2], (String) c[3], (String) c[4], (String) c[5],
                    (String) c[6], (String) c[7], (String) c[8], (String) c[9], (String) c[10], (String) c[11], (String) c[12]);
        }).orElse(DeviceOverrides.NONE);
    }

    /**
     * Sets the given columns (a null value clears the override) and leaves the others. Values are
     * Boolean for opt_in, JSON text for the configs and the location, strings otherwise.
     */
    public void override(UUID deviceId, Map<String, Object> values) {
        if (values.isEmpty()) {
            return;
        }
        values.forEach(DeviceOverridesService::check);
        StringBuilder columns = new StringBuilder("device_id");
        StringBuilder params = new StringBuilder("?1");
        StringBuilder updates = new StringBuilder("update_ts = CURRENT_TIMESTAMP");
        List<String> names = values.keySet().stream().sorted().toList();
        for (int i = 0; i < names.size(); i++) {
            String column = names.get(i);
            // column names come from COLUMNS only, never from the request
            columns.append(", ").append(column);
            // typed casts: a null is bound without a type
            params.append(", ?").append(i + 2).append(JSON_COLUMNS.contains(column) ? "::jsonb" : "opt_in".equals(column) ? "::boolean" : "::text");
            updates.append(", ").append(column).append(" = excluded.").append(column);
        }
        Query insert = em.createNativeQuery("INSERT INTO device.device_preferences (" + columns + ") VALUES (" + params
                + ") ON CONFLICT (device_id) DO UPDATE SET " + updates).setParameter(1, deviceId);
        for (int i = 0; i < names.size(); i++) {
            insert.setParameter(i + 2, values.get(names.get(i)));
        }
        insert.executeUpdate();
        etags.expire(deviceId, EtagKind.DEVICE, EtagKind.SETTING, EtagKind.LOCATION);
    }

    /** Whether a value fits its column: a format or unit only from its choices (other columns take any value). */
    public static boolean fits(String column, Object value) {
        Set<String> choices = CHOICES.get(column);
        return value == null || choices == null || choices.contains(value);
    }

    private static void check(String column, Object value) {
        if (!COLUMNS.contains(column)) {
            throw new IllegalArgumentException(column);
        }
        if (!fits(column, value)) {
            throw DomainException.badRequest(column + ": one of " + CHOICES.get(column).stream().sorted().toList());
        }
        if (value instanceof String text && text.length() > 20_000) {
            throw DomainException.badRequest(column + ": too long");
        }
    }

    /** The recipient of the device's /message: its own address, else its account's; empty for an unknown device. */
    public Optional<String> recipient(UUID deviceId) {
        List<?> found = em.createNativeQuery("""
                        SELECT coalesce(p.email, a.email_address) FROM account.account a JOIN device.device d ON d.account_id = a.id
                        LEFT JOIN device.device_preferences p ON p.device_id = d.id WHERE d.id = ?1""")
                .setParameter(1, deviceId).getResultList();
        return found.stream().findFirst().map(String.class::cast);
    }
}
