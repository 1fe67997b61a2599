-- Wake words and utterances a device recorded, kept for its owner (the personal backend's
-- ww_recs / voice_recs) when the device opts in. The audio is a file under the data directory:
-- recordings/<device_id>/<file_name>. The number is the n of the admin API's id
-- "@<uuid>|<transcription>|<n>": from a sequence, so it is never reused after a deletion (the
-- personal backend counted rows, and ids collided once one was deleted).
CREATE TABLE device.recording (
    number        bigserial PRIMARY KEY,
    device_id     uuid      NOT NULL REFERENCES device.device ON DELETE CASCADE,
    kind          text      NOT NULL CHECK (kind IN ('utterance', 'wake_word')),
    transcription text      NOT NULL,
    metadata      jsonb     NOT NULL DEFAULT '{}',
    audio_tag     text,
    speaker_tag   text,
    file_name     text      NOT NULL,
    insert_ts     timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP
);
CREATE INDEX recording_device_kind_idx ON device.recording (device_id, kind);
