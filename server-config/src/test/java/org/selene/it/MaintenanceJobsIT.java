package org.selene.it;

import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The nightly maintenance jobs the EJB timers start, run here through the admin resource. */
@SeleneIT
class MaintenanceJobsIT {

    static final String REPORT_RECIPIENT = "reports@example.org";

    static void timing(UUID device, String insertTs, String json) {
        Db.update("INSERT INTO metric.core (device_id, metric_type, insert_ts, metric_value) VALUES (?, 'timing', CAST(? AS timestamp), CAST(? AS json))",
                device, insertTs, json);
    }

    @Test
    void coreMetricsOfADayAreFoldedIntoOneInteractionEachAndReRunsWriteNoDuplicates() throws Exception {
        UUID device = DeviceFixture.newDevice(DeviceFixture.newAccount(), "metrics-" + UUID.randomUUID());
        String id = "interaction-" + UUID.randomUUID();
        timing(device, "2026-01-15 10:00:00.1", "{\"id\":\"" + id + "\",\"system\":\"stt\",\"start_time\":1768471200.5,\"time\":0.4123456789,\"stt\":\"MycroftSTT\",\"transcription\":\"what time is it\"}");
        timing(device, "2026-01-15 10:00:00.2", "{\"id\":\"" + id + "\",\"system\":\"intent_service\",\"start_time\":1768471201.0,\"time\":0.05,\"intent_type\":\"TimeSkill:handle_query_time\"}");
        timing(device, "2026-01-15 10:00:00.3", "{\"id\":\"" + id + "\",\"system\":\"skill_handler\",\"start_time\":1768471201.1,\"time\":0.2,\"handler\":\"handle_query_time\"}");
        timing(device, "2026-01-15 10:00:00.4", "{\"id\":\"" + id + "\",\"system\":\"skill_handler\",\"start_time\":1768471201.2,\"time\":0.01,\"handler\":\"notify\"}");
        timing(device, "2026-01-15 10:00:00.5", "{\"id\":\"" + id + "\",\"system\":\"speech\",\"start_time\":1768471201.3,\"time\":0.3,\"tts\":\"Mimic\",\"utterance\":\"it is ten\"}");
        timing(device, "2026-01-15 10:00:00.6", "{\"id\":\"" + id + "\",\"system\":\"speech_playback\",\"start_time\":1768471202.0,\"time\":1.5}");
        // nothing heard: not an interaction; unknown id: ignored; another day: not parsed
        timing(device, "2026-01-15 10:00:00.7", "{\"id\":\"silent-" + id + "\",\"system\":\"intent_service\",\"start_time\":1768471300,\"time\":0.1,\"intent_type\":\"x\"}");
        timing(device, "2026-01-15 10:00:00.8", "{\"id\":\"unknown\",\"system\":\"stt\",\"start_time\":1768471300,\"time\":0.1,\"stt\":\"x\",\"transcription\":\"y\"}");
        timing(device, "2026-01-16 10:00:00.1", "{\"id\":\"next-" + id + "\",\"system\":\"stt\",\"start_time\":1768557600,\"time\":0.1,\"stt\":\"x\",\"transcription\":\"z\"}");

        JsonObject run = BatchJobsClient.run("core-metrics-parse", "{\"date\": \"2026-01-15\"}");
        assertEquals("COMPLETED", run.getString("batchStatus"), run.toString());
        List<Map<String, Object>> rows = Db.query("""
                SELECT core_id, start_ts::text AS start, stt_engine, stt_transcription, stt_duration::text AS stt_duration, intent_type, skill_handler,
                       skill_duration::text AS skill_duration, tts_engine, tts_utterance, speech_playback_duration::text AS playback, user_latency::text AS latency
                FROM metric.core_interaction WHERE device_id = ?""", device);
        assertEquals(1, rows.size(), rows.toString());
        Map<String, Object> i = rows.get(0);
        assertEquals(id, i.get("core_id"));
        assertEquals("2026-01-15 10:00:00.5", i.get("start"));
        assertEquals("MycroftSTT", i.get("stt_engine"));
        assertEquals("what time is it", i.get("stt_transcription"));
        assertEquals("0.412346", i.get("stt_duration"));
        assertEquals("TimeSkill:handle_query_time", i.get("intent_type"));
        assertEquals("handle_query_time", i.get("skill_handler"));
        assertEquals("0.200000", i.get("skill_duration"));
        assertEquals("it is ten", i.get("tts_utterance"));
        assertEquals("1.500000", i.get("playback"));
        assertEquals("1.500000", i.get("latency"));

        assertEquals("COMPLETED", BatchJobsClient.run("core-metrics-parse", "{\"date\": \"2026-01-15\"}").getString("batchStatus"));
        assertEquals(1, Db.count("SELECT count(*) FROM metric.core_interaction WHERE device_id = ?", device));
        assertTrue(Db.count("SELECT count(*) FROM metric.job WHERE job_name = 'core-metrics-parse' AND success AND command = 'core-metrics-parse date=2026-01-15'") >= 2);
        // parsed interactions go with their device (Selene's missing cascade blocked the delete)
        Db.update("DELETE FROM device.device WHERE id = ?", device);
        assertEquals(0, Db.count("SELECT count(*) FROM metric.core_interaction WHERE device_id = ?", device));
    }

