-- What Selene kept in Redis gets tables of its own; tokens are stored only as SHA-256 hashes.
CREATE TABLE device.pairing_code (
    id                 uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    code               text NOT NULL UNIQUE,
    pairing_token_hash text NOT NULL UNIQUE,
    state              text NOT NULL,
    packaging          text,
    device_id          uuid REFERENCES device.device ON DELETE CASCADE,
    expires_ts         timestamp NOT NULL,
    insert_ts          timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP
);
CREATE INDEX pairing_code_expires_ts_idx ON device.pairing_code (expires_ts);

CREATE TABLE device.device_session (
    id                 uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    device_id          uuid NOT NULL REFERENCES device.device ON DELETE CASCADE,
    access_token_hash  text NOT NULL UNIQUE,
    refresh_token_hash text NOT NULL UNIQUE,
    access_expires_ts  timestamp NOT NULL,
    refresh_expires_ts timestamp NOT NULL,
    insert_ts          timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP
);
CREATE INDEX device_session_device_id_idx ON device.device_session (device_id);

CREATE TABLE device.resource_etag (
    etag_key  text PRIMARY KEY,
    etag      char(32) NOT NULL,
    insert_ts timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- reference data Selene's bootstrap left to manual steps
INSERT INTO wake_word.wake_word (name, engine) VALUES ('hey mycroft', 'precise') ON CONFLICT DO NOTHING;
INSERT INTO wake_word.pocketsphinx_settings (wake_word_id, account_id, sample_rate, channels, pronunciation,
        threshold, threshold_multiplier, dynamic_energy_ratio)
    SELECT id, NULL, 16000, 1, 'HH EY . M AY K R AO F T', '1e-90', 1.0, 1.5
    FROM wake_word.wake_word WHERE name = 'hey mycroft' AND engine = 'precise';

INSERT INTO tagging.tag (name, title, instructions, priority) VALUES
    ('speaking', 'Is anyone speaking?', 'Listen for a human voice.', 1),
    ('wake word', 'Is the wake word spoken?', 'Listen for the wake word itself.', 2),
    ('gender', 'How does the speaker sound?', 'Choose what the voice sounds like.', 3),
    ('age', 'How old does the speaker sound?', 'Choose the apparent age of the speaker.', 4),
    ('background noise', 'Is there background noise?', 'Listen for noise other than the speaker.', 5)
ON CONFLICT DO NOTHING;

INSERT INTO tagging.tag_value (tag_id, value, display)
SELECT t.id, v.value, v.display FROM tagging.tag t JOIN (VALUES
    ('speaking', 'no', 'NO, JUST NOISE'), ('speaking', 'yes', 'YES, SPEAKING'),
    ('wake word', 'no', 'NO'), ('wake word', 'similar', 'SIMILAR'), ('wake word', 'multiple', 'MULTIPLE'), ('wake word', 'yes', 'YES'),
    ('gender', 'male', 'MASCULINE'), ('gender', 'neutral', 'NEUTRAL'), ('gender', 'female', 'FEMININE'),
    ('age', 'child', 'CHILD'), ('age', 'unsure', 'UNSURE'), ('age', 'adult', 'ADULT'),
    ('background noise', 'no', 'NO'), ('background noise', 'some', 'SOME'), ('background noise', 'yes', 'YES')
) AS v(tag, value, display) ON v.tag = t.name
ON CONFLICT DO NOTHING;
