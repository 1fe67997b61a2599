package org.selene.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Precise tagging API under /account/api (docs/web-apis.md §5). */
@SeleneIT
class PreciseTaggingIT {

    static final Path DATA = Path.of(System.getProperty("selene.it.dir", "target/it"), "data").toAbsolutePath().normalize();

    record Sample(String wakeWord, UUID fileId, String name, byte[] audio, Path directory) {
    }

    /** A stored sample of a wake word of its own, as an upload leaves it. */
    static Sample sample(Path directory) throws Exception {
        String word = "hey " + UUID.randomUUID().toString().substring(0, 8);
        byte[] audio = ("RIFF" + word).getBytes(StandardCharsets.UTF_8);
        String name = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-1").digest(audio)) + ".wav";
        Files.createDirectories(directory);
        Files.write(directory.resolve(name), audio);
        Db.update("INSERT INTO wake_word.wake_word (name, engine) VALUES (?, 'precise')", word);
        Db.update("INSERT INTO tagging.file_location (server, directory) VALUES ('127.0.0.1', ?) ON CONFLICT DO NOTHING", directory.toString());
        Db.update("""
                INSERT INTO tagging.wake_word_file (name, wake_word_id, origin, file_location_id)
                VALUES (?, (SELECT id FROM wake_word.wake_word WHERE name = ?), 'mycroft',
                        (SELECT id FROM tagging.file_location WHERE server = '127.0.0.1' AND directory = ?))""", name, word, directory.toString());
        UUID id = (UUID) Db.scalar("SELECT id FROM tagging.wake_word_file WHERE name = ?", name);
        return new Sample(word, id, name, audio, directory);
    }

    static Sample sample() throws Exception {
        return sample(DATA.resolve("wake-word").resolve("tagging-it"));
    }

    @Test
    void aTaggerGetsAFileAndATagThenTagsIt() throws Exception {
        Sample s = sample();
        // "someone is speaking" is already designated: the next tag is the wake word (V3 seeds the tags)
        Db.update("""
                INSERT INTO tagging.wake_word_file_designation (wake_word_file_id, tag_id, tag_value_id)
                SELECT ?, t.id, v.id FROM tagging.tag t JOIN tagging.tag_value v ON v.tag_id = t.id WHERE t.name = 'speaking' AND v.value = 'yes'""", s.fileId());
        UUID account = DeviceFixture.newAccount();
        String cookie = SessionFixture.cookie(account);
        JsonObject next = Http.get("/account/api/tag?wakeWord=" + s.wakeWord().replace(' ', '-'), "Cookie", cookie).assertStatus(200).object();
        assertEquals(s.fileId().toString(), next.getString("audioFileId"));
        assertEquals(s.name(), next.getString("audioFileName"));
        String title = s.wakeWord().substring(0, 1).toUpperCase() + s.wakeWord().substring(1, 4) + s.wakeWord().substring(4, 5).toUpperCase() + s.wakeWord().substring(5);
        assertEquals(title, next.getString("tagName"), "the wake word tag shows the wake word");
        assertEquals("Is the wake word spoken?", next.getString("tagTitle"));
        assertEquals("Listen for the wake word itself.", next.getString("tagInstructions"));
        assertEquals(4, next.getJsonArray("tagValues").size());
        JsonObject no = next.getJsonArray("tagValues").getJsonObject(1);
        assertEquals("NO", no.getString("display"));
        assertEquals("no", no.getString("value"));

        assertArrayEquals(s.audio(), Http.get("/account/api/audio/" + s.name(), "Cookie", cookie).assertStatus(200).bytes());

        String tag = "{\"audioFileId\":\"" + s.fileId() + "\",\"sessionId\":\"" + next.getString("sessionId") + "\",\"tagId\":\""
                + next.getString("tagId") + "\",\"tagValueId\":\"" + no.getString("id") + "\"}";
        assertEquals("\"File tagged successfully\"", Http.post("/account/api/tag", tag, "Cookie", cookie).assertStatus(200).body());
        assertEquals(1, Db.count("SELECT count(*) FROM tagging.wake_word_file_tag WHERE wake_word_file_id = ?", s.fileId()));
        Http.post("/account/api/tag", tag, "Cookie", cookie).assertJsonError(409);
        assertEquals(1, Db.count("SELECT count(*) FROM tagging.tagger WHERE entity_type = 'account' AND entity_id = ?", account.toString()));

        // the only file was tagged in this session: nothing left for this tagger
        Http.get("/account/api/tag?wakeWord=" + s.wakeWord().replace(' ', '-') + "&sessionId=" + next.getString("sessionId"), "Cookie", cookie).assertStatus(204);
        Http.get("/account/api/tag?wakeWord=" + s.wakeWord().replace(' ', '-'), "Cookie", cookie).assertStatus(204);
    }

