-- Memfit TOTP. The server secret is public by design (served at /v1/memfit-totp-uuid), so it is stored as is;
-- one row at most, shared by every node.
CREATE TABLE memfit_totp_secret (
    id         smallint PRIMARY KEY CHECK (id = 1),
    secret     text NOT NULL,
    changed_at timestamptz NOT NULL DEFAULT now()
);

-- What this Tollgate, as a client, last got from each aibalance-compatible upstream, keyed by its base URL
-- so two upstreams never overwrite each other's secret.
CREATE TABLE upstream_totp_secrets (
    base_url   text PRIMARY KEY,
    secret     text NOT NULL,
    changed_at timestamptz NOT NULL DEFAULT now()
);
