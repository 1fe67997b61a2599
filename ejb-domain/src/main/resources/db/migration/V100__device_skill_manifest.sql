-- The manifest a device uploaded, returned by GET /v1/device/{id}/skillJson (Selene had no such read).
CREATE TABLE device.skill_manifest (
    device_id uuid PRIMARY KEY REFERENCES device.device ON DELETE CASCADE,
    manifest  json NOT NULL,
    insert_ts timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP
);
