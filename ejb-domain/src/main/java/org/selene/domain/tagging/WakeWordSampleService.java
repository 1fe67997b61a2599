package org.selene.domain.tagging;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

/**
 * Wake-word samples devices upload for the Open Dataset. Kept only when the device's owner opted
 * in (Selene relied on the device to check); stored under the data directory.
 */
@Stateless
public class WakeWordSampleService {

    static final String LOCAL_SERVER = "127.0.0.1";

    @PersistenceContext(unitName = "selene")
    private EntityManager em;

    @Inject
    @ConfigProperty(name = "SELENE_DATA_DIR", defaultValue = "/var/lib/selene-ee")
    String dataDir;

    public record Sample(String wakeWord, String engine) {
    }

    /** Stores the sample; false when the owner has not opted into the Open Dataset (nothing kept). */
    public boolean store(UUID deviceId, byte[] audio, Sample sample) {
        List<?> owner = em.createNativeQuery("""
                SELECT d.account_id, EXISTS (SELECT 1 FROM account.account_agreement aa JOIN account.agreement ag ON ag.id = aa.agreement_id
                                             WHERE aa.account_id = d.account_id AND ag.agreement = 'Open Dataset')
                FROM device.device d WHERE d.id = ?1""").setParameter(1, deviceId).getResultList();
        if (owner.isEmpty() || !(Boolean) ((Object[]) owner.get(0))[1]) {
            return false;
        }
        UUID accountId = (UUID) ((Object[]) owner.get(0))[0];
        String wakeWord = sample.wakeWord().strip().replace('-', ' ').toLowerCase();
        em.createNativeQuery("INSERT INTO wake_word.wake_word (name, engine) VALUES (?1, ?2) ON CONFLICT (name, engine) DO NOTHING")
                .setParameter(1, wakeWord).setParameter(2, sample.engine()).executeUpdate();
        UUID wakeWordId = (UUID) em.createNativeQuery("SELECT id FROM wake_word.wake_word WHERE name = ?1 AND engine = ?2")
                .setParameter(1, wakeWord).setParameter(2, sample.engine()).getSingleResult();
        Path directory = Path.of(dataDir, "wake-word", directoryName(wakeWord)).toAbsolutePath().normalize();
        em.createNativeQuery("INSERT INTO tagging.file_location (server, directory) VALUES (CAST(?1 AS inet), ?2) ON CONFLICT (server, directory) DO NOTHING")
                .setParameter(1, LOCAL_SERVER).setParameter(2, directory.toString()).executeUpdate();
        UUID locationId = (UUID) em.createNativeQuery("SELECT id FROM tagging.file_location WHERE server = CAST(?1 AS inet) AND directory = ?2")
                .setParameter(1, LOCAL_SERVER).setParameter(2, directory.toString()).getSingleResult();
        String hash = sha1(audio);
        String name = hash + ".wav";
        for (int n = 0; insert(name, wakeWordId, locationId, accountId) == 0; n++) {
            name = hash + "." + n + ".wav";
        }
        try {
            Files.createDirectories(directory);
            Files.write(directory.resolve(name), audio, StandardOpenOption.CREATE_NEW);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store wake-word sample", e);
        }
        return true;
    }

    private int insert(String name, UUID wakeWordId, UUID locationId, UUID accountId) {
        return em.createNativeQuery("""
                INSERT INTO tagging.wake_word_file (name, wake_word_id, origin, submission_date, file_location_id, account_id)
                VALUES (?1, ?2, 'mycroft', (now() AT TIME ZONE 'UTC')::date, ?3, ?4) ON CONFLICT (name) DO NOTHING""")
                .setParameter(1, name).setParameter(2, wakeWordId).setParameter(3, locationId).setParameter(4, accountId).executeUpdate();
    }

    /** "hey mycroft" → "hey-mycroft"; anything that could leave the directory is replaced. */
    static String directoryName(String wakeWord) {
        String name = wakeWord.replace(' ', '-').replaceAll("[^\\p{L}\\p{N}_-]", "_");
        return name.isEmpty() || name.chars().allMatch(c -> c == '_' || c == '-') ? "unnamed" : name;
    }

    private static String sha1(byte[] audio) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(audio));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
