-- Authorizations a device started (GET /v1/auth/{token_id}/auth_url) that the OAuth provider has not
-- yet redirected back: the SHA-256 of the state sent to the provider, the app and the account whose
-- token it becomes, and the redirect_uri the code is exchanged with. Used once, within ten minutes.
CREATE TABLE skill.oauth_authorization (
    state_hash          text PRIMARY KEY,
    oauth_credential_id uuid NOT NULL REFERENCES skill.oauth_credential ON DELETE CASCADE,
    account_id          uuid NOT NULL REFERENCES account.account ON DELETE CASCADE,
    redirect_uri        text NOT NULL,
    expires_at          timestamptz NOT NULL
);
CREATE INDEX oauth_authorization_expires_at ON skill.oauth_authorization (expires_at);
