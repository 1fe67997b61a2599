-- Selene's web session JWTs were stateless: logout and password changes revoked nothing. A
-- per-account version, carried in every token we issue, lets those revoke all earlier tokens.
-- No row means version 0, which is also what a token without the claim (issued by Selene) has.
CREATE TABLE account.session_version (
    account_id    uuid PRIMARY KEY REFERENCES account.account ON DELETE CASCADE,
    token_version integer NOT NULL DEFAULT 0
);
