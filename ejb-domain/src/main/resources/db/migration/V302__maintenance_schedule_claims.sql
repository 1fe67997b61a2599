-- Several nodes run the same EJB timers; the node whose claim row for a job's scheduled slot is
-- inserted first runs it, the others see the conflict and skip (one run per slot across nodes).
CREATE TABLE metric.job_schedule_claim (
    job_name   text NOT NULL,
    slot       timestamp NOT NULL,
    node       text NOT NULL,
    claimed_ts timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
    PRIMARY KEY (job_name, slot)
);

-- Interactions are parsed from a device's metrics: they go with the device (Selene's missing
-- cascade made deleting a device or account with parsed metrics fail).
ALTER TABLE metric.core_interaction DROP CONSTRAINT IF EXISTS core_interaction_device_id_fkey;
ALTER TABLE metric.core_interaction ADD CONSTRAINT core_interaction_device_id_fkey
    FOREIGN KEY (device_id) REFERENCES device.device ON DELETE CASCADE;
