-- What a Selene installation holds beyond its bootstrap: the default wake word with its
-- pocketsphinx settings, some geography, and an account (legacy SHA-512-crypt hash of
-- "test_password" with SALT=testsalt, as glibc's crypt computes it) with preferences, a device and
-- the settings of one of its skills.
INSERT INTO wake_word.wake_word (id, name, engine, insert_ts)
VALUES ('0f6e1a4c-0000-4000-8000-000000000001', 'hey mycroft', 'precise', '2019-01-01');
INSERT INTO wake_word.pocketsphinx_settings (id, wake_word_id, account_id, sample_rate, channels, pronunciation,
        threshold, threshold_multiplier, dynamic_energy_ratio, insert_ts)
VALUES ('0f6e1a4c-0000-4000-8000-000000000002', '0f6e1a4c-0000-4000-8000-000000000001', NULL, 16000, 1,
        'HH EY . M AY K R AO F T', '1e-90', 1.0, 1.5, '2019-01-01');

INSERT INTO geography.country (id, iso_code, name) VALUES ('0f6e1a4c-0000-4000-8000-000000000010', 'US', 'United States');
INSERT INTO geography.region (id, country_id, region_code, name)
VALUES ('0f6e1a4c-0000-4000-8000-000000000011', '0f6e1a4c-0000-4000-8000-000000000010', 'US.MO', 'Missouri');
INSERT INTO geography.timezone (id, country_id, name, gmt_offset, dst_offset)
VALUES ('0f6e1a4c-0000-4000-8000-000000000012', '0f6e1a4c-0000-4000-8000-000000000010', 'America/Chicago', -6.0, -5.0);
INSERT INTO geography.city (id, region_id, timezone_id, name, latitude, longitude)
VALUES ('0f6e1a4c-0000-4000-8000-000000000013', '0f6e1a4c-0000-4000-8000-000000000011', '0f6e1a4c-0000-4000-8000-000000000012',
        'Kansas City', 39.09973, -94.57857);

INSERT INTO account.account (id, email_address, username, password, insert_ts)
VALUES ('0f6e1a4c-0000-4000-8000-000000000020', 'selene-user@adopted.test', NULL,
        'WnYv7UG1eJUyP9xMIf.jTJGYtAdM6eG0L1WUqRJzKLu5jxknjyjGLdOQKdXX42a35xuobwkAFFha3tF3wZ9us1', '2019-06-01');
INSERT INTO account.account_agreement (account_id, agreement_id, accept_date)
SELECT '0f6e1a4c-0000-4000-8000-000000000020', id, '2019-06-01' FROM account.agreement WHERE agreement IN ('Terms of Use', 'Privacy Policy');
INSERT INTO device.account_preferences (account_id, date_format, time_format, measurement_system)
VALUES ('0f6e1a4c-0000-4000-8000-000000000020', 'DD/MM/YYYY', '24 Hour', 'Metric');
INSERT INTO device.geography (id, account_id, country_id, region_id, city_id, timezone_id)
VALUES ('0f6e1a4c-0000-4000-8000-000000000021', '0f6e1a4c-0000-4000-8000-000000000020', '0f6e1a4c-0000-4000-8000-000000000010',
        '0f6e1a4c-0000-4000-8000-000000000011', '0f6e1a4c-0000-4000-8000-000000000013', '0f6e1a4c-0000-4000-8000-000000000012');
INSERT INTO device.device (id, account_id, name, platform, core_version, wake_word_id, text_to_speech_id, geography_id, placement)
SELECT '0f6e1a4c-0000-4000-8000-000000000022', '0f6e1a4c-0000-4000-8000-000000000020', 'Kitchen Mark 1', 'mycroft_mark_1', '21.2.1',
       '0f6e1a4c-0000-4000-8000-000000000001', t.id, '0f6e1a4c-0000-4000-8000-000000000021', 'kitchen'
FROM device.text_to_speech t WHERE t.setting_name = 'amy';

INSERT INTO skill.skill (id, skill_gid, family_name) VALUES ('0f6e1a4c-0000-4000-8000-000000000030', 'mycroft-date-time|21.02', 'mycroft-date-time');
INSERT INTO skill.settings_display (id, skill_id, settings_display)
VALUES ('0f6e1a4c-0000-4000-8000-000000000031', '0f6e1a4c-0000-4000-8000-000000000030',
        '{"skill_gid": "mycroft-date-time|21.02", "display_name": "Date Time", "skillMetadata": {"sections": [{"name": "Display", "fields": [{"name": "show_time", "type": "checkbox", "label": "Show time", "value": "true"}]}]}}');
INSERT INTO device.device_skill (device_id, skill_id, install_method, install_status, skill_settings_display_id, settings)
VALUES ('0f6e1a4c-0000-4000-8000-000000000022', '0f6e1a4c-0000-4000-8000-000000000030', 'msm', 'installed',
        '0f6e1a4c-0000-4000-8000-000000000031', '{"show_time": "false"}');
