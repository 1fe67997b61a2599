-- What the OVOS personal backend's OAuth apps (admin API /admin/oauth_apps) have beyond Selene's
-- skill.oauth_credential: the refresh and callback endpoints and the OVOS GUI flag. Kept beside
-- Selene's table, which stays as Selene defined it.
CREATE TABLE skill.oauth_credential_ovos (
    oauth_credential_id uuid PRIMARY KEY REFERENCES skill.oauth_credential ON DELETE CASCADE,
    refresh_uri         text,
    callback_uri        text,
    shell_integration   boolean NOT NULL DEFAULT true
);
