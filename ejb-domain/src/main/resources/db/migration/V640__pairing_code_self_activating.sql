-- A code requested from a network whose devices activate themselves (SELENE_AUTO_ACTIVATE): its
-- first activation poll from such a network pairs it with a household device.
ALTER TABLE device.pairing_code ADD COLUMN self_activating boolean NOT NULL DEFAULT false;
