-- Voices and wake words as the OVOS personal backend's admin API defines them (ids computed as
-- ovos-plugin-manager does: <plugin>_<lang>_<md5 of the config>, <plugin>_<name>_<md5 of the config>).
CREATE TABLE device.voice_definition (
    voice_id   text PRIMARY KEY,
    plugin     text NOT NULL,
    lang       text NOT NULL,
    tts_config jsonb NOT NULL DEFAULT '{}',
    name       text,
    offline    boolean NOT NULL DEFAULT false,
    gender     text,
    insert_ts  timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE device.wake_word_definition (
    ww_id     text PRIMARY KEY,
    name      text NOT NULL,
    lang      text NOT NULL,
    plugin    text NOT NULL,
    ww_config jsonb NOT NULL DEFAULT '{}',
    insert_ts timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP
);
