-- Devices whose skill settings are their own instead of shared with the account's other devices
-- (the OVOS personal backend's "isolated skills"); absent = shared, as in Selene.
CREATE TABLE device.isolated_skill_settings (
    device_id uuid PRIMARY KEY REFERENCES device.device ON DELETE CASCADE,
    insert_ts timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP
);
