package org.selene.batch.maintenance;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.UUID;

/**
 * One user interaction folded from the timing metrics a device reported for it (Selene's
 * parse_core_metrics): speech-to-text, intent, fallback, skill handler, text-to-speech and
 * playback, plus the latency the person felt (playback start − stt start).
 */
final class CoreInteraction {

    private static final Set<String> SKIPPED_HANDLERS = Set.of("reset", "notify", "prime", "stop_laugh");

    final UUID deviceId;
    final String coreId;
    final LocalDateTime start;
    String sttEngine;
    String sttTranscription;
    BigDecimal sttDuration;
    String intentType;
    BigDecimal intentDuration;
    BigDecimal fallbackHandlerDuration;
    String skillHandler;
    BigDecimal skillDuration;
    String ttsEngine;
    String ttsUtterance;
    BigDecimal ttsDuration;
    BigDecimal speechPlaybackDuration;
    BigDecimal userLatency;
    private BigDecimal sttStart;
    private BigDecimal playbackStart;

    CoreInteraction(UUID deviceId, JsonObject first) {
        this.deviceId = deviceId;
        this.coreId = text(first, "id");
        BigDecimal startTime = number(first, "start_time");
        this.start = startTime == null ? null
                : LocalDateTime.ofInstant(Instant.ofEpochMilli(startTime.movePointRight(3).longValue()), ZoneOffset.UTC);
    }

    /** The interaction a timing metric belongs to; null for those Selene ignores. */
    static String interactionId(JsonObject metric) {
        String id = text(metric, "id");
        return id == null || id.equals("unknown") || id.equals("null") ? null : id;
    }

    void add(JsonObject metric) {
        BigDecimal duration = number(metric, "time");
        if (duration != null) {
            duration = duration.setScale(6, RoundingMode.HALF_EVEN);
        }
        switch (String.valueOf(text(metric, "system"))) {
            case "stt" -> {
                sttEngine = text(metric, "stt");
                sttTranscription = text(metric, "transcription");
                sttDuration = duration;
                sttStart = number(metric, "start_time");
            }
            case "intent_service" -> {
                intentType = text(metric, "intent_type");
                intentDuration = duration;
            }
            case "fallback_handler" -> fallbackHandlerDuration = duration;
            case "skill_handler" -> {
                String handler = text(metric, "handler");
                if (!SKIPPED_HANDLERS.contains(handler)) {
                    skillHandler = handler;
                    skillDuration = duration;
                }
            }
            case "speech" -> {
                ttsEngine = text(metric, "tts");
                ttsUtterance = text(metric, "utterance");
                ttsDuration = duration;
            }
            case "speech_playback" -> {
                speechPlaybackDuration = duration;
                playbackStart = number(metric, "start_time");
            }
            default -> {
            }
        }
        if (sttStart != null && playbackStart != null) {
            userLatency = playbackStart.subtract(sttStart).setScale(6, RoundingMode.HALF_EVEN);
        }
    }

    /** Only interactions with something heard are kept. */
    boolean worthKeeping() {
        return sttTranscription != null && start != null;
    }

    private static String text(JsonObject o, String key) {
        JsonValue v = o.get(key);
        if (v instanceof JsonString s) {
            return s.getString();
        }
        return v == null || v.getValueType() == JsonValue.ValueType.NULL ? null : v.toString();
    }

    private static BigDecimal number(JsonObject o, String key) {
        JsonValue v = o.get(key);
        if (v instanceof JsonNumber n) {
            return n.bigDecimalValue();
        }
        if (v instanceof JsonString s) {
            try {
                return new BigDecimal(s.getString());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }
}
