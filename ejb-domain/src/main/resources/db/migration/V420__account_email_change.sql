-- Selene's e-mail verification link carried base64(new address), so anyone signed in could take
-- any address without reading its mail. The link now carries a random token (stored hashed) that
-- only the verification mail contains.
CREATE TABLE account.email_change (
    token_hash    text PRIMARY KEY,
    account_id    uuid NOT NULL REFERENCES account.account ON DELETE CASCADE,
    email_address text NOT NULL,
    expires_ts    timestamp NOT NULL,
    insert_ts     timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP
);
CREATE INDEX email_change_account_id_idx ON account.email_change (account_id);
