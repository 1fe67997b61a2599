package org.selene.domain.tagging;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.selene.domain.shared.DomainException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Crowd tagging of the wake-word samples (docs/web-apis.md §5): sessions per tagger, the next file and
 * tag to ask about, the tags people give, and the designations derived from them.
 */
@Stateless
public class PreciseTaggingService {

    /** Sample names as WakeWordSampleService gives them: sha1[.n].wav. */
    static final Pattern SAMPLE_NAME = Pattern.compile("[0-9a-f]{40}(\\.[0-9]+)?\\.wav");

    @PersistenceContext(unitName = "selene")
    private EntityManager em;

    @Inject
    @ConfigProperty(name = "SELENE_DATA_DIR", defaultValue = "/var/lib/selene-ee")
    String dataDir;

    public record TagValueChoice(UUID id, String value, String display) {
    }

    public record Assignment(UUID audioFileId, String audioFileName, UUID sessionId, UUID tagId, String tagName,
                             String tagTitle, String tagInstructions, List<TagValueChoice> tagValues) {
    }

    /** The next file and tag for this person, or empty when nothing is left to tag. */
    public Optional<Assignment> next(UUID accountId, String wakeWord, Optional<UUID> requestedSession) {
        String taggerId = tagger(accountId).toString();
        UUID session = requestedSession.map(s -> ownSession(taggerId, s)).orElseGet(() -> activeSession(taggerId));
        String name = wakeWord.strip().replace('-', ' ').toLowerCase(Locale.ROOT);
        List<?> files = em.createNativeQuery("""
                SELECT f.id, f.name FROM tagging.wake_word_file f JOIN wake_word.wake_word w ON w.id = f.wake_word_id
                WHERE w.name = ?1 AND f.status IN ('uploaded', 'stored')
                  AND NOT EXISTS (SELECT 1 FROM tagging.wake_word_file_designation d JOIN tagging.tag_value v ON v.id = d.tag_value_id
                                  JOIN tagging.tag g ON g.id = d.tag_id WHERE d.wake_word_file_id = f.id AND g.name = 'speaking' AND v.value = 'no')
                  AND (SELECT count(*) FROM tagging.wake_word_file_designation d WHERE d.wake_word_file_id = f.id) < (SELECT count(*) FROM tagging.tag)
                  AND NOT EXISTS (SELECT 1 FROM tagging.wake_word_file_tag t WHERE t.wake_word_file_id = f.id AND t.session_id = ?2)
                ORDER BY (SELECT count(DISTINCT t.session_id) FROM tagging.wake_word_file_tag t WHERE t.wake_word_file_id = f.id), f.insert_ts, f.name
                LIMIT 1""").setParameter(1, name).setParameter(2, session).getResultList();
        if (files.isEmpty()) {
            return Optional.empty();
        }
        Object[] file = (Object[]) files.get(0);
        UUID fileId = (UUID) file[0];
        List<?> tags = em.createNativeQuery("""
                SELECT g.id, g.name, g.title, g.instructions FROM tagging.tag g
                WHERE NOT EXISTS (SELECT 1 FROM tagging.wake_word_file_designation d WHERE d.wake_word_file_id = ?1 AND d.tag_id = g.id)
                ORDER BY g.priority, g.name LIMIT 1""").setParameter(1, fileId).getResultList();
        if (tags.isEmpty()) {
            return Optional.empty();
        }
        Object[] tag = (Object[]) tags.get(0);
        UUID tagId = (UUID) tag[0];
        String tagName = (String) tag[1];
        List<TagValueChoice> values = new ArrayList<>();
        for (Object row : em.createNativeQuery("SELECT id, value, display FROM tagging.tag_value WHERE tag_id = ?1 ORDER BY value")
                .setParameter(1, tagId).getResultList()) {
            Object[] v = (Object[]) row;
            values.add(new TagValueChoice((UUID) v[0], (String) v[1], (String) v[2]));
        }
        String shownName = tagName.equals("wake word") ? name : tagName;
        return Optional.of(new Assignment(fileId, (String) file[1], session, tagId, titleCase(shownName), (String) tag[2], (String) tag[3], values));
    }

    /** Records one answer; the session must be this person's and the value one of the tag's. */
    public void tag(UUID accountId, UUID fileId, UUID sessionId, UUID tagId, UUID tagValueId) {
        ownSession(tagger(accountId).toString(), sessionId);
        long valid = ((Number) em.createNativeQuery("""
                SELECT count(*) FROM tagging.tag_value v, tagging.wake_word_file f WHERE v.id = ?1 AND v.tag_id = ?2 AND f.id = ?3""")
                .setParameter(1, tagValueId).setParameter(2, tagId).setParameter(3, fileId).getSingleResult()).longValue();
        if (valid == 0) {
            throw DomainException.badRequest("unknown file, tag or tag value");
        }
        int inserted = em.createNativeQuery("""
                INSERT INTO tagging.wake_word_file_tag (wake_word_file_id, session_id, tag_id, tag_value_id) VALUES (?1, ?2, ?3, ?4)
                ON CONFLICT (wake_word_file_id, session_id, tag_id) DO NOTHING""")
                .setParameter(1, fileId).setParameter(2, sessionId).setParameter(3, tagId).setParameter(4, tagValueId).executeUpdate();
        if (inserted == 0) {
            throw DomainException.conflict("this file was already tagged with this tag in this session");
        }
    }

