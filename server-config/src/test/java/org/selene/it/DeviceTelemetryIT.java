package org.selene.it;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Metrics and wake-word samples (docs/device-api.md §6.18, §6.19). */
@SeleneIT
class DeviceTelemetryIT {

    @Test
    void metricIsStoredAndCountsAccountActivity_SeleneCommentedInsertRestored() {
        DeviceFixture.Paired d = DeviceFixture.pair();
        // the scenario's "user opted into the open dataset": a device's metrics are kept only then
        openDataset(d.accountId());
        Http.post(d.path("/metric/timing"), "{\"id\":\"abc\",\"system\":\"stt\",\"start_time\":1.5,\"time\":0.3}", "Authorization", d.bearer()).assertStatus(204);
        Http.post(d.path("/metric/some/nested/name"), "[1,2]", "Authorization", d.bearer()).assertStatus(204);
        assertEquals(1, Db.count("SELECT count(*) FROM metric.core WHERE device_id = ? AND metric_type = 'timing' AND metric_value->>'system' = 'stt'", d.deviceId()));
        assertEquals(1, Db.count("SELECT count(*) FROM metric.core WHERE device_id = ? AND metric_type = 'some/nested/name'", d.deviceId()));
        assertTrue(Db.scalar("SELECT last_activity_ts FROM account.account WHERE id = ?", d.accountId()) != null);
        assertTrue(Db.count("SELECT accounts_active FROM metric.account_activity WHERE activity_dt = (now() AT TIME ZONE 'UTC')::date") >= 1);
    }

    @Test
    void malformedMetricIs400() {
        DeviceFixture.Paired d = DeviceFixture.pair();
        Http.post(d.path("/metric/timing"), "{oops", "Authorization", d.bearer()).assertJsonError(400);
        Http.post(d.path("/metric/timing"), "{}", "Authorization", "Bearer nope").assertJsonError(401);
        assertEquals(0, Db.count("SELECT count(*) FROM metric.core WHERE device_id = ?", d.deviceId()));
    }

    static HttpRequest.BodyPublisher multipart(String boundary, byte[] audio, String metadata) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (audio != null) {
            out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"audio\"; filename=\"sample.wav\"\r\n"
                    + "Content-Type: audio/wav\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            out.writeBytes(audio);
            out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        if (metadata != null) {
            out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"metadata\"; filename=\"metadata.json\"\r\n"
                    + "Content-Type: application/json\r\n\r\n" + metadata + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return HttpRequest.BodyPublishers.ofByteArray(out.toByteArray());
    }

    static Http.Reply upload(DeviceFixture.Paired d, byte[] audio, String metadata) {
        return Http.sendBody("POST", d.path("/wake-word-file"), multipart("XyZ123", audio, metadata),
                "Authorization", d.bearer(), "Content-Type", "multipart/form-data; boundary=XyZ123");
    }

    static final String METADATA = "{\"wake_word\":\"hey-mycroft\",\"engine\":\"precise\",\"timestamp\":\"1669220000\",\"model\":\"hey-mycroft.pb\"}";

    @Test
    void sampleIsKeptOnlyWithOpenDatasetOptIn() throws Exception {
        DeviceFixture.Paired d = DeviceFixture.pair();
        byte[] audio = ("RIFF" + d.deviceId()).getBytes(StandardCharsets.UTF_8);
        assertEquals("\"Wake word sample uploaded successfully\"", upload(d, audio, METADATA).assertStatus(200).body());
        assertEquals(0, Db.count("SELECT count(*) FROM tagging.wake_word_file WHERE account_id = ?", d.accountId()));
        assertEquals(0, filesHolding(audio), "a sample without the owner's opt-in was written to disk");

        openDataset(d.accountId());
        upload(d, audio, METADATA).assertStatus(200);
        upload(d, audio, METADATA).assertStatus(200);
        var rows = Db.query("SELECT f.name, f.origin::text AS origin, f.status::text AS status, l.directory FROM tagging.wake_word_file f "
                + "JOIN tagging.file_location l ON l.id = f.file_location_id WHERE f.account_id = ? ORDER BY length(f.name), f.name", d.accountId());
        assertEquals(2, rows.size(), "a second identical sample gets a suffixed name");
        String name = rows.get(0).get("name").toString();
        assertTrue(name.matches("[0-9a-f]{40}\\.wav"), name);
        assertTrue(rows.get(1).get("name").toString().matches("[0-9a-f]{40}\\.0\\.wav"));
        assertEquals("mycroft", rows.get(0).get("origin"));
        assertEquals("uploaded", rows.get(0).get("status"));
        Path stored = Path.of(rows.get(0).get("directory").toString(), name);
        assertTrue(stored.toString().endsWith("wake-word/hey-mycroft/" + name), stored.toString());
        assertEquals(new String(audio, StandardCharsets.UTF_8), Files.readString(stored));
        assertEquals(2, filesHolding(audio));
    }

    static void openDataset(java.util.UUID account) {
        Db.update("INSERT INTO account.account_agreement (account_id, agreement_id, accept_date) SELECT ?, id, current_date FROM account.agreement WHERE agreement = 'Open Dataset'", account);
    }

    @Test
    void metricOfADeviceNotOptedInIsNotStoredButStillCountsActivity() {
        DeviceFixture.Paired d = DeviceFixture.pair();
        Http.post(d.path("/metric/timing"), "{\"id\":\"abc\"}", "Authorization", d.bearer()).assertStatus(204);
        assertEquals(0, Db.count("SELECT count(*) FROM metric.core WHERE device_id = ?", d.deviceId()));
        assertTrue(Db.scalar("SELECT last_activity_ts FROM account.account WHERE id = ?", d.accountId()) != null);
    }

    /** Files under the data directory's wake-word/ whose content is exactly these bytes. */
    private static long filesHolding(byte[] content) throws java.io.IOException {
        Path samples = Path.of(SeleneServerExtension.server().serverEnvironment().get("SELENE_DATA_DIR"), "wake-word");
        if (!Files.exists(samples)) {
            return 0;
        }
        try (var files = Files.walk(samples)) {
            return files.filter(Files::isRegularFile).filter(f -> {
                try {
                    return java.util.Arrays.equals(content, Files.readAllBytes(f));
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).count();
        }
    }

    @Test
    void incompleteUploadsAre400() {
        DeviceFixture.Paired d = DeviceFixture.pair();
        upload(d, null, METADATA).assertJsonError(400);
        upload(d, "RIFF".getBytes(StandardCharsets.UTF_8), null).assertJsonError(400);
        upload(d, "RIFF".getBytes(StandardCharsets.UTF_8), "{\"wake_word\":\"x\"}").assertJsonError(400);
        upload(d, "RIFF".getBytes(StandardCharsets.UTF_8), "not json").assertJsonError(400);
    }
}
