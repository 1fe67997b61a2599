package org.selene.domain.recording;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.selene.domain.shared.DomainException;
import org.selene.domain.shared.JsonText;
import org.selene.domain.tagging.WakeWordSampleService;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * What devices recorded, kept for their owner (device.recording, files under
 * {@code <SELENE_DATA_DIR>/recordings/<device>/}): wake words always when the device opts in
 * ({@link RecordingConsent}), utterances too when SELENE_RECORD_UTTERANCES is on. The admin API
 * lists, changes and deletes them; deleting the device deletes them with their files.
 */
@Stateless
public class RecordingService {

    private static final Logger LOG = Logger.getLogger(RecordingService.class.getName());
    /** A list carries every recording's audio: the newest this many. */
    public static final int MAX_LISTED = 1_000;
    /** As Selene's route bounds wake_word and engine. */
    static final int MAX_WAKE_WORD = 100;

    public enum Kind {
        UTTERANCE("utterance"), WAKE_WORD("wake_word");

        final String column;

        Kind(String column) {
            this.column = column;
        }
    }

    /** One recording; {@link #id()} is the admin API's "@uuid|transcription|n". */
    public record Recording(long number, UUID deviceId, Kind kind, String transcription, JsonObject metadata, String audioTag,
                            String speakerTag, String fileName, long epochSeconds) {
        public String id() {
            return "@" + deviceId + "|" + transcription + "|" + number;
        }
    }

    /** A null part stays as it is. */
    public record Change(String transcription, JsonObject metadata, String audioTag, String speakerTag) {
    }

    @PersistenceContext(unitName = "selene")
    private EntityManager em;

    @Inject
    RecordingConsent consent;

    @Inject
    WakeWordSampleService samples;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Inject
    @ConfigProperty(name = "SELENE_DATA_DIR", defaultValue = "/var/lib/selene-ee")
    String dataDir;

    @Inject
    @ConfigProperty(name = "SELENE_RECORD_UTTERANCES", defaultValue = "false")
    boolean recordUtterances;

    /**
     * A wake word a device uploaded (Selene's wake-word-file or the personal backend's
     * /precise/upload): kept for the owner when the device opts in, and offered to the Open
     * Dataset as well (which also needs the account's agreement). False when nothing was kept.
     */
    public boolean wakeWordHeard(UUID deviceId, byte[] audio, JsonObject metadata) {
        if (!consent.optedIn(deviceId)) {
            return false;
        }
        String name = text(metadata, "wake_word").or(() -> text(metadata, "name")).orElse("");
        if (name.length() > MAX_WAKE_WORD) {
            throw DomainException.badRequest("wake word name longer than " + MAX_WAKE_WORD + " characters");
        }
        insert(deviceId, Kind.WAKE_WORD, audio, name.replace('_', ' ').replace('-', ' ').strip(), metadata);
        text(metadata, "engine").filter(engine -> !name.isBlank() && engine.length() <= MAX_WAKE_WORD)
                .ifPresent(engine -> samples.store(deviceId, audio, new WakeWordSampleService.Sample(name, engine)));
        return true;
    }

    /** An utterance /v1/stt transcribed, kept as received (FLAC) when SELENE_RECORD_UTTERANCES is on and the device opts in. */
    public void utteranceHeard(UUID deviceId, byte[] flac, String transcription) {
        if (recordUtterances && consent.optedIn(deviceId)) {
            insert(deviceId, Kind.UTTERANCE, flac, transcription, JsonText.JSON.createObjectBuilder().build());
        }
    }

    public List<Recording> list(Kind kind, UUID deviceId) {
        existingDevice(deviceId);
        return em.createNativeQuery(COLUMNS + "WHERE kind = ?1 AND device_id = ?2 ORDER BY number DESC LIMIT " + MAX_LISTED)
                .setParameter(1, kind.column).setParameter(2, deviceId).getResultList().stream().map(r -> recording((Object[]) r)).toList();
    }

