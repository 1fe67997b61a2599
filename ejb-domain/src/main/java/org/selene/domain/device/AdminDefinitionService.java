package org.selene.domain.device;

import jakarta.ejb.Stateless;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.selene.domain.shared.DomainException;

import java.io.StringReader;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.selene.domain.shared.JsonText.JSON;

/**
 * The admin API's voice and wake-word definitions (device.voice_definition,
 * device.wake_word_definition): the catalogue a device's default TTS and wake word are chosen from.
 */
@Stateless
public class AdminDefinitionService {

    @PersistenceContext(unitName = "selene")
    private EntityManager em;

    public record Voice(String voiceId, String plugin, String lang, JsonObject config, String name, boolean offline, String gender) {
    }

    public record WakeWord(String wakeWordId, String name, String lang, String plugin, JsonObject config) {
    }

    /** ovos-plugin-manager's get_voice_id. */
    public static String voiceId(String plugin, String lang, JsonObject config) {
        return plugin + "_" + lang + "_" + PythonJson.md5(config);
    }

    /** ovos-plugin-manager's get_ww_id. */
    public static String wakeWordId(String plugin, String name, JsonObject config) {
        return plugin + "_" + name + "_" + PythonJson.md5(config);
    }

    public List<Voice> voices() {
        return em.createNativeQuery("SELECT voice_id, plugin, lang, tts_config::text, name, offline, gender FROM device.voice_definition ORDER BY voice_id")
                .getResultList().stream().map(r -> voice((Object[]) r)).toList();
    }

    public Optional<Voice> voice(String voiceId) {
        return em.createNativeQuery("SELECT voice_id, plugin, lang, tts_config::text, name, offline, gender FROM device.voice_definition WHERE voice_id = ?1")
                .setParameter(1, voiceId).getResultList().stream().map(r -> voice((Object[]) r)).findFirst();
    }

    /** Creates or replaces a definition; a new one's id is the one its plugin, language and config give, an update keeps its id. */
    public Voice saveVoice(String existingId, String plugin, String lang, JsonObject config, String name, boolean offline, String gender) {
        String id = existingId != null ? existingId : voiceId(plugin, lang, config);
        em.createNativeQuery("""
                        INSERT INTO device.voice_definition (voice_id, plugin, lang, tts_config, name, offline, gender)
                        VALUES (?1, ?2, ?3, ?4::jsonb, ?5::text, ?6, ?7::text)
                        ON CONFLICT (voice_id) DO UPDATE SET plugin = excluded.plugin, lang = excluded.lang, tts_config = excluded.tts_config,
                            name = excluded.name, offline = excluded.offline, gender = excluded.gender""")
                .setParameter(1, id).setParameter(2, plugin).setParameter(3, lang).setParameter(4, config.toString())
                .setParameter(5, name).setParameter(6, offline).setParameter(7, gender).executeUpdate();
        return voice(id).orElseThrow();
    }

    public boolean deleteVoice(String voiceId) {
        return em.createNativeQuery("DELETE FROM device.voice_definition WHERE voice_id = ?1").setParameter(1, voiceId).executeUpdate() == 1;
    }

    public List<WakeWord> wakeWords() {
        return em.createNativeQuery("SELECT ww_id, name, lang, plugin, ww_config::text FROM device.wake_word_definition ORDER BY ww_id")
                .getResultList().stream().map(r -> wakeWord((Object[]) r)).toList();
    }

    public Optional<WakeWord> wakeWord(String wakeWordId) {
        return em.createNativeQuery("SELECT ww_id, name, lang, plugin, ww_config::text FROM device.wake_word_definition WHERE ww_id = ?1")
                .setParameter(1, wakeWordId).getResultList().stream().map(r -> wakeWord((Object[]) r)).findFirst();
    }

    public WakeWord saveWakeWord(String existingId, String name, String lang, String plugin, JsonObject config) {
        String id = existingId != null ? existingId : wakeWordId(plugin, name, config);
        em.createNativeQuery("""
                        INSERT INTO device.wake_word_definition (ww_id, name, lang, plugin, ww_config) VALUES (?1, ?2, ?3, ?4, ?5::jsonb)
                        ON CONFLICT (ww_id) DO UPDATE SET name = excluded.name, lang = excluded.lang, plugin = excluded.plugin,
                            ww_config = excluded.ww_config""")
                .setParameter(1, id).setParameter(2, name).setParameter(3, lang).setParameter(4, plugin).setParameter(5, config.toString())
                .executeUpdate();
        return wakeWord(id).orElseThrow();
    }

    public boolean deleteWakeWord(String wakeWordId) {
        return em.createNativeQuery("DELETE FROM device.wake_word_definition WHERE ww_id = ?1").setParameter(1, wakeWordId).executeUpdate() == 1;
    }

    /** What a device takes from a voice definition: its TTS module and config (the voice's plugin is the module). */
    public Map<String, Object> voiceOverrides(String voiceId) {
        Voice voice = voice(voiceId).orElseThrow(() -> DomainException.badRequest("voice_id: unknown voice definition"));
        Map<String, Object> values = new HashMap<>();
        values.put("voice_id", voice.voiceId());
        values.put("tts_module", voice.plugin());
        values.put("tts_config", voice.config().toString());
        return values;
    }

    /** What a device takes from a wake-word definition: the wake word (its name) and its config, with the plugin as module. */
    public Map<String, Object> wakeWordOverrides(String wakeWordId) {
        WakeWord wakeWord = wakeWord(wakeWordId).orElseThrow(() -> DomainException.badRequest("ww_id: unknown wake-word definition"));
        Map<String, Object> values = new HashMap<>();
        values.put("ww_id", wakeWord.wakeWordId());
        values.put("wake_word", wakeWord.name());
        values.put("ww_config", JSON.createObjectBuilder(wakeWord.config()).add("module", wakeWord.plugin()).build().toString());
        return values;
    }

    private static Voice voice(Object[] r) {
        return new Voice((String) r[0], (String) r[1], (String) r[2], parse((String) r[3]), (String) r[4], (Boolean) r[5], (String) r[6]);
    }

    private static WakeWord wakeWord(Object[] r) {
        return new WakeWord((String) r[0], (String) r[1], (String) r[2], (String) r[3], parse((String) r[4]));
    }

    private static JsonObject parse(String json) {
        return JSON.createReader(new StringReader(json)).readObject();
    }
}
