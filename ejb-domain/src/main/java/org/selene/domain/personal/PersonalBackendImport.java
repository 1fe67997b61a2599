package org.selene.domain.personal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.selene.domain.account.EmailAddress;
import org.selene.domain.device.AdminDeviceService;
import org.selene.domain.device.DeviceOverridesService;
import org.selene.domain.device.HouseholdService;
import org.selene.domain.device.Tokens;
import org.selene.domain.metric.CoreMetricService;
import org.selene.domain.recording.RecordingService;
import org.selene.domain.shared.DomainException;
import org.selene.domain.shared.JsonText;
import org.selene.domain.skill.DeviceSkillSettingsService;
import org.selene.domain.skill.OAuthAppService;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Logger;

import static org.selene.domain.shared.JsonText.JSON;

/**
 * Brings an ovos-local-backend 0.1.5 data directory in (personal-backend-import): its devices into
 * the household account under their own uuids, each keeping the token it holds, with the record's
 * name, placement and preferences; the shared and per-device skill settings into the rows the
 * device API serves; the metrics into metric.core, wake words and utterances with their audio into
 * the devices' recordings. Each record is applied only when new or changed
 * since the last run (device.personal_backend_import), so a second run changes nothing and a
 * device that has since refreshed its token does not get the old one back.
 */
@Stateless
public class PersonalBackendImport {

    private static final Logger LOG = Logger.getLogger(PersonalBackendImport.class.getName());

    public static final String DEVICES = "ovos_devices.json";
    public static final String SHARED_SKILLS = "ovos_shared_skill_settings.json";
    public static final String DEVICE_SKILLS = "ovos_skill_settings.json";
    public static final String METRICS = "ovos_metrics.jsondb";
    public static final String WAKE_WORDS = "ovos_wakewords.jsondb";
    public static final String UTTERANCES = "ovos_utterances.jsondb";
    public static final String OAUTH_APPS = "ovos_oauth_apps.json";
    public static final String OAUTH_TOKENS = "ovos_oauth.json";
    /** Where the audio files are looked for beside the JSON databases (the personal backend's data_path layout). */
    public static final String WAKE_WORD_FILES = "wakewords";
    public static final String UTTERANCE_FILES = "utterances";
    static final long MAX_AUDIO_BYTES = 20L * 1024 * 1024;

    @PersistenceContext(unitName = "selene")
    private EntityManager em;

    @Inject
    private AdminDeviceService devices;

    @Inject
    private HouseholdService household;

    @Inject
    private DeviceSkillSettingsService skillSettings;

    @Inject
    private CoreMetricService metrics;

    @Inject
    private RecordingService recordings;

    @Inject
    private OAuthAppService oauth;

    /** What one run applied; unchanged records were already there, skipped ones cannot be brought in. */
    public record Summary(int devices, int skillSettings, int metrics, int recordings, int oauth, int unchanged, int skipped) {
        @Override
        public String toString() {
            return "devices=" + devices + " skillSettings=" + skillSettings + " metrics=" + metrics + " recordings=" + recordings
                    + " oauth=" + oauth + " unchanged=" + unchanged + " skipped=" + skipped;
        }
    }

