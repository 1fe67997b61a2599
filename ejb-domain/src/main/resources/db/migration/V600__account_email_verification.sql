-- Selene never recorded whether an account's address was proven. The admin role needs it
-- (ADMIN_EMAILS and the first account count only once the address is verified). One row per
-- account: the address last proven and when; an account whose current address differs from the
-- row's is unverified.
CREATE TABLE account.email_verification (
    account_id    uuid PRIMARY KEY REFERENCES account.account ON DELETE CASCADE,
    email_address text NOT NULL,
    verified_ts   timestamp NOT NULL DEFAULT (now() AT TIME ZONE 'UTC')
);

-- The one-time grant of the admin role to "the first account", recorded so that it is never
-- inherited: on a fresh database the first account to verify its address takes it; a database
-- that already has accounts (an upgrade, an adopted Selene database) gives it to its first
-- account, which still has to verify its address. Deleting that account spends the grant.
CREATE TABLE account.first_admin (
    singleton  boolean PRIMARY KEY DEFAULT true CHECK (singleton),
    account_id uuid REFERENCES account.account ON DELETE SET NULL,
    granted_ts timestamp NOT NULL DEFAULT (now() AT TIME ZONE 'UTC')
);
INSERT INTO account.first_admin (account_id) SELECT id FROM account.account ORDER BY insert_ts, id LIMIT 1;
