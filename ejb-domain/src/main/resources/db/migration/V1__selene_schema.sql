-- Selene's data model (schemas, enum types, tables, constraints) with Selene's own names,
-- so an existing Selene database can be adopted in place (see DatabaseMigration).
CREATE EXTENSION IF NOT EXISTS pgcrypto;
CREATE EXTENSION IF NOT EXISTS btree_gist;

CREATE TYPE agreement_enum AS ENUM ('Privacy Policy', 'Terms of Use', 'Open Dataset');
CREATE TYPE category_enum AS ENUM ('Daily', 'Configuration', 'Entertainment', 'Information', 'IoT',
    'Music and Audio', 'Media', 'Productivity', 'Transport');
CREATE TYPE core_version_enum AS ENUM ('18.08', '19.02', '19.08', '20.02', '20.08', '21.02', '21.08');
CREATE TYPE date_format_enum AS ENUM ('DD/MM/YYYY', 'MM/DD/YYYY');
CREATE TYPE measurement_system_enum AS ENUM ('Imperial', 'Metric');
CREATE TYPE membership_type_enum AS ENUM ('Monthly Membership', 'Yearly Membership');
CREATE TYPE payment_method_enum AS ENUM ('Stripe', 'PayPal');
CREATE TYPE tagger_type_enum AS ENUM ('account', 'automated');
CREATE TYPE tagging_file_origin_enum AS ENUM ('mycroft', 'selene', 'manual');
CREATE TYPE tagging_file_status_enum AS ENUM ('uploaded', 'stored', 'pending delete', 'deleted');
CREATE TYPE time_format_enum AS ENUM ('12 Hour', '24 Hour');
CREATE TYPE tts_engine_enum AS ENUM ('google', 'mimic');

CREATE SCHEMA account;
CREATE SCHEMA skill;
CREATE SCHEMA device;
CREATE SCHEMA geography;
CREATE SCHEMA metric;
CREATE SCHEMA tagging;
CREATE SCHEMA wake_word;

-- account ------------------------------------------------------------------------------
CREATE TABLE account.account (
    id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    email_address    text NOT NULL UNIQUE,
    username         text UNIQUE,
    password         text,
    insert_ts        timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
    last_activity_ts timestamp
);

CREATE TABLE account.agreement (
    id         uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    agreement  agreement_enum NOT NULL,
    version    text NOT NULL,
    effective  daterange NOT NULL,
    content_id oid,
    insert_ts  timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
    EXCLUDE USING gist (agreement WITH =, effective WITH &&),
    UNIQUE (agreement, version)
);

CREATE TABLE account.account_agreement (
    id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    account_id   uuid NOT NULL REFERENCES account.account ON DELETE CASCADE,
    agreement_id uuid NOT NULL REFERENCES account.agreement,
    accept_date  date NOT NULL,
    insert_ts    timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
    UNIQUE (account_id, agreement_id, accept_date)
);

