-- One table for every abuse limit (rate_limit.Limit): a counter per limit, key and fixed window,
-- shared by every node. The key is a SHA-256 digest (never an e-mail or client address in clear).
-- One INSERT ... ON CONFLICT DO UPDATE ... RETURNING both counts and checks, so a concurrent burst
-- cannot pass a limit. It replaces account.login_failure (V401), whose check ran before the count.
CREATE TABLE account.rate_limit (
    limit_name   text      NOT NULL,
    key_hash     text      NOT NULL,
    window_start timestamp NOT NULL,
    window_end   timestamp NOT NULL,
    hits         bigint    NOT NULL,
    PRIMARY KEY (limit_name, key_hash, window_start)
);
CREATE INDEX rate_limit_window_end_idx ON account.rate_limit (window_end);

DROP TABLE account.login_failure;