    /** One transaction: a run that fails leaves nothing half imported. A missing file is a part with nothing to import. */
    public Summary importFrom(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw DomainException.badRequest("personalBackendDir: not a directory");
        }
        Counter count = new Counter();
        UUID householdAccount = household.account();
        Map<UUID, Boolean> isolated = new LinkedHashMap<>();
        read(dir.resolve(DEVICES)).forEach((key, record) -> {
            Optional<UUID> id = uuid(key);
            if (id.isEmpty() || !(record instanceof JsonObject device) || ownedElsewhere(id.get(), householdAccount)) {
                count.skipped++;
                return;
            }
            isolated.put(id.get(), Boolean.TRUE.equals(bool(device, "isolated_skills")));
            if (changed("device", key, record)) {
                device(id.get(), device);
                count.devices++;
            } else {
                count.unchanged++;
            }
        });
        read(dir.resolve(SHARED_SKILLS)).forEach((skill, entry) -> isolated.forEach((device, own) -> {
            if (!own) {
                skill(device, skill, entry, count);
            }
        }));
        read(dir.resolve(DEVICE_SKILLS)).forEach((key, skills) -> {
            Optional<UUID> device = uuid(key).filter(isolated::containsKey);
            if (device.isEmpty() || !(skills instanceof JsonObject entries)) {
                count.skipped++;
                return;
            }
            entries.forEach((skill, entry) -> skill(device.get(), skill, entry, count));
        });
        read(dir.resolve(OAUTH_APPS)).forEach((key, record) -> oauthApp(key, record, count));
        read(dir.resolve(OAUTH_TOKENS)).forEach((key, token) -> oauthToken(key, token, count));
        entries(dir, METRICS, "ovos_metrics").forEach(m -> metric(m, count));
        entries(dir, WAKE_WORDS, "ovos_wakewords").forEach(r -> recording(dir, RecordingService.Kind.WAKE_WORD, r, count));
        entries(dir, UTTERANCES, "ovos_utterances").forEach(r -> recording(dir, RecordingService.Kind.UTTERANCE, r, count));
        Summary summary = new Summary(count.devices, count.skillSettings, count.metrics, count.recordings, count.oauth, count.unchanged, count.skipped);
        LOG.info("personal backend import: " + summary);
        return summary;
    }

    private static final class Counter {
        int devices;
        int skillSettings;
        int metrics;
        int recordings;
        int oauth;
        int unchanged;
        int skipped;
    }

    /** The record as a household device with this uuid; its token becomes the device's only login. */
    private void device(UUID id, JsonObject record) {
        Map<String, Object> overrides = new HashMap<>();
        if (bool(record, "opt_in") != null) {
            overrides.put("opt_in", bool(record, "opt_in"));
        }
        text(record, "email").flatMap(EmailAddress::parse).ifPresent(e -> overrides.put("email", e));
        for (String field : Set.of("lang", "date_format", "time_format", "system_unit")) {
            // a value this server cannot show (e.g. a misspelt format) leaves the account's
            text(record, field).filter(v -> DeviceOverridesService.fits(field, v)).ifPresent(v -> overrides.put(field, v));
        }
        if (record.get("location") instanceof JsonObject location && !location.isEmpty()) {
            overrides.put("location", location.toString());
        }
        Optional<String> tts = text(record, "default_tts");
        if (tts.isPresent()) {
            JsonObject config = record.get("default_tts_cfg") instanceof JsonObject c ? c : JsonValue.EMPTY_JSON_OBJECT;
            // the plugin is the config's module when it names one, as in the personal backend
            overrides.put("tts_module", text(config, "module").orElse(tts.get()));
            overrides.put("tts_config", config.toString());
            overrides.put("voice_id", null);
        }
        Optional<String> wakeWord = text(record, "default_ww");
        if (wakeWord.isPresent()) {
            JsonObject config = record.get("default_ww_cfg") instanceof JsonObject c ? c : JsonValue.EMPTY_JSON_OBJECT;
            overrides.put("wake_word", wakeWord.get());
            overrides.put("ww_config", config.toString());
            overrides.put("ww_id", null);
        }
        Boolean isolatedSkills = Boolean.TRUE.equals(bool(record, "isolated_skills"));
        // the token on its own: a record changed in other fields must not end the login the device
        // has had since its first refresh here and bring back the token it spent
        String token = text(record, "token").filter(t -> changed("token", id.toString(), JSON.createValue(t))).orElse(null);
        devices.upsert(id, token, new AdminDeviceService.Edit(
                text(record, "name").orElse(null), text(record, "device_location").orElse(null), isolatedSkills, overrides));
    }

    /** A uuid already paired to someone's account here stays theirs: the import only fills the household. */
    private boolean ownedElsewhere(UUID id, UUID householdAccount) {
        boolean elsewhere = !em.createNativeQuery("SELECT 1 FROM device.device WHERE id = ?1 AND account_id <> ?2")
                .setParameter(1, id).setParameter(2, householdAccount).getResultList().isEmpty();
        if (elsewhere) {
            LOG.warning("personal backend import: device " + id + " belongs to another account here; left as it is");
        }
        return elsewhere;
    }

    private void skill(UUID device, String skill, JsonValue entry, Counter count) {
        if (!(entry instanceof JsonObject settings)) {
            count.skipped++;
            return;
        }
        if (!changed("skill", device + "|" + skill, entry)) {
            count.unchanged++;
            return;
        }
        skillSettings.uploadSettingsV1(device, text(settings, "skill_gid").orElse(skill), settings);
        count.skillSettings++;
    }

    /** A metric of a device this import knows; its id counts per file, so it is kept with its content. */
    private void metric(JsonValue value, Counter count) {
        if (!(value instanceof JsonObject metric)) {
            count.skipped++;
            return;
        }
        Optional<UUID> device = text(metric, "uuid").flatMap(PersonalBackendImport::uuid).filter(this::known);
        Optional<String> type = text(metric, "metric_type");
        if (device.isEmpty() || type.isEmpty()) {
            count.skipped++;
            return;
        }
        String key = device.get() + "|" + metric.getOrDefault("metric_id", JsonValue.NULL) + "|" + sha256(metric);
        if (!changed("metric", key, metric)) {
            count.unchanged++;
            return;
        }
        JsonValue meta = metric.getOrDefault("meta", JsonValue.EMPTY_JSON_OBJECT);
        // the personal backend kept only what an opted-in device sent: stored as it was, and not
        // counted as today's activity of the account
        metrics.store(device.get(), type.get(), meta.toString());
        count.metrics++;
    }

    /**
     * A wake word or utterance of a device this import knows, kept for its owner as the personal
     * backend kept it (it recorded only opted-in devices). The audio is looked for by its file name
     * under wakewords/ or utterances/ beside the JSON databases, never at the absolute path the
     * record names (it may have moved, and the import reads nothing outside its directory).
     */
    private void recording(Path dir, RecordingService.Kind kind, JsonValue value, Counter count) {
        Optional<JsonObject> record = value instanceof JsonObject o ? Optional.of(o) : Optional.empty();
        Optional<UUID> device = record.flatMap(r -> text(r, "uuid")).flatMap(PersonalBackendImport::uuid).filter(this::known);
        Optional<Path> file = record.flatMap(r -> text(r, "path"))
                .flatMap(path -> audioFile(dir.resolve(kind == RecordingService.Kind.WAKE_WORD ? WAKE_WORD_FILES : UTTERANCE_FILES), path));
        if (device.isEmpty() || file.isEmpty()) {
            count.skipped++;
            return;
        }
        JsonObject r = record.get();
        String id = kind == RecordingService.Kind.WAKE_WORD ? "wakeword_id" : "utterance_id";
        if (!changed(kind.name().toLowerCase(Locale.ROOT), device.get() + "|" + r.getOrDefault(id, JsonValue.NULL) + "|" + sha256(r), r)) {
            count.unchanged++;
            return;
        }
        byte[] audio;
        try {
            audio = Files.readAllBytes(file.get());
        } catch (IOException e) {
            throw DomainException.badRequest(file.get().getFileName() + ": cannot be read");
        }
        JsonObject meta = r.get("meta") instanceof JsonObject m ? m : JsonValue.EMPTY_JSON_OBJECT;
        RecordingService.Recording kept = recordings.add(kind, device.get(), audio, text(r, "transcription").orElse(""), meta);
        // 0.1.5 wrote "untagged" until someone tagged a wake word
        Optional<String> tag = text(r, "tag").filter(t -> !"untagged".equals(t));
        Optional<String> speaker = text(r, "speaker_type").filter(t -> !"untagged".equals(t));
        if (tag.isPresent() || speaker.isPresent()) {
            recordings.change(kind, kept.id(), new RecordingService.Change(null, null, tag.orElse(null), speaker.orElse(null)));
        }
        count.recordings++;
    }

    /** The file of this name in the directory, if it is a plain name there, a regular file and not too big. */
    static Optional<Path> audioFile(Path directory, String recordedPath) {
        String name = recordedPath.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            return Optional.empty();
        }
        Path file = directory.resolve(name).normalize();
        try {
            return file.getParent().equals(directory.normalize()) && Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)
                    && Files.size(file) <= MAX_AUDIO_BYTES ? Optional.of(file) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * An app of ovos_oauth_apps.json as the household's, under its oauth_id (the token_id the admin
     * API and devices name it by). The personal backend kept no shell_integration: on, its default.
     */
    private void oauthApp(String key, JsonValue value, Counter count) {
        JsonObject app = value instanceof JsonObject o ? o : JsonValue.EMPTY_JSON_OBJECT;
        Optional<String> clientId = text(app, "client_id").filter(OAuthAppService::fits);
        Optional<String> auth = endpoint(app, "auth_endpoint");
        Optional<String> token = endpoint(app, "token_endpoint");
        if (key.isBlank() || key.length() > OAuthAppService.MAX_TOKEN_ID || clientId.isEmpty() || auth.isEmpty() || token.isEmpty()) {
            count.skipped++;
            return;
        }
        if (!changed("oauth_app", key, value)) {
            count.unchanged++;
            return;
        }
        oauth.save(new OAuthAppService.App(key, clientId.get(), text(app, "client_secret").filter(OAuthAppService::fits).orElse(""),
                auth.get(), token.get(), endpoint(app, "refresh_endpoint").orElse(null), endpoint(app, "callback_endpoint").orElse(null),
                text(app, "scope").filter(OAuthAppService::fits).orElse(""), true));
        count.oauth++;
    }

    private static Optional<String> endpoint(JsonObject app, String key) {
        return text(app, key).filter(OAuthAppService::isEndpoint).map(String::trim);
    }

    /** A provider's token of ovos_oauth.json, for the app of the same oauth_id (imported or added before). */
    private void oauthToken(String key, JsonValue value, Counter count) {
        if (!(value instanceof JsonObject token) || oauth.app(key).isEmpty()) {
            count.skipped++;
        } else if (changed("oauth_token", key, value)) {
            oauth.saveToken(key, token);
            count.oauth++;
        } else {
            count.unchanged++;
        }
    }

    private boolean known(UUID device) {
        return !em.createNativeQuery("SELECT 1 FROM device.device WHERE id = ?1").setParameter(1, device).getResultList().isEmpty();
    }

    /** The entries of a json_database file ({"<name>": [...]}); none when the file or the list is missing. */
    private static List<JsonValue> entries(Path dir, String file, String name) {
        JsonValue list = read(dir.resolve(file)).get(name);
        return list != null && list.getValueType() == JsonValue.ValueType.ARRAY ? list.asJsonArray() : List.of();
    }

    /** Records the record's content under its key; true when it was new or differs from the last run's. */
    private boolean changed(String kind, String key, JsonValue record) {
        return em.createNativeQuery("""
                INSERT INTO device.personal_backend_import (kind, source_key, content_sha256) VALUES (?1, ?2, ?3)
                ON CONFLICT (kind, source_key) DO UPDATE SET content_sha256 = excluded.content_sha256, import_ts = CURRENT_TIMESTAMP
                WHERE personal_backend_import.content_sha256 <> excluded.content_sha256""")
                .setParameter(1, kind).setParameter(2, key).setParameter(3, sha256(record)).executeUpdate() == 1;
    }

    private static String sha256(JsonValue record) {
        return Tokens.hash(record.toString());
    }

    private static JsonObject read(Path file) {
        if (!Files.isRegularFile(file)) {
            LOG.info("personal backend import: no " + file.getFileName());
            return JsonValue.EMPTY_JSON_OBJECT;
        }
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            if (JsonText.parse(in) instanceof JsonObject object) {
                return object;
            }
        } catch (IOException | RuntimeException e) {
            throw DomainException.badRequest(file.getFileName() + ": not a JSON database (" + e.getClass().getSimpleName() + ")");
        }
        throw DomainException.badRequest(file.getFileName() + ": not a JSON object");
    }

    /** Only real uuids: 0.1.5 also stored "AnonDevice" for devices that were never paired. */
    private static Optional<UUID> uuid(String text) {
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Boolean bool(JsonObject json, String key) {
        JsonValue value = json.get(key);
        JsonValue.ValueType type = value == null ? JsonValue.ValueType.NULL : value.getValueType();
        return type == JsonValue.ValueType.TRUE ? Boolean.TRUE : type == JsonValue.ValueType.FALSE ? Boolean.FALSE : null;
    }

    private static Optional<String> text(JsonObject json, String key) {
        return json.get(key) instanceof JsonString s && !s.getString().isBlank() ? Optional.of(s.getString()) : Optional.empty();
    }
}
