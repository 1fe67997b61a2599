package org.selene.it;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Wake words (/precise/upload and Selene's wake-word-file), utterances (/v1/stt with
 * SELENE_RECORD_UTTERANCES, on for this server) and metrics kept only as the device's opt-in
 * allows, and the admin API's voice_recs / ww_recs over them (docs/admin-api.md).
 */
@SeleneIT
class RecordingsIT {

    static final String PRECISE_METADATA = "{\"name\":\"hey-mycroft\",\"engine\":\"8b3bd1a1c0e5a4e9\",\"time\":\"1700000000000\","
            + "\"sessionId\":\"s-1\",\"accountId\":\"0\",\"model\":\"d41d8cd9\"}";
    static final String PRECISE_ANSWER = "{\"success\":true,\"sent_to_mycroft\":false,\"saved\":true}";

    @BeforeAll
    static void speech() {
        SpeechToTextIT.standIn();
    }

    static String[] admin() {
        return new String[]{"Authorization", "Bearer " + AdminApiIT.ADMIN_KEY};
    }

    static DeviceFixture.Paired optedIn() {
        DeviceFixture.Paired d = DeviceFixture.pair();
        Http.put("/v1/admin/devices/" + d.deviceId(), "{\"opt_in\":true}", admin()).assertStatus(200);
        return d;
    }