CREATE TABLE account.membership (
    id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    type        membership_type_enum NOT NULL UNIQUE,
    rate        numeric NOT NULL,
    rate_period text NOT NULL,
    stripe_plan text NOT NULL,
    insert_ts   timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE account.account_membership (
    id                  uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    account_id          uuid NOT NULL REFERENCES account.account ON DELETE CASCADE,
    membership_id       uuid NOT NULL REFERENCES account.membership,
    membership_ts_range tsrange NOT NULL,
    payment_method      payment_method_enum NOT NULL,
    payment_account_id  text NOT NULL,
    payment_id          text NOT NULL,
    insert_ts           timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
    EXCLUDE USING gist (account_id WITH =, membership_ts_range WITH &&),
    UNIQUE (account_id, membership_id, membership_ts_range)
);

-- skill --------------------------------------------------------------------------------
CREATE TABLE skill.skill (
    id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    skill_gid   text NOT NULL UNIQUE,
    family_name text NOT NULL,
    insert_ts   timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE skill.settings_display (
    id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    skill_id         uuid NOT NULL REFERENCES skill.skill ON DELETE CASCADE,
    settings_display jsonb NOT NULL,
    insert_ts        timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
    UNIQUE (skill_id, settings_display)
);

CREATE TABLE skill.display (
    id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    skill_id     uuid NOT NULL REFERENCES skill.skill,
    core_version core_version_enum NOT NULL,
    display_data json NOT NULL,
    insert_ts    timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
    UNIQUE (skill_id, core_version)
);

CREATE TABLE skill.oauth_credential (
    id                  uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    developer_id        uuid NOT NULL REFERENCES account.account,
    application_name    text NOT NULL,
    oauth_client_id     text NOT NULL,
    oauth_client_secret text NOT NULL,
    oauth_scope         text NOT NULL,
    token_uri           text NOT NULL,
    auth_uri            text NOT NULL,
    revoke_uri          text NOT NULL,
    insert_ts           timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
    UNIQUE (developer_id, application_name)
);

CREATE TABLE skill.oauth_token (
    id                  uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    oauth_credential_id uuid NOT NULL REFERENCES skill.oauth_credential,
    account_id          uuid NOT NULL REFERENCES account.account,
    token               json NOT NULL,
    insert_ts           timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
    UNIQUE (oauth_credential_id, account_id)
);

-- geography ----------------------------------------------------------------------------
CREATE TABLE geography.country (
    id        uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    iso_code  char(2) NOT NULL UNIQUE,
    name      text NOT NULL,
    insert_ts timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE geography.timezone (
    id         uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    country_id uuid NOT NULL REFERENCES geography.country,
    name       text NOT NULL UNIQUE,
    gmt_offset numeric NOT NULL,
    dst_offset numeric,
    insert_ts  timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE geography.region (
    id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    country_id  uuid NOT NULL REFERENCES geography.country,
    region_code varchar(20) NOT NULL UNIQUE,
    name        text NOT NULL,
    insert_ts   timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE geography.city (
    id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    region_id   uuid NOT NULL REFERENCES geography.region,
    timezone_id uuid NOT NULL REFERENCES geography.timezone,
    name        text NOT NULL,
    latitude    numeric NOT NULL,
    longitude   numeric NOT NULL,
    insert_ts   timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
    population  integer
);

-- wake_word ----------------------------------------------------------------------------
CREATE TABLE wake_word.wake_word (
    id        uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    name      text NOT NULL,
    engine    text NOT NULL,
    insert_ts timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
    UNIQUE (name, engine)
);

CREATE TABLE wake_word.pocketsphinx_settings (
    id                   uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    wake_word_id         uuid REFERENCES wake_word.wake_word ON DELETE CASCADE,
    account_id           uuid REFERENCES account.account ON DELETE CASCADE,
    sample_rate          integer,
    channels             integer,
    pronunciation        text,
    threshold            text,
    threshold_multiplier numeric,
    dynamic_energy_ratio numeric,
    insert_ts            timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
    UNIQUE (wake_word_id, account_id)
);

-- device -------------------------------------------------------------------------------
CREATE TABLE device.category (
    id         uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    account_id uuid NOT NULL REFERENCES account.account ON DELETE CASCADE,
    category   text,
    insert_ts  timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
    UNIQUE (account_id, category)
);

CREATE TABLE device.geography (
    id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    account_id  uuid NOT NULL REFERENCES account.account ON DELETE CASCADE,
    country_id  uuid NOT NULL REFERENCES geography.country,
    region_id   uuid NOT NULL REFERENCES geography.region,
    city_id     uuid NOT NULL REFERENCES geography.city,
    timezone_id uuid NOT NULL REFERENCES geography.timezone,
    insert_ts   timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
    UNIQUE (account_id, country_id, region_id, city_id, timezone_id)
);

CREATE TABLE device.text_to_speech (
    id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    setting_name text NOT NULL UNIQUE,
    display_name text NOT NULL,
    engine       tts_engine_enum NOT NULL,
    insert_ts    timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE device.account_preferences (
    id                 uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    account_id         uuid NOT NULL UNIQUE REFERENCES account.account ON DELETE CASCADE,
    date_format        date_format_enum NOT NULL DEFAULT 'MM/DD/YYYY',
    time_format        time_format_enum NOT NULL DEFAULT '12 Hour',
    measurement_system measurement_system_enum NOT NULL DEFAULT 'Imperial',
    insert_ts          timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE device.account_defaults (
    id                uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    account_id        uuid NOT NULL UNIQUE REFERENCES account.account ON DELETE CASCADE,
    wake_word_id      uuid REFERENCES wake_word.wake_word,
    text_to_speech_id uuid REFERENCES device.text_to_speech,
    country_id        uuid REFERENCES geography.country,
    region_id         uuid REFERENCES geography.region,
    city_id           uuid REFERENCES geography.city,
    timezone_id       uuid REFERENCES geography.timezone,
    insert_ts         timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE device.device (
    id                uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    account_id        uuid NOT NULL REFERENCES account.account ON DELETE CASCADE,
    name              text NOT NULL,
    platform          text NOT NULL DEFAULT 'unknown',
    enclosure_version text NOT NULL DEFAULT 'unknown',
    core_version      text NOT NULL DEFAULT 'unknown',
    wake_word_id      uuid NOT NULL REFERENCES wake_word.wake_word,
    text_to_speech_id uuid NOT NULL REFERENCES device.text_to_speech,
    category_id       uuid REFERENCES device.category,
    geography_id      uuid NOT NULL REFERENCES device.geography,
    placement         text,
    last_contact_ts   timestamp,
    insert_ts         timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
    UNIQUE (account_id, name)
);

CREATE TABLE device.device_skill (
    id                        uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    device_id                 uuid NOT NULL REFERENCES device.device ON DELETE CASCADE,
    skill_id                  uuid NOT NULL REFERENCES skill.skill,
    install_method            text NOT NULL DEFAULT 'msm',
    install_status            text NOT NULL DEFAULT 'installed',
    install_failure_reason    text,
    install_ts                timestamp,
    update_ts                 timestamp,
    skill_settings_display_id uuid REFERENCES skill.settings_display,
    settings                  json,
    insert_ts                 timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
    UNIQUE (device_id, skill_id)
);

CREATE TABLE device.pantacor_config (
    id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    device_id       uuid UNIQUE REFERENCES device.device ON DELETE CASCADE,
    pantacor_id     text NOT NULL UNIQUE,
    ip_address      inet NOT NULL,
    ssh_public_key  text,
    auto_update     bool NOT NULL,
    release_channel text NOT NULL,
    insert_ts       timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- tagging ------------------------------------------------------------------------------
CREATE TABLE tagging.file_location (
    id        uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    server    inet NOT NULL,
    directory text NOT NULL,
    insert_ts timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
    UNIQUE (server, directory)
);

CREATE TABLE tagging.wake_word_file (
    id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    name             text NOT NULL UNIQUE,
    wake_word_id     uuid NOT NULL REFERENCES wake_word.wake_word,
    origin           tagging_file_origin_enum NOT NULL,
    submission_date  date NOT NULL DEFAULT CURRENT_DATE,
    file_location_id uuid NOT NULL REFERENCES tagging.file_location,
    account_id       uuid,
    status           tagging_file_status_enum NOT NULL DEFAULT 'uploaded',
    insert_ts        timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE tagging.tag (
    id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    name         text NOT NULL UNIQUE,
    title        text NOT NULL,
    instructions text NOT NULL,
    priority     integer NOT NULL,
    insert_ts    timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE tagging.tag_value (
    id        uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    tag_id    uuid NOT NULL REFERENCES tagging.tag,
    value     text NOT NULL,
    display   text NOT NULL,
    insert_ts timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
    UNIQUE (tag_id, value)
);

CREATE TABLE tagging.tagger (
    id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    entity_type tagger_type_enum NOT NULL,
    entity_id   text NOT NULL,
    insert_ts   timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
    UNIQUE (entity_type, entity_id)
);

CREATE TABLE tagging.session (
    id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    tagger_id        text NOT NULL,
    session_ts_range tsrange NOT NULL,
    note             text,
    insert_ts        timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
    EXCLUDE USING gist (tagger_id WITH =, session_ts_range WITH &&),
    UNIQUE (tagger_id, session_ts_range)
);

CREATE TABLE tagging.wake_word_file_tag (
    id                uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    wake_word_file_id uuid NOT NULL REFERENCES tagging.wake_word_file,
    session_id        uuid NOT NULL REFERENCES tagging.session,
    tag_id            uuid NOT NULL REFERENCES tagging.tag,
    tag_value_id      uuid NOT NULL REFERENCES tagging.tag_value,
    insert_ts         timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
    UNIQUE (wake_word_file_id, session_id, tag_id)
);

CREATE TABLE tagging.wake_word_file_designation (
    id                uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    wake_word_file_id uuid NOT NULL REFERENCES tagging.wake_word_file,
    tag_id            uuid NOT NULL REFERENCES tagging.tag,
    tag_value_id      uuid NOT NULL REFERENCES tagging.tag_value,
    insert_ts         timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
    UNIQUE (wake_word_file_id, tag_id)
);

-- metric -------------------------------------------------------------------------------
CREATE TABLE metric.api (
    id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    http_method text NOT NULL,
    http_status char(3) NOT NULL,
    duration    numeric NOT NULL,
    access_ts   timestamp NOT NULL DEFAULT now(),
    api         text NOT NULL,
    url         text NOT NULL,
    account_id  uuid,
    device_id   uuid
);
CREATE INDEX api_access_ts_idx ON metric.api (access_ts);

CREATE TABLE metric.api_history (
    id          uuid,
    http_method text,
    http_status char(3),
    duration    numeric,
    access_ts   timestamp NOT NULL,
    api         text,
    url         text,
    account_id  uuid,
    device_id   uuid
) PARTITION BY RANGE (access_ts);

CREATE TABLE metric.job (
    id         uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    job_name   text NOT NULL,
    batch_date date NOT NULL,
    start_ts   timestamp NOT NULL,
    end_ts     timestamp NOT NULL,
    command    text NOT NULL,
    success    boolean NOT NULL,
    UNIQUE (job_name, start_ts)
);

CREATE TABLE metric.core (
    id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    device_id    uuid NOT NULL REFERENCES device.device ON DELETE CASCADE,
    metric_type  text NOT NULL,
    insert_ts    timestamp NOT NULL DEFAULT now(),
    metric_value json NOT NULL,
    UNIQUE (device_id, insert_ts)
);

CREATE TABLE metric.core_interaction (
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

CREATE TABLE metric.account_activity (
    id                   uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    activity_dt          date NOT NULL DEFAULT current_date,
    accounts             integer NOT NULL,
    accounts_added       integer NOT NULL DEFAULT 0,
    accounts_deleted     integer NOT NULL DEFAULT 0,
    accounts_active      integer NOT NULL DEFAULT 0,
    members              integer NOT NULL,
    members_added        integer NOT NULL DEFAULT 0,
    members_expired      integer NOT NULL DEFAULT 0,
    members_active       integer NOT NULL DEFAULT 0,
    open_dataset         integer NOT NULL,
    open_dataset_added   integer NOT NULL DEFAULT 0,
    open_dataset_deleted integer NOT NULL DEFAULT 0,
    open_dataset_active  integer NOT NULL DEFAULT 0,
    insert_ts            timestamp NOT NULL DEFAULT now()
);
CREATE INDEX account_activity_dt_idx ON metric.account_activity (activity_dt);

CREATE TABLE metric.stt_transcription (
    id                     uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    account_id             uuid NOT NULL,
    engine                 text NOT NULL,
    success                boolean NOT NULL,
    audio_duration         numeric NOT NULL DEFAULT 0,
    transcription_duration numeric NOT NULL DEFAULT 0,
    insert_ts              timestamp NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX stt_transcription_account_activity_idx ON metric.stt_transcription (account_id, insert_ts);

CREATE TABLE metric.stt_engine (
    id                     uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    activity_dt            date NOT NULL DEFAULT current_date,
    engine                 text NOT NULL,
    requests               integer NOT NULL DEFAULT 0,
    success_rate           numeric NOT NULL,
    transcription_speed    numeric NOT NULL,
    audio_duration         numeric NOT NULL DEFAULT 0,
    transcription_duration numeric NOT NULL DEFAULT 0,
    insert_ts              timestamp NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX stt_transcription_engine_activity_idx ON metric.stt_engine (activity_dt, engine);
