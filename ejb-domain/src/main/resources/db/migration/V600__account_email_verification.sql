-- Selene never recorded whether an account's address was proven. The admin role needs it
-- (ADMIN_EMAILS and the first account count only once the address is verified). One row per
-- account: the address last proven and when; an account whose current address differs from the
-- row's is unverified. first_verified_ts never moves, so "the first verified account" stays the
-- same account whatever later changes of address happen.
CREATE TABLE account.email_verification (
    account_id        uuid PRIMARY KEY REFERENCES account.account ON DELETE CASCADE,
    email_address     text NOT NULL,
    verified_ts       timestamp NOT NULL DEFAULT (now() AT TIME ZONE 'UTC'),
    first_verified_ts timestamp NOT NULL DEFAULT (now() AT TIME ZONE 'UTC')
);
CREATE INDEX email_verification_first_idx ON account.email_verification (first_verified_ts, account_id);
