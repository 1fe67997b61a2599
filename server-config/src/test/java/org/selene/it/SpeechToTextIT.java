package org.selene.it;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.selene.it.UpstreamStandIn.Answer;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** POST /v1/stt and /v1/transcribe against a Chromium web speech stand-in (docs/device-api.md §6.25, §6.26). */
@SeleneIT
class SpeechToTextIT {

    static UpstreamStandIn speech;

    @BeforeAll
    static void standIn() {
        speech = UpstreamStandIn.at(UpstreamStandIn.SPEECH).respond(r -> {
            String audio = new String(r.body(), java.nio.charset.StandardCharsets.ISO_8859_1);
            if (audio.endsWith("silence")) {
                return Answer.text(200, "application/json; charset=utf-8", "{\"result\":[]}\n");
            }
            if (audio.contains("held-")) {
                awaitRelease();
            }
            if (audio.endsWith("broken")) {
                return Answer.text(500, "text/html", "<html>oops</html>");
            }
            return Answer.text(200, "application/json; charset=utf-8", "{\"result\":[]}\n"
                    + "{\"result\":[{\"alternative\":[{\"transcript\":\"what time is it\",\"confidence\":0.93},{\"transcript\":\"what time is in\"}],\"final\":true}],\"result_index\":0}\n");
        });
    }

    /** Recordings marked "held-" wait in the stand-in until a test lets them go (at most a minute). */
    static volatile CountDownLatch held = new CountDownLatch(0);

