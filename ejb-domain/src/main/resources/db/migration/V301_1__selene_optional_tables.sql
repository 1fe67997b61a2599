-- Selene ships the DDL of metric.core_interaction but its bootstrap never creates the table, so an
-- adopted Selene database may lack it; V302 and the core-metrics-parse job need it. Created here
-- with Selene's own definition where missing; a database that has it is left alone.
CREATE TABLE IF NOT EXISTS metric.core_interaction (
    id                        uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    device_id                 uuid NOT NULL REFERENCES device.device,
    core_id                   text NOT NULL,
    start_ts                  timestamp NOT NULL,
    stt_engine                text,
    stt_transcription         text,
    stt_duration              numeric,
    intent_type               text,
    intent_duration           numeric,
    fallback_handler_duration numeric,
    skill_handler             text,
    skill_duration            numeric,
    tts_engine                text,
    tts_utterance             text,
    tts_duration              numeric,
    speech_playback_duration  numeric,
    user_latency              numeric,
    insert_ts                 timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
    UNIQUE (device_id, core_id)
);