    /** By the admin API's id: the device and the number must both match. */
    public Optional<Recording> find(Kind kind, String id) {
        int bar = id.indexOf('|');
        int last = id.lastIndexOf('|');
        if (!id.startsWith("@") || bar < 0) {
            return Optional.empty();
        }
        try {
            UUID device = UUID.fromString(id.substring(1, bar));
            long number = Long.parseLong(id.substring(last + 1));
            return em.createNativeQuery(COLUMNS + "WHERE kind = ?1 AND device_id = ?2 AND number = ?3")
                    .setParameter(1, kind.column).setParameter(2, device).setParameter(3, number).getResultList().stream()
                    .map(r -> recording((Object[]) r)).findFirst();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public byte[] audio(Recording recording) {
        try {
            return Files.readAllBytes(directory(recording.deviceId()).resolve(recording.fileName()));
        } catch (IOException e) {
            throw DomainException.notFound("the recording's audio file is missing");
        }
    }

    /** POST /admin/{voice_recs,ww_recs}/{uuid}. */
    public Recording add(Kind kind, UUID deviceId, byte[] audio, String transcription, JsonObject metadata) {
        existingDevice(deviceId);
        return find(kind, "@" + deviceId + "||" + insert(deviceId, kind, audio, transcription, metadata)).orElseThrow();
    }

    public Recording change(Kind kind, String id, Change change) {
        Recording old = find(kind, id).orElseThrow(() -> DomainException.notFound("entry not found"));
        em.createNativeQuery("UPDATE device.recording SET transcription = ?1, metadata = CAST(?2 AS jsonb), audio_tag = ?3, speaker_tag = ?4 WHERE number = ?5")
                .setParameter(1, change.transcription() != null ? change.transcription() : old.transcription())
                .setParameter(2, (change.metadata() != null ? change.metadata() : old.metadata()).toString())
                .setParameter(3, change.audioTag() != null ? change.audioTag() : old.audioTag())
                .setParameter(4, change.speakerTag() != null ? change.speakerTag() : old.speakerTag())
                .setParameter(5, old.number()).executeUpdate();
        return find(kind, id).orElseThrow();
    }

    /** The row now, its file once the deletion is committed. */
    public boolean delete(Kind kind, String id) {
        Optional<Recording> recording = find(kind, id);
        recording.ifPresent(r -> {
            em.createNativeQuery("DELETE FROM device.recording WHERE number = ?1").setParameter(1, r.number()).executeUpdate();
            afterCommit(directory(r.deviceId()).resolve(r.fileName()));
        });
        return recording.isPresent();
    }

    /** Part of deleting a device: its rows (the foreign key would cascade too) and, once committed, its directory. */
    public void forgetDevice(UUID deviceId) {
        em.createNativeQuery("DELETE FROM device.recording WHERE device_id = ?1").setParameter(1, deviceId).executeUpdate();
        afterCommit(directory(deviceId));
    }

    private static final String COLUMNS = "SELECT number, device_id, kind, transcription, metadata::text, audio_tag, speaker_tag, file_name, insert_ts FROM device.recording ";

    private long insert(UUID deviceId, Kind kind, byte[] audio, String transcription, JsonObject metadata) {
        long number = ((Number) em.createNativeQuery("SELECT nextval(pg_get_serial_sequence('device.recording', 'number'))").getSingleResult()).longValue();
        String fileName = number + (isFlac(audio) ? ".flac" : ".wav");
        em.createNativeQuery("""
                INSERT INTO device.recording (number, device_id, kind, transcription, metadata, file_name)
                VALUES (?1, ?2, ?3, ?4, CAST(?5 AS jsonb), ?6)""")
                .setParameter(1, number).setParameter(2, deviceId).setParameter(3, kind.column).setParameter(4, transcription)
                .setParameter(5, metadata.toString()).setParameter(6, fileName).executeUpdate();
        Path directory = directory(deviceId);
        try {
            Files.createDirectories(directory);
            Files.write(directory.resolve(fileName), audio);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store a recording", e);
        }
        return number;
    }

    private void existingDevice(UUID deviceId) {
        if (em.createNativeQuery("SELECT 1 FROM device.device WHERE id = ?1").setParameter(1, deviceId).getResultList().isEmpty()) {
            throw DomainException.notFound("unknown device");
        }
    }

    private Path directory(UUID deviceId) {
        return Path.of(dataDir, "recordings", deviceId.toString()).toAbsolutePath().normalize();
    }

    /** A file or a whole directory, removed only if the transaction that dropped its rows commits. */
    private void afterCommit(Path path) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    remove(path);
                }
            }
        });
    }

    private static void remove(Path path) {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> files = Files.walk(path)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "could not remove the recording file(s) " + path, e);
        }
    }

    private static boolean isFlac(byte[] audio) {
        return audio.length >= 4 && Arrays.equals(Arrays.copyOf(audio, 4), "fLaC".getBytes(StandardCharsets.US_ASCII));
    }

    private static Optional<String> text(JsonObject json, String key) {
        return json.get(key) instanceof JsonString s && !s.getString().isBlank() ? Optional.of(s.getString()) : Optional.empty();
    }

    private static Recording recording(Object[] c) {
        return new Recording(((Number) c[0]).longValue(), (UUID) c[1], Kind.valueOf(((String) c[2]).toUpperCase()), (String) c[3],
                JsonText.parse((String) c[4]).asJsonObject(), (String) c[5], (String) c[6], (String) c[7],
                ((Timestamp) c[8]).toLocalDateTime().toEpochSecond(ZoneOffset.UTC));
    }
}
