-- Failed internal logins, per e-mail and per client address, shared by every node so that the
-- throttle holds behind a load balancer. Only SHA-256 digests of the e-mail or address are kept.
CREATE TABLE account.login_failure (
    id        bigserial PRIMARY KEY,
    subject   text      NOT NULL,
    failed_at timestamp NOT NULL DEFAULT (now() AT TIME ZONE 'UTC')
);
CREATE INDEX login_failure_subject_idx ON account.login_failure (subject, failed_at);