    /** Parts as mycroft-core's requests names them, or found by file name only (name "file1"/"file2"). */
    static byte[] multipart(String boundary, byte[] audio, String metadata, boolean byFileName) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + (byFileName ? "file1" : "audio")
                + "\"; filename=\"audio\"\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        out.writeBytes(audio);
        out.writeBytes(("\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + (byFileName ? "file2" : "metadata")
                + "\"; filename=\"metadata\"\r\n\r\n" + metadata + "\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    /** POST /precise/upload; without a boundary as ovos-backend-client 0.0.5 sends it. */
    static Http.Reply precise(DeviceFixture.Paired d, byte[] audio, boolean withBoundary, boolean byFileName) {
        String boundary = "9f2c" + UUID.randomUUID().toString().replace("-", "");
        return Http.sendBody("POST", "/precise/upload", HttpRequest.BodyPublishers.ofByteArray(multipart(boundary, audio, PRECISE_METADATA, byFileName)),
                "Authorization", d.bearer(), "Content-Type", withBoundary ? "multipart/form-data; boundary=" + boundary : "multipart/form-data");
    }

    static Http.Reply seleneRoute(DeviceFixture.Paired d, byte[] audio, boolean withBoundary) {
        String boundary = "b" + UUID.randomUUID().toString().replace("-", "");
        return Http.sendBody("POST", d.path("/wake-word-file"), DeviceTelemetryIT.multipart(boundary, audio, DeviceTelemetryIT.METADATA),
                "Authorization", d.bearer(), "Content-Type", withBoundary ? "multipart/form-data; boundary=" + boundary : "multipart/form-data");
    }

    static String encoded(String recordingId) {
        return URLEncoder.encode(recordingId, StandardCharsets.UTF_8).replace("+", "%20");
    }

    static byte[] audioOf(JsonObject entry) {
        return Base64.getDecoder().decode(entry.getString("audio_b64"));
    }

    static Path recordings(UUID device) {
        return Path.of(SeleneServerExtension.server().serverEnvironment().get("SELENE_DATA_DIR"), "recordings", device.toString());
    }

    static Set<String> filesOf(UUID device) throws IOException {
        if (!Files.exists(recordings(device))) {
            return Set.of();
        }
        try (Stream<Path> files = Files.list(recordings(device))) {
            return files.map(f -> {
                try {
                    return new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).collect(Collectors.toSet());
        }
    }

    @Test
    void wakeWordsOfAnOptedInDeviceAreKeptAtBothRoutesWithOrWithoutBoundary() throws IOException {
        DeviceFixture.Paired d = optedIn();
        List<byte[]> sent = Stream.of("precise", "precise-no-boundary", "selene", "selene-no-boundary")
                .map(k -> ("RIFF" + k + d.deviceId()).getBytes(StandardCharsets.UTF_8)).toList();
        assertEquals(PRECISE_ANSWER, precise(d, sent.get(0), true, false).assertStatus(200).body());
        assertEquals(PRECISE_ANSWER, precise(d, sent.get(1), false, true).assertStatus(200).body());
        assertEquals("\"Wake word sample uploaded successfully\"", seleneRoute(d, sent.get(2), true).assertStatus(200).body());
        assertEquals("\"Wake word sample uploaded successfully\"", seleneRoute(d, sent.get(3), false).assertStatus(200).body());

        List<JsonObject> listed = Http.get("/v1/admin/ww_recs/" + d.deviceId() + "/list", admin()).assertStatus(200).array()
                .getValuesAs(JsonObject.class);
        assertEquals(4, listed.size());
        Set<String> expected = sent.stream().map(b -> new String(b, StandardCharsets.ISO_8859_1)).collect(Collectors.toSet());
        assertEquals(expected, listed.stream().map(e -> new String(audioOf(e), StandardCharsets.ISO_8859_1)).collect(Collectors.toSet()));
        assertEquals(expected, filesOf(d.deviceId()), "the files under <data>/recordings/<device>/ are the uploads");
        for (JsonObject entry : listed) {
            assertEquals("hey mycroft", entry.getString("transcription"));
            assertEquals(d.deviceId().toString(), entry.getString("uuid"));
            assertTrue(entry.getString("recording_id").startsWith("@" + d.deviceId() + "|hey mycroft|"), entry.getString("recording_id"));
            assertEquals(JsonValue.NULL, entry.get("audio_tag"));
            assertEquals(JsonValue.NULL, entry.get("speaker_tag"));
            assertEquals(entry, Http.get("/v1/admin/ww_recs/" + encoded(entry.getString("recording_id")), admin()).assertStatus(200).object());
        }
        JsonObject precise = listed.stream().filter(e -> e.getJsonObject("metadata_json").containsKey("sessionId")).findFirst().orElseThrow();
        assertEquals("s-1", precise.getJsonObject("meta").getString("sessionId"));
        assertEquals(0, Db.count("SELECT count(*) FROM tagging.wake_word_file WHERE account_id = ?", d.accountId()),
                "the Open Dataset still needs the account's agreement");
    }

    @Test
    void anOptedOutDeviceKeepsNothingAndHearsTheSameAnswers() throws IOException {
        DeviceFixture.Paired d = DeviceFixture.pair();
        // the account agreed to the Open Dataset, the device itself says no: its own answer wins
        DeviceTelemetryIT.openDataset(d.accountId());
        Http.put("/v1/admin/devices/" + d.deviceId(), "{\"opt_in\":false}", admin()).assertStatus(200);
        byte[] audio = ("RIFF-opted-out" + d.deviceId()).getBytes(StandardCharsets.UTF_8);
        assertEquals(PRECISE_ANSWER, precise(d, audio, false, false).assertStatus(200).body());
        assertEquals("\"Wake word sample uploaded successfully\"", seleneRoute(d, audio, true).assertStatus(200).body());
        assertEquals("[\"what time is it\"]", SpeechToTextIT.post("/v1/stt?lang=en-US", SpeechToTextIT.flac("opted-out"), "Authorization", d.bearer())
                .assertStatus(200).body());
        Http.post(d.path("/metric/timing"), "{\"id\":\"abc\"}", "Authorization", d.bearer()).assertStatus(204);

        assertEquals(0, Db.count("SELECT count(*) FROM device.recording WHERE device_id = ?", d.deviceId()));
        assertEquals(0, Db.count("SELECT count(*) FROM tagging.wake_word_file WHERE account_id = ?", d.accountId()));
        assertEquals(0, Db.count("SELECT count(*) FROM metric.core WHERE device_id = ?", d.deviceId()));
        assertEquals(Set.of(), filesOf(d.deviceId()));
        assertEquals(0, Http.get("/v1/admin/ww_recs/" + d.deviceId() + "/list", admin()).assertStatus(200).array().size());
        assertEquals(0, Http.get("/v1/admin/voice_recs/" + d.deviceId() + "/list", admin()).assertStatus(200).array().size());
    }

    @Test
    void preciseUploadNeedsTheDevicesTokenAndBothParts() {
        DeviceFixture.Paired d = optedIn();
        String boundary = "abc123";
        byte[] body = multipart(boundary, "RIFF".getBytes(StandardCharsets.UTF_8), PRECISE_METADATA, false);
        Http.sendBody("POST", "/precise/upload", HttpRequest.BodyPublishers.ofByteArray(body), "Content-Type", "multipart/form-data")
                .assertJsonError(401);
        Http.sendBody("POST", "/precise/upload", HttpRequest.BodyPublishers.ofByteArray(body), "Authorization", "Bearer nope",
                "Content-Type", "multipart/form-data").assertJsonError(401);
        byte[] audioOnly = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"audio\"; filename=\"audio\"\r\n\r\nRIFF\r\n--" + boundary + "--\r\n")
                .getBytes(StandardCharsets.UTF_8);
        Http.sendBody("POST", "/precise/upload", HttpRequest.BodyPublishers.ofByteArray(audioOnly), "Authorization", d.bearer(),
                "Content-Type", "multipart/form-data").assertJsonError(400);
        Http.sendBody("POST", "/precise/upload", HttpRequest.BodyPublishers.ofByteArray("RIFF without parts".getBytes(StandardCharsets.UTF_8)),
                "Authorization", d.bearer(), "Content-Type", "multipart/form-data").assertJsonError(400);
        assertEquals(0, Db.count("SELECT count(*) FROM device.recording WHERE device_id = ?", d.deviceId()));
        // the context is an API's: what it does not have is JSON too
        Http.get("/precise/upload", "Authorization", d.bearer()).assertJsonError(405);
        Http.get("/precise/no-such-route").assertJsonError(404);
    }

    @Test
    void sttKeepsTheFlacAndTranscriptionOfAnOptedInDevice() throws IOException {
        DeviceFixture.Paired d = optedIn();
        byte[] flac = SpeechToTextIT.flac(UUID.randomUUID().toString());
        SpeechToTextIT.post("/v1/stt?lang=en-US", flac, "Authorization", d.bearer()).assertStatus(200);
        List<JsonObject> listed = Http.get("/v1/admin/voice_recs/" + d.deviceId() + "/list", admin()).assertStatus(200).array()
                .getValuesAs(JsonObject.class);
        assertEquals(1, listed.size());
        assertEquals("what time is it", listed.get(0).getString("transcription"));
        assertArrayEquals(flac, audioOf(listed.get(0)));
        assertEquals(Set.of(new String(flac, StandardCharsets.ISO_8859_1)), filesOf(d.deviceId()));
        try (Stream<Path> files = Files.list(recordings(d.deviceId()))) {
            assertTrue(files.allMatch(f -> f.getFileName().toString().endsWith(".flac")), "kept as received");
        }
        assertFalse(listed.get(0).containsKey("audio_tag"), "tags are wake-word fields");
        assertEquals(0, Http.get("/v1/admin/ww_recs/" + d.deviceId() + "/list", admin()).assertStatus(200).array().size());
    }

    @Test
    void adminAddsChangesAndDeletesRecordingsAndIdsAreNeverReused() throws IOException {
        DeviceFixture.Paired d = DeviceFixture.pair();
        String audio = Base64.getEncoder().encodeToString("RIFF-admin".getBytes(StandardCharsets.UTF_8));
        JsonObject first = Http.post("/v1/admin/voice_recs/" + d.deviceId(), "{\"audio_b64\":\"" + audio + "\",\"transcription\":\"turn on the lights\","
                + "\"metadata\":{\"lang\":\"en-us\"}}", admin()).assertStatus(200).object();
        String id = first.getString("recording_id");
        assertTrue(id.matches("@" + d.deviceId() + "\\|turn on the lights\\|\\d+"), id);
        assertEquals("en-us", first.getJsonObject("metadata_json").getString("lang"));
        assertEquals("RIFF-admin", new String(audioOf(first), StandardCharsets.UTF_8));

        JsonObject changed = Http.put("/v1/admin/voice_recs/" + encoded(id), "{\"transcription\":\"turn off the lights\",\"metadata\":{\"lang\":\"de-de\"}}",
                admin()).assertStatus(200).object();
        assertEquals("turn off the lights", changed.getString("transcription"));
        assertEquals("de-de", changed.getJsonObject("metadata_json").getString("lang"));
        assertEquals(changed, Http.get("/v1/admin/voice_recs/" + encoded(changed.getString("recording_id")), admin()).assertStatus(200).object());
        assertEquals(changed, Http.get("/v1/admin/voice_recs/" + encoded(id), admin()).assertStatus(200).object(), "the id given out first still finds it");
        Http.put("/v1/admin/voice_recs/" + encoded(id), "{\"audio_tag\":\"x\"}", admin()).assertJsonError(400);
        Http.get("/v1/admin/ww_recs/" + encoded(id), admin()).assertJsonError(404);

        JsonObject ww = Http.post("/v1/admin/ww_recs/" + d.deviceId(), "{\"audio_b64\":\"" + audio + "\",\"transcription\":\"hey mycroft\",\"meta\":{\"name\":\"hey mycroft\"}}",
                admin()).assertStatus(200).object();
        assertEquals("hey mycroft", ww.getJsonObject("meta").getString("name"));
        JsonObject tagged = Http.put("/v1/admin/ww_recs/" + encoded(ww.getString("recording_id")), "{\"audio_tag\":\"wake word\",\"speaker_tag\":\"male\"}",
                admin()).assertStatus(200).object();
        assertEquals("wake word", tagged.getString("audio_tag"));
        assertEquals("male", tagged.getString("speaker_tag"));
        assertEquals("hey mycroft", tagged.getString("transcription"));

        // the personal backend numbered by count(*)+1: after a deletion the next id repeated one still in use
        JsonObject second = Http.put("/v1/admin/voice_recs", "{\"uuid\":\"" + d.deviceId() + "\",\"audio_b64\":\"" + audio + "\",\"transcription\":\"turn on the lights\"}",
                admin()).assertStatus(200).object();
        assertTrue(Http.delete("/v1/admin/voice_recs/" + encoded(id), admin()).assertStatus(200).object().getBoolean("success"));
        Http.get("/v1/admin/voice_recs/" + encoded(id), admin()).assertJsonError(404);
        assertFalse(Http.delete("/v1/admin/voice_recs/" + encoded(id), admin()).assertStatus(200).object().getBoolean("success"));
        JsonObject third = Http.post("/v1/admin/voice_recs/" + d.deviceId(), "{\"audio_b64\":\"" + audio + "\",\"transcription\":\"turn on the lights\"}",
                admin()).assertStatus(200).object();
        assertNotEquals(second.getString("recording_id"), third.getString("recording_id"));
        assertNotEquals(id, third.getString("recording_id"));
        assertEquals(2, Http.get("/v1/admin/voice_recs/" + d.deviceId() + "/list", admin()).assertStatus(200).array().size());
        try (Stream<Path> files = Files.list(recordings(d.deviceId()))) {
            assertEquals(3, files.count(), "the deleted recording's file is gone, the other three stay");
        }
    }

    @Test
    void badRequestsAreJsonAndChangeNothing() {
        DeviceFixture.Paired d = DeviceFixture.pair();
        UUID unknown = UUID.randomUUID();
        Http.post("/v1/admin/voice_recs/" + unknown, "{\"audio_b64\":\"UklGRg==\"}", admin()).assertJsonError(404);
        Http.get("/v1/admin/ww_recs/" + unknown + "/list", admin()).assertJsonError(404);
        Http.get("/v1/admin/voice_recs/" + encoded("@" + d.deviceId() + "|x|1"), admin()).assertJsonError(404);
        Http.get("/v1/admin/voice_recs/not-an-id", admin()).assertJsonError(404);
        Http.put("/v1/admin/voice_recs/" + encoded("@" + unknown + "|x|1"), "{\"transcription\":\"y\"}", admin()).assertJsonError(404);
        Http.post("/v1/admin/voice_recs/" + d.deviceId(), "{\"audio_b64\":\"not base64!\"}", admin()).assertJsonError(400);
        Http.post("/v1/admin/voice_recs/" + d.deviceId(), "{\"transcription\":\"no audio\"}", admin()).assertJsonError(400);
        Http.post("/v1/admin/ww_recs/" + d.deviceId(), "{\"audio_b64\":\"UklGRg==\",\"metadata\":[1]}", admin()).assertJsonError(400);
        Http.put("/v1/admin/voice_recs", "{\"audio_b64\":\"UklGRg==\"}", admin()).assertJsonError(400);
        Http.get("/v1/admin/voice_recs/" + d.deviceId() + "/list").assertJsonError(401);
        assertEquals(0, Db.count("SELECT count(*) FROM device.recording WHERE device_id = ?", d.deviceId()));
    }

    @Test
    void deletingTheDeviceDeletesItsRecordingsAndFiles() throws IOException {
        DeviceFixture.Paired d = optedIn();
        precise(d, ("RIFF-doomed" + d.deviceId()).getBytes(StandardCharsets.UTF_8), true, false).assertStatus(200);
        SpeechToTextIT.post("/v1/stt?lang=en-US", SpeechToTextIT.flac("doomed"), "Authorization", d.bearer()).assertStatus(200);
        assertEquals(2, filesOf(d.deviceId()).size());
        Http.delete("/v1/admin/devices/" + d.deviceId(), admin()).assertStatus(200);
        assertEquals(0, Db.count("SELECT count(*) FROM device.recording WHERE device_id = ?", d.deviceId()));
        assertFalse(Files.exists(recordings(d.deviceId())), "the device's recordings directory is gone");
    }
}
