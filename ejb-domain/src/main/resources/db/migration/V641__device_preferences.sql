-- What one device overrides of its account's preferences (the OVOS personal backend's device
-- record): a NULL column means the account's value, or else the server-wide default.
CREATE TABLE device.device_preferences (
    device_id   uuid PRIMARY KEY REFERENCES device.device ON DELETE CASCADE,
    opt_in      boolean,
    email       text,
    lang        text,
    date_format text CHECK (date_format IN ('DMY', 'MDY')),
    time_format text CHECK (time_format IN ('full', 'half')),
    system_unit text CHECK (system_unit IN ('metric', 'imperial')),
    tts_module  text,
    tts_config  jsonb,
    wake_word   text,
    ww_config   jsonb,
    location    jsonb,
    -- the admin API's voice and wake-word definitions the device's TTS and wake word were taken from
    voice_id    text,
    ww_id       text,
    update_ts   timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP
);
