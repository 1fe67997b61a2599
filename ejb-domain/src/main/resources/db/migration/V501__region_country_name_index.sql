-- pairing resolves the account's default region by (country, name) and the account API lists a
-- country's regions; without this every activation scanned all ~4,000 regions
CREATE INDEX IF NOT EXISTS region_country_id_name_idx ON geography.region (country_id, name);