    static void awaitRelease() {
        try {
            held.await(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static long receivedEndingWith(String marker) {
        return speech.received().stream().filter(r -> new String(r.body(), java.nio.charset.StandardCharsets.ISO_8859_1).endsWith(marker)).count();
    }

    /** A FLAC stream header (STREAMINFO: 16 kHz, mono, 16 bit, 33600 samples = 2.1 s) and some frame bytes. */
    static byte[] flac(String tail) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[]{'f', 'L', 'a', 'C', (byte) 0x80, 0, 0, 34});
        byte[] info = new byte[34];
        info[0] = 0x10; info[1] = 0x00; info[2] = 0x10; info[3] = 0x00;
        long rate = 16000;
        long samples = 33600;
        // 20 bits rate, 3 bits channels-1 (0), 5 bits bits-per-sample-1 (15), 36 bits samples
        long packed = (rate << 44) | (0L << 41) | (15L << 36) | samples;
        for (int i = 0; i < 8; i++) {
            info[10 + i] = (byte) (packed >>> (56 - 8 * i));
        }
        out.writeBytes(info);
        out.writeBytes(new byte[]{(byte) 0xff, (byte) 0xf8, 0x69, 0x08, 0x00});
        out.writeBytes(tail.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        return out.toByteArray();
    }

    static Http.Reply post(String path, byte[] body, String... headers) {
        String[] all = Arrays.copyOf(headers, headers.length + 2);
        all[headers.length] = "Content-Type";
        all[headers.length + 1] = "audio/x-flac";
        return Http.sendBody("POST", path, HttpRequest.BodyPublishers.ofByteArray(body), all);
    }

    @Test
    void sttSendsTheFlacToTheEngineAndAnswersTheTranscriptAsSelene() {
        DeviceFixture.Paired d = DeviceFixture.pair();
        String marker = UUID.randomUUID().toString();
        byte[] audio = flac(marker);
        Http.Reply reply = post("/v1/stt?lang=en-US&limit=1", audio, "Authorization", d.bearer()).assertStatus(200);
        assertEquals("[\"what time is it\"]", reply.body());

        List<UpstreamStandIn.Received> sent = speech.received().stream().filter(r -> Arrays.equals(r.body(), audio)).toList();
        assertEquals(1, sent.size());
        assertEquals("POST", sent.get(0).method());
        assertEquals("/speech-api/v2/recognize", sent.get(0).path());
        assertEquals("test-stt-key", sent.get(0).query().get("key"));
        assertEquals("en-US", sent.get(0).query().get("lang"));
        assertEquals("chromium", sent.get(0).query().get("client"));
        assertEquals("audio/x-flac; rate=16000", sent.get(0).header("Content-Type"));
        assertArrayEquals(audio, sent.get(0).body());

        List<Map<String, Object>> rows = Db.query("SELECT engine, success, audio_duration::text AS audio FROM metric.stt_transcription WHERE account_id = ?", d.accountId());
        assertEquals(1, rows.size(), rows.toString());
        assertEquals("Google", rows.get(0).get("engine"));
        assertEquals(true, rows.get(0).get("success"));
        assertEquals("2.100", rows.get(0).get("audio"));
        assertTrue(Db.scalar("SELECT last_activity_ts FROM account.account WHERE id = ?", d.accountId()) != null);
    }

    @Test
    void transcribeAnswersTranscriptionObject() {
        DeviceFixture.Paired d = DeviceFixture.pair();
        byte[] audio = flac(UUID.randomUUID().toString());
        assertEquals("{\"transcription\":\"what time is it\"}",
                post("/v1/transcribe?language=en-US", audio, "Authorization", d.bearer()).assertStatus(200).body());
        assertEquals(1, Db.count("SELECT count(*) FROM metric.stt_transcription WHERE account_id = ? AND success", d.accountId()));
    }

    @Test
    void nothingUnderstoodIsNullAndRecordedAsFailure() {
        DeviceFixture.Paired d = DeviceFixture.pair();
        assertEquals("[null]", post("/v1/stt?lang=en-US", flac("silence"), "Authorization", d.bearer()).assertStatus(200).body());
        assertEquals("{\"transcription\":null}", post("/v1/transcribe", flac("silence"), "Authorization", d.bearer()).assertStatus(200).body());
        assertEquals(2, Db.count("SELECT count(*) FROM metric.stt_transcription WHERE account_id = ? AND NOT success", d.accountId()));
    }

    @Test
    void engineFailureIs502AndRecordedAsFailure() {
        DeviceFixture.Paired d = DeviceFixture.pair();
        post("/v1/stt?lang=en-US", flac("broken"), "Authorization", d.bearer()).assertJsonError(502);
        assertEquals(1, Db.count("SELECT count(*) FROM metric.stt_transcription WHERE account_id = ? AND NOT success", d.accountId()));
    }

    @Test
    void badRequestsAre4xxAndReachNoEngine_SeleneAnswered500() {
        DeviceFixture.Paired d = DeviceFixture.pair();
        int before = speech.received().size();
        post("/v1/stt", flac("x"), "Authorization", d.bearer()).assertJsonError(400);
        post("/v1/stt?lang=en-US", new byte[0], "Authorization", d.bearer()).assertJsonError(400);
        post("/v1/stt?lang=en%26key%3Dstolen", flac("x"), "Authorization", d.bearer()).assertJsonError(400);
        post("/v1/stt?lang=en-US", flac("x")).assertJsonError(401);
        post("/v1/transcribe", flac("x"), "Authorization", "Bearer nope").assertJsonError(401);
        assertEquals(before, speech.received().size());
        assertEquals(0, Db.count("SELECT count(*) FROM metric.stt_transcription WHERE account_id = ?", d.accountId()));
    }

    /** At most three transcriptions of one device in flight, so one device cannot take the upstream's ten places. */
    @Test
    void oneDeviceCannotTakeTheWholeUpstreamBulkhead() throws Exception {
        DeviceFixture.Paired d = DeviceFixture.pair();
        DeviceFixture.Paired other = DeviceFixture.pair();
        String marker = "held-" + d.deviceId();
        held = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(3);
        List<Future<Http.Reply>> running = new ArrayList<>();
        try {
            for (int i = 0; i < 3; i++) {
                running.add(pool.submit(() -> post("/v1/stt?lang=en-US", flac(marker), "Authorization", d.bearer())));
            }
            for (int i = 0; i < 1200 && receivedEndingWith(marker) < 3; i++) {
                Thread.sleep(100);
            }
            assertEquals(3, receivedEndingWith(marker), "three transcriptions reach the engine");
            Limits.assertLimited(post("/v1/stt?lang=en-US", flac(marker), "Authorization", d.bearer()), 60);
            assertEquals(3, receivedEndingWith(marker), "the refused one reaches no engine");
            post("/v1/stt?lang=en-US", flac("other"), "Authorization", other.bearer()).assertStatus(200);
        } finally {
            held.countDown();
            pool.shutdown();
        }
        for (Future<Http.Reply> transcription : running) {
            transcription.get(2, TimeUnit.MINUTES).assertStatus(200);
        }
        // each finished transcription gave its place back
        for (int i = 0; i < 4; i++) {
            post("/v1/stt?lang=en-US", flac("again"), "Authorization", d.bearer()).assertStatus(200);
        }
    }
}
