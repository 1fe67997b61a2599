package org.selene.batch.maintenance;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonObject;
import org.selene.domain.shared.JsonText;
import jakarta.json.JsonValue;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Folds the timing metrics devices reported on a day into metric.core_interaction, one row per
 * interaction. Upserts on (device_id, core_id), so a re-run or a restart writes no duplicates.
 */
@Named("coreMetricsBatchlet")
@Dependent
public class CoreMetricsBatchlet extends AbstractBatchlet {

    @Inject
    DataSource dataSource;

    @Inject
    @BatchProperty
    String date;

    @Inject
    JobContext job;

    @Override
    public String process() throws Exception {
        LocalDate day = BatchDate.orYesterday(date);
        int read = 0;
        int written = 0;
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement select = c.prepareStatement("""
                    SELECT device_id, metric_value::text FROM metric.core
                    WHERE metric_type = 'timing' AND insert_ts >= ? AND insert_ts < ?
                      AND coalesce(metric_value->>'id', 'null') NOT IN ('unknown', 'null')
                    ORDER BY device_id, metric_value->>'id',
                             CASE WHEN metric_value->>'start_time' ~ '^[0-9]+(\\.[0-9]+)?$' THEN (metric_value->>'start_time')::numeric END, insert_ts""");
                 PreparedStatement upsert = c.prepareStatement(UPSERT)) {
                select.setTimestamp(1, Timestamp.valueOf(day.atStartOfDay()));
                select.setTimestamp(2, Timestamp.valueOf(day.plusDays(1).atStartOfDay()));
                CoreInteraction current = null;
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        read++;
                        UUID device = (UUID) rs.getObject(1);
                        JsonObject metric = parse(rs.getString(2));
                        if (metric == null) {
                            continue;
                        }
                        String id = CoreInteraction.interactionId(metric);
                        if (current == null || !current.deviceId.equals(device) || !current.coreId.equals(id)) {
                            written += store(upsert, current);
                            current = new CoreInteraction(device, metric);
                        }
                        current.add(metric);
                    }
                }
                written += store(upsert, current);
                upsert.executeBatch();
            }
            c.commit();
        }
        String summary = "date=" + day + " metrics=" + read + " interactions=" + written;
        job.setExitStatus(summary);
        return summary;
    }

    private static final String UPSERT = """
            INSERT INTO metric.core_interaction (device_id, core_id, start_ts, stt_engine, stt_transcription, stt_duration, intent_type, intent_duration,
                fallback_handler_duration, skill_handler, skill_duration, tts_engine, tts_utterance, tts_duration, speech_playback_duration, user_latency)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (device_id, core_id) DO UPDATE SET start_ts = excluded.start_ts, stt_engine = excluded.stt_engine,
                stt_transcription = excluded.stt_transcription, stt_duration = excluded.stt_duration, intent_type = excluded.intent_type,
                intent_duration = excluded.intent_duration, fallback_handler_duration = excluded.fallback_handler_duration,
                skill_handler = excluded.skill_handler, skill_duration = excluded.skill_duration, tts_engine = excluded.tts_engine,
                tts_utterance = excluded.tts_utterance, tts_duration = excluded.tts_duration,
                speech_playback_duration = excluded.speech_playback_duration, user_latency = excluded.user_latency""";

    private static int store(PreparedStatement s, CoreInteraction i) throws Exception {
        if (i == null || !i.worthKeeping()) {
            return 0;
        }
        s.setObject(1, i.deviceId);
        s.setString(2, i.coreId);
        s.setTimestamp(3, Timestamp.valueOf(i.start));
        s.setString(4, i.sttEngine);
        s.setString(5, i.sttTranscription);
        decimal(s, 6, i.sttDuration);
        s.setString(7, i.intentType);
        decimal(s, 8, i.intentDuration);
        decimal(s, 9, i.fallbackHandlerDuration);
        s.setString(10, i.skillHandler);
        decimal(s, 11, i.skillDuration);
        s.setString(12, i.ttsEngine);
        s.setString(13, i.ttsUtterance);
        decimal(s, 14, i.ttsDuration);
        decimal(s, 15, i.speechPlaybackDuration);
        decimal(s, 16, i.userLatency);
        s.addBatch();
        return 1;
    }

    private static void decimal(PreparedStatement s, int index, BigDecimal value) throws Exception {
        if (value == null) {
            s.setNull(index, Types.NUMERIC);
        } else {
            s.setBigDecimal(index, value);
        }
    }

    private static JsonObject parse(String json) {
        try {
            JsonValue value = JsonText.parse(json);
            return value instanceof JsonObject o ? o : null;
        } catch (RuntimeException e) {
            return null;
        }
    }
}
