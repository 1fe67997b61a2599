-- The retention job deletes telemetry by age in small batches; without these each batch scanned
-- the whole table. Not CONCURRENTLY: Flyway keeps a transaction open on its own connection during
-- migration, which such a build waits for forever.
CREATE INDEX IF NOT EXISTS core_insert_ts_idx ON metric.core (insert_ts);
CREATE INDEX IF NOT EXISTS core_interaction_start_ts_idx ON metric.core_interaction (start_ts);
CREATE INDEX IF NOT EXISTS stt_transcription_insert_ts_idx ON metric.stt_transcription (insert_ts);
CREATE INDEX IF NOT EXISTS device_session_refresh_expires_ts_idx ON device.device_session (refresh_expires_ts);
