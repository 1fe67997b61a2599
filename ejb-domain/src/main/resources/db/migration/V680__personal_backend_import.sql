-- What the personal-backend-import job has brought in, by its key in the ovos-local-backend files,
-- with the SHA-256 of the record as imported: a second run applies only what changed since.
CREATE TABLE device.personal_backend_import (
    kind           text      NOT NULL,
    source_key     text      NOT NULL,
    content_sha256 text      NOT NULL,
    import_ts      timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
    PRIMARY KEY (kind, source_key)
);
