package org.selene.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The retention job: telemetry older than SELENE_RETENTION_DAYS (90 by default, as on the suite's
 * server) goes, newer stays; expired device sessions, pairing codes and e-mail verification tokens
 * go, live ones stay. Run through the admin resource and recorded in metric.job like the others.
 */
@SeleneIT
class RetentionIT {

    private static final String OLD = "(now() AT TIME ZONE 'UTC') - interval '91 days'";
    private static final String RECENT = "(now() AT TIME ZONE 'UTC') - interval '89 days'";

    @Test
    void oldTelemetryAndExpiredTokensGoRecentAndLiveOnesStay() throws Exception {
        DeviceFixture.Paired device = DeviceFixture.pair();
        UUID account = device.accountId();
        for (int i = 0; i < 5; i++) {
            Db.update("INSERT INTO metric.core (device_id, metric_type, insert_ts, metric_value) VALUES (?, 'timing', " + OLD + " - ? * interval '1 second', '{}')",
                    device.deviceId(), i);
            Db.update("INSERT INTO metric.stt_transcription (account_id, engine, success, insert_ts) VALUES (?, 'it', true, " + OLD + " - ? * interval '1 second')",
                    account, i);
        }
        Db.update("INSERT INTO metric.core (device_id, metric_type, insert_ts, metric_value) VALUES (?, 'timing', " + RECENT + ", '{}')", device.deviceId());
        Db.update("INSERT INTO metric.stt_transcription (account_id, engine, success, insert_ts) VALUES (?, 'it', true, " + RECENT + ")", account);
        Db.update("INSERT INTO metric.core_interaction (device_id, core_id, start_ts) VALUES (?, 'old', " + OLD + "), (?, 'recent', " + RECENT + ")",
                device.deviceId(), device.deviceId());
        Db.update("INSERT INTO metric.api (http_method, http_status, duration, access_ts, api, url, device_id) VALUES "
                + "('GET', '200', 1, " + OLD + ", 'it-retention', '/old', ?), ('GET', '200', 1, " + RECENT + ", 'it-retention', '/recent', ?)",
                device.deviceId(), device.deviceId());
        // the device's live session stays; an expired one of the same device goes
        String expired = UUID.randomUUID().toString();
        Db.update("INSERT INTO device.device_session (device_id, access_token_hash, refresh_token_hash, access_expires_ts, refresh_expires_ts) "
                + "VALUES (?, ?, ?, now() AT TIME ZONE 'UTC' - interval '2 days', now() AT TIME ZONE 'UTC' - interval '1 day')", device.deviceId(), "a" + expired, "r" + expired);
        String expiredCode = "X" + expired.substring(0, 5).toUpperCase();
        Db.update("INSERT INTO device.pairing_code (code, pairing_token_hash, state, expires_ts) VALUES (?, ?, 'it', now() AT TIME ZONE 'UTC' - interval '1 minute')",
                expiredCode, "p" + expired);
        DeviceFixture.Code live = DeviceFixture.requestCode();
        Db.update("INSERT INTO account.email_change (token_hash, account_id, email_address, expires_ts) VALUES "
                + "(?, ?, 'old@example.org', now() AT TIME ZONE 'UTC' - interval '1 hour'), (?, ?, 'live@example.org', now() AT TIME ZONE 'UTC' + interval '1 hour')",
                "e" + expired, account, "l" + expired, account);

        // batches of 2: the five old rows of a table take three DELETEs
        JsonObject run = BatchJobsClient.run("retention", "{\"batchSize\": \"2\"}");
        assertEquals("COMPLETED", run.getString("batchStatus"), run.toString());
        assertTrue(run.getString("exitStatus").contains("days=90"), run.toString());

        assertEquals(1, Db.count("SELECT count(*) FROM metric.core WHERE device_id = ?", device.deviceId()));
        assertEquals(1, Db.count("SELECT count(*) FROM metric.stt_transcription WHERE account_id = ?", account));
        assertEquals(1, Db.count("SELECT count(*) FROM metric.stt_transcription WHERE account_id = ? AND insert_ts > " + OLD, account));
        assertEquals("recent", Db.scalar("SELECT core_id FROM metric.core_interaction WHERE device_id = ?", device.deviceId()));
        assertEquals("/recent", Db.scalar("SELECT url FROM metric.api WHERE api = 'it-retention'"));
        assertEquals(0, Db.count("SELECT count(*) FROM metric.core WHERE insert_ts < " + OLD + " + interval '1 minute'"));

        assertEquals(0, Db.count("SELECT count(*) FROM device.device_session WHERE refresh_token_hash = ?", "r" + expired));
        assertEquals(1, Db.count("SELECT count(*) FROM device.device_session WHERE device_id = ?", device.deviceId()));
        Http.get("/v1/device/" + device.deviceId(), "Authorization", device.bearer()).assertStatus(200);
        assertEquals(0, Db.count("SELECT count(*) FROM device.pairing_code WHERE code = ?", expiredCode));
        assertEquals(1, Db.count("SELECT count(*) FROM device.pairing_code WHERE code = ?", live.code()));
        assertEquals(1, Db.count("SELECT count(*) FROM account.email_change WHERE account_id = ?", account));
        assertEquals("live@example.org", Db.scalar("SELECT email_address FROM account.email_change WHERE account_id = ?", account));

        assertEquals(1, Db.count("SELECT count(*) FROM metric.job WHERE job_name = 'retention' AND success AND command = 'retention batchSize=2'"));
    }
}