    @Test
    void audioIsServedOnlyForKnownSamplesInsideTheDataDirectory() throws Exception {
        String cookie = SessionFixture.cookie(DeviceFixture.newAccount());
        Sample outside = sample(DATA.getParent().resolve("outside-data"));
        Http.get("/account/api/audio/" + outside.name(), "Cookie", cookie).assertJsonError(404);
        Http.get("/account/api/audio/secrets.properties", "Cookie", cookie).assertJsonError(404);
        for (String hostile : new String[]{"..%2Fsecrets.properties", "%2E%2E%2Fsecrets.properties", "..%5Csecrets.properties"}) {
            Http.Reply reply = Http.get("/account/api/audio/" + hostile, "Cookie", cookie);
            assertTrue(reply.status() == 404 || reply.status() == 400, hostile + ": " + reply.status());
            assertTrue(!reply.body().contains("JWT"), "never the secrets file");
        }
        Sample inside = sample();
        Http.get("/account/api/audio/" + inside.name()).assertJsonError(401);
    }

    @Test
    void designationsAreGroupedByTagAndValue() throws Exception {
        Sample s = sample();
        Db.update("""
                INSERT INTO tagging.wake_word_file_designation (wake_word_file_id, tag_id, tag_value_id)
                SELECT ?, t.id, v.id FROM tagging.tag t JOIN tagging.tag_value v ON v.tag_id = t.id WHERE t.name = 'gender' AND v.value = 'female'""", s.fileId());
        JsonObject all = Http.get("/account/api/designation?wakeWord=hey-mycroft&startDate=2020-01-01").assertStatus(200).object();
        assertTrue(all.getJsonObject("gender").getJsonArray("female").getValuesAs(jakarta.json.JsonString.class).stream()
                .anyMatch(f -> f.getString().equals(s.directory() + "/" + s.name())), all.toString());
        JsonObject filtered = Http.get("/account/api/designation?startDate=2020-01-01&tag=gender&tagValue=male").assertStatus(200).object();
        assertEquals(0, filtered.size());
        Http.get("/account/api/designation").assertJsonError(400);
        Http.get("/account/api/designation?startDate=yesterday").assertJsonError(400);
    }

    @Test
    void taggingNeedsOwnSessionAndValidIds() throws Exception {
        Sample s = sample();
        String cookie = SessionFixture.cookie(DeviceFixture.newAccount());
        JsonObject next = Http.get("/account/api/tag?wakeWord=" + s.wakeWord().replace(' ', '-'), "Cookie", cookie).assertStatus(200).object();
        String other = SessionFixture.cookie(DeviceFixture.newAccount());
        String tag = "{\"audioFileId\":\"" + s.fileId() + "\",\"sessionId\":\"" + next.getString("sessionId") + "\",\"tagId\":\""
                + next.getString("tagId") + "\",\"tagValueId\":\"" + next.getJsonArray("tagValues").getJsonObject(0).getString("id") + "\"}";
        Http.post("/account/api/tag", tag, "Cookie", other).assertJsonError(404);
        Http.post("/account/api/tag", tag.replace(next.getString("tagId"), UUID.randomUUID().toString()), "Cookie", cookie).assertJsonError(400);
        Http.post("/account/api/tag", "{\"audioFileId\":\"x\"}", "Cookie", cookie).assertJsonError(400);
        Http.post("/account/api/tag", tag).assertJsonError(401);
        Http.get("/account/api/tag", "Cookie", cookie).assertJsonError(400);
        Http.get("/account/api/tag?wakeWord=x&sessionId=nope", "Cookie", cookie).assertJsonError(400);
        assertEquals(0, Db.count("SELECT count(*) FROM tagging.wake_word_file_tag WHERE wake_word_file_id = ?", s.fileId()));
    }
}