    @Test
    void aBadDateFailsTheRunAndIsRecordedAsFailed() throws Exception {
        assertEquals("FAILED", BatchJobsClient.run("core-metrics-parse", "{\"date\": \"yesterday-ish\"}").getString("batchStatus"));
        assertEquals(1, Db.count("SELECT count(*) FROM metric.job WHERE job_name = 'core-metrics-parse' AND NOT success AND command = 'core-metrics-parse date=yesterday-ish'"));
    }

    static UUID wakeWordFile(String name, String status, Path directory) {
        UUID wakeWord = (UUID) Db.scalar("SELECT id FROM wake_word.wake_word ORDER BY name LIMIT 1");
        Db.update("INSERT INTO tagging.file_location (server, directory) VALUES (CAST('127.0.0.1' AS inet), ?) ON CONFLICT DO NOTHING", directory.toString());
        UUID location = (UUID) Db.scalar("SELECT id FROM tagging.file_location WHERE server = CAST('127.0.0.1' AS inet) AND directory = ?", directory.toString());
        UUID file = UUID.randomUUID();
        Db.update("INSERT INTO tagging.wake_word_file (id, name, wake_word_id, origin, file_location_id, account_id, status) "
                + "VALUES (?, ?, ?, 'mycroft', ?, ?, CAST(? AS tagging_file_status_enum))", file, name, wakeWord, location, UUID.randomUUID(), status);
        return file;
    }

    static void tag(UUID file, String tag, String value) {
        String tagger = Db.scalar("INSERT INTO tagging.tagger (entity_type, entity_id) VALUES ('account', ?) RETURNING id", UUID.randomUUID().toString()).toString();
        UUID session = (UUID) Db.scalar("INSERT INTO tagging.session (tagger_id, session_ts_range) VALUES (?, tsrange(now()::timestamp, NULL)) RETURNING id", tagger);
        Db.update("""
                INSERT INTO tagging.wake_word_file_tag (wake_word_file_id, session_id, tag_id, tag_value_id)
                SELECT ?, ?, t.id, v.id FROM tagging.tag t JOIN tagging.tag_value v ON v.tag_id = t.id WHERE t.name = ? AND v.value = ?""", file, session, tag, value);
    }

    @Test
    void aTagValueChosenTwiceByOverThreeQuartersBecomesTheDesignation() throws Exception {
        Path dir = Path.of("target/it/data/wake-word/designation").toAbsolutePath();
        UUID agreed = wakeWordFile(UUID.randomUUID() + ".wav", "stored", dir);
        tag(agreed, "gender", "female");
        tag(agreed, "gender", "female");
        tag(agreed, "gender", "female");
        tag(agreed, "speaking", "yes"); // once only: no designation yet
        UUID split = wakeWordFile(UUID.randomUUID() + ".wav", "stored", dir);
        tag(split, "gender", "female");
        tag(split, "gender", "female");
        tag(split, "gender", "male");

        assertEquals("COMPLETED", BatchJobsClient.run("wake-word-designation", null).getString("batchStatus"));
        assertEquals(List.of(Map.of("tag", "gender", "value", "female")), Db.query("""
                SELECT t.name AS tag, v.value FROM tagging.wake_word_file_designation d JOIN tagging.tag t ON t.id = d.tag_id
                JOIN tagging.tag_value v ON v.id = d.tag_value_id WHERE d.wake_word_file_id = ?""", agreed));
        assertEquals(0, Db.count("SELECT count(*) FROM tagging.wake_word_file_designation WHERE wake_word_file_id = ?", split));
        assertEquals("COMPLETED", BatchJobsClient.run("wake-word-designation", null).getString("batchStatus"));
        assertEquals(1, Db.count("SELECT count(*) FROM tagging.wake_word_file_designation WHERE wake_word_file_id = ?", agreed));
    }