    /** {tag name: {tag value: ["directory/file", ...]}} of the designations made since the date. */
    public Map<String, Map<String, List<String>>> designations(LocalDate since, Optional<String> tag, Optional<String> tagValue) {
        List<?> rows = em.createNativeQuery("""
                SELECT g.name, v.value, l.directory || '/' || f.name
                FROM tagging.wake_word_file_designation d
                JOIN tagging.tag g ON g.id = d.tag_id JOIN tagging.tag_value v ON v.id = d.tag_value_id
                JOIN tagging.wake_word_file f ON f.id = d.wake_word_file_id JOIN tagging.file_location l ON l.id = f.file_location_id
                WHERE d.insert_ts >= ?1 AND (?2 = '' OR g.name = ?2) AND (?3 = '' OR v.value = ?3)
                ORDER BY g.name, v.value, f.name""")
                .setParameter(1, since.atStartOfDay()).setParameter(2, tag.orElse("")).setParameter(3, tagValue.orElse("")).getResultList();
        Map<String, Map<String, List<String>>> designations = new LinkedHashMap<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            designations.computeIfAbsent((String) r[0], k -> new LinkedHashMap<>()).computeIfAbsent((String) r[1], k -> new ArrayList<>()).add((String) r[2]);
        }
        return designations;
    }

    /**
     * The bytes of a stored sample. The name is looked up, never used as a path: only a file the
     * database knows, inside the data directory, can be read.
     */
    public byte[] audio(String fileName) {
        if (!SAMPLE_NAME.matcher(fileName).matches()) {
            throw DomainException.notFound("no such audio file");
        }
        List<?> directories = em.createNativeQuery("""
                SELECT l.directory FROM tagging.wake_word_file f JOIN tagging.file_location l ON l.id = f.file_location_id
                WHERE f.name = ?1 AND l.server = CAST('127.0.0.1' AS inet)""").setParameter(1, fileName).getResultList();
        if (directories.isEmpty()) {
            throw DomainException.notFound("no such audio file");
        }
        Path root = Path.of(dataDir).toAbsolutePath().normalize();
        Path file = Path.of((String) directories.get(0)).resolve(fileName).toAbsolutePath().normalize();
        if (!file.startsWith(root) || !Files.isRegularFile(file)) {
            throw DomainException.notFound("no such audio file");
        }
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read a wake-word sample", e);
        }
    }

    private UUID tagger(UUID accountId) {
        em.createNativeQuery("INSERT INTO tagging.tagger (entity_type, entity_id) VALUES ('account', ?1) ON CONFLICT (entity_type, entity_id) DO NOTHING")
                .setParameter(1, accountId.toString()).executeUpdate();
        return (UUID) em.createNativeQuery("SELECT id FROM tagging.tagger WHERE entity_type = 'account' AND entity_id = ?1")
                .setParameter(1, accountId.toString()).getSingleResult();
    }

    /** The open session; one idle for over an hour is closed at its last tag and a new one opened. */
    private UUID activeSession(String taggerId) {
        List<?> open = em.createNativeQuery("""
                SELECT s.id, (SELECT max(t.insert_ts) FROM tagging.wake_word_file_tag t WHERE t.session_id = s.id)
                FROM tagging.session s WHERE s.tagger_id = ?1 AND upper_inf(s.session_ts_range) FOR UPDATE""")
                .setParameter(1, taggerId).getResultList();
        if (!open.isEmpty()) {
            Object[] session = (Object[]) open.get(0);
            java.sql.Timestamp lastTag = (java.sql.Timestamp) session[1];
            if (lastTag == null || lastTag.toInstant().isAfter(java.time.Instant.now().minusSeconds(3600))) {
                return (UUID) session[0];
            }
            em.createNativeQuery("UPDATE tagging.session SET session_ts_range = tsrange(lower(session_ts_range), ?2) WHERE id = ?1")
                    .setParameter(1, session[0]).setParameter(2, lastTag).executeUpdate();
        }
        return (UUID) em.createNativeQuery("INSERT INTO tagging.session (tagger_id, session_ts_range) VALUES (?1, tsrange(now()::timestamp, NULL)) RETURNING id")
                .setParameter(1, taggerId).getSingleResult();
    }

    private UUID ownSession(String taggerId, UUID sessionId) {
        long own = ((Number) em.createNativeQuery("SELECT count(*) FROM tagging.session WHERE id = ?1 AND tagger_id = ?2")
                .setParameter(1, sessionId).setParameter(2, taggerId).getSingleResult()).longValue();
        if (own == 0) {
            throw DomainException.notFound("no such tagging session");
        }
        return sessionId;
    }

    static String titleCase(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean start = true;
        for (char c : text.toCharArray()) {
            out.append(start ? Character.toTitleCase(c) : c);
            start = Character.isWhitespace(c) || c == '-';
        }
        return out.toString();
    }
}