    @Test
    void samplesPendingDeleteLoseTheirFileAndRowsOthersStay() throws Exception {
        Path dataDir = Path.of(SeleneServerExtension.server().serverEnvironment().get("SELENE_DATA_DIR"));
        Path dir = dataDir.resolve("wake-word").resolve("deletion-" + UUID.randomUUID());
        Files.createDirectories(dir);
        String doomedName = UUID.randomUUID() + ".wav";
        String keptName = UUID.randomUUID() + ".wav";
        Files.write(dir.resolve(doomedName), new byte[]{1, 2, 3});
        Files.write(dir.resolve(keptName), new byte[]{4, 5, 6});
        UUID doomed = wakeWordFile(doomedName, "pending delete", dir);
        tag(doomed, "gender", "male");
        UUID kept = wakeWordFile(keptName, "stored", dir);

        JsonObject run = BatchJobsClient.run("wake-word-deletion", null);
        assertEquals("COMPLETED", run.getString("batchStatus"), run.toString());
        assertFalse(Files.exists(dir.resolve(doomedName)));
        assertEquals(0, Db.count("SELECT count(*) FROM tagging.wake_word_file WHERE id = ?", doomed));
        assertEquals(0, Db.count("SELECT count(*) FROM tagging.wake_word_file_tag WHERE wake_word_file_id = ?", doomed));
        assertTrue(Files.exists(dir.resolve(keptName)));
        assertEquals(1, Db.count("SELECT count(*) FROM tagging.wake_word_file WHERE id = ?", kept));
    }

    static UUID accountCreatedAt(String insertTs) {
        UUID id = UUID.randomUUID();
        Db.update("INSERT INTO account.account (id, email_address, insert_ts) VALUES (?, ?, CAST(? AS timestamp))", id, "report-" + id + "@example.org", insertTs);
        return id;
    }

    static void membership(UUID account, String type, String range) {
        Db.update("""
                INSERT INTO account.account_membership (account_id, membership_id, membership_ts_range, payment_method, payment_account_id, payment_id)
                SELECT ?, id, CAST(? AS tsrange), 'Stripe', 'cus_report', 'sub_report' FROM account.membership WHERE type = CAST(? AS membership_type_enum)""",
                account, range, type);
    }

    /**
     * The report of a day in 1971, when only this test's accounts existed, so every count is known
     * from the rows written here: three accounts by the end of 1 March (one from 20 February), a
     * fourth the next day; a monthly membership from 1 March, a yearly one from 21 February that
     * ended on 1 March.
     */
    @Test
    void theDailyReportCountsAccountsAndMembershipsAndIsMailedToTheConfiguredRecipient() throws Exception {
        MailStandIn.server();
        UUID february = accountCreatedAt("1971-02-20 10:00");
        UUID morning = accountCreatedAt("1971-03-01 09:00");
        UUID evening = accountCreatedAt("1971-03-01 18:00");
        UUID nextDay = accountCreatedAt("1971-03-02 01:00");
        try {
            membership(morning, "Monthly Membership", "[1971-03-01 12:00,)");
            membership(february, "Yearly Membership", "[1971-02-21 00:00,1971-03-01 06:00)");
            JsonObject run = BatchJobsClient.run("daily-report", "{\"date\": \"1971-03-02\"}");
            assertEquals("COMPLETED", run.getString("batchStatus"), run.toString());
            MimeMessage mail = null;
            for (int i = 0; i < 100 && mail == null; i++) {
                mail = MailStandIn.messagesTo(REPORT_RECIPIENT).stream()
                        .filter(m -> subject(m).equals("Selene Daily Report - 1971-03-02")).findFirst().orElse(null);
                if (mail == null) {
                    Thread.sleep(100);
                }
            }
            assertNotNull(mail, "no report mail reached " + REPORT_RECIPIENT);
            String body = com.icegreen.greenmail.util.GreenMailUtil.getBody(mail);
            assertTrue(body.contains("Accounts and memberships on 1971-03-01"), body);
            for (String line : List.of(
                    "User: current=3 oneDay=1 oneDayDelta=2 oneDayMinus=0 fifteenDays=0 fifteenDaysDelta=3 fifteenDaysMinus=0 thirtyDays=0 thirtyDaysDelta=3 thirtyDaysMinus=0",
                    "Monthly Account: current=1 oneDay=0 oneDayDelta=1 oneDayMinus=0 fifteenDays=0 fifteenDaysDelta=1 fifteenDaysMinus=0 thirtyDays=0 thirtyDaysDelta=1 thirtyDaysMinus=0",
                    "Yearly Account: current=0 oneDay=1 oneDayDelta=0 oneDayMinus=1 fifteenDays=0 fifteenDaysDelta=1 fifteenDaysMinus=1 thirtyDays=0 thirtyDaysDelta=1 thirtyDaysMinus=1",
                    "Paid Account: current=1 oneDay=1 oneDayDelta=1 oneDayMinus=1 fifteenDays=0 fifteenDaysDelta=2 fifteenDaysMinus=1 thirtyDays=0 thirtyDaysDelta=2 thirtyDaysMinus=1")) {
                assertTrue(body.contains(line), "expected '" + line + "' in " + body);
            }
            assertEquals(1, Db.count("SELECT count(*) FROM metric.job WHERE job_name = 'daily-report' AND success AND command = 'daily-report date=1971-03-02'"));
        } finally {
            Db.update("DELETE FROM account.account WHERE id IN (?, ?, ?, ?)", february, morning, evening, nextDay);
        }
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
