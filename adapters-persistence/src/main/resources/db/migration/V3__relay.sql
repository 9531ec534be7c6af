-- The relay: API keys, models and prices, upstream accounts with sealed credentials and daily token use,
-- usage records, and per-key minute windows. Holds on balances live in each node's memory.

ALTER TABLE ledger_entries DROP CONSTRAINT ledger_entries_kind_check;
ALTER TABLE ledger_entries ADD CONSTRAINT ledger_entries_kind_check
    CHECK (kind IN ('top_up', 'adjustment', 'consumption', 'usage'));

CREATE TABLE api_keys (
    id             uuid PRIMARY KEY,
    seq            bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
    user_id        uuid NOT NULL REFERENCES users (id),
    name           text NOT NULL,
    hint           text NOT NULL,
    -- SHA-256 hex of the secret: the secret is shown once and never stored
    secret_hash    text NOT NULL UNIQUE,
    model_patterns text[] NOT NULL,
    expires_at     timestamptz NULL,
    rpm            integer NOT NULL CHECK (rpm >= 0),
    tpm            integer NOT NULL CHECK (tpm >= 0),
    created_at     timestamptz NOT NULL
);
CREATE INDEX api_keys_by_user ON api_keys (user_id, seq DESC);

CREATE TABLE models (
    name              text PRIMARY KEY,
    -- [{"platform": "openai", "upstream": "gpt-4o"}, ...] in order of preference
    routes            jsonb NOT NULL CHECK (jsonb_typeof(routes) = 'array'),
    input_per_million NUMERIC(20,6) NOT NULL CHECK (input_per_million >= 0),
    output_per_million NUMERIC(20,6) NOT NULL CHECK (output_per_million >= 0),
    per_call          NUMERIC(20,6) NOT NULL CHECK (per_call >= 0),
    enabled           boolean NOT NULL
);

CREATE TABLE provider_accounts (
    id                        uuid PRIMARY KEY,
    seq                       bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
    platform                  text NOT NULL,
    name                      text NOT NULL,
    base_url                  text NOT NULL,
    models                    text[] NOT NULL,
    daily_token_quota         bigint NOT NULL CHECK (daily_token_quota >= 0),
    weight                    integer NOT NULL CHECK (weight BETWEEN 1 AND 1000),
    status                    text NOT NULL
        CHECK (status IN ('enabled', 'cooling_down', 'suspended', 'disabled')),
    status_reason             text NOT NULL,
    status_until              timestamptz NULL,
    consecutive_failures      integer NOT NULL,
    consecutive_auth_failures integer NOT NULL,
    options                   jsonb NOT NULL CHECK (jsonb_typeof(options) = 'object'),
    -- AES-256-GCM: nonce || ciphertext || tag, bound to id; the key id names the master key that sealed it
    credential_key_id         text NOT NULL,
    credential                bytea NOT NULL
);

-- No foreign key: usage of a deleted account stays counted, and a settlement never fails on a deletion.
CREATE TABLE account_token_usage (
    account_id uuid NOT NULL,
    quota_day  date NOT NULL,
    tokens     bigint NOT NULL CHECK (tokens >= 0),
    PRIMARY KEY (account_id, quota_day)
);
CREATE INDEX account_token_usage_by_day ON account_token_usage (quota_day);

CREATE TABLE usage_records (
    id                bigserial PRIMARY KEY,
    request_id        text NOT NULL,
    key_id            uuid NULL,
    user_id           uuid NOT NULL REFERENCES users (id),
    account_id        uuid NULL,
    model             text NOT NULL,
    prompt_tokens     bigint NOT NULL CHECK (prompt_tokens >= 0),
    completion_tokens bigint NOT NULL CHECK (completion_tokens >= 0),
    estimated         boolean NOT NULL,
    -- what was actually charged, which the balance may have cut below the priced cost
    cost              NUMERIC(20,6) NOT NULL CHECK (cost >= 0),
    latency_ms        bigint NOT NULL,
    status            text NOT NULL CHECK (status IN ('ok', 'failed', 'client_closed')),
    error_class       text NULL,
    at                timestamptz NOT NULL,
    quota_day         date NOT NULL
);
CREATE INDEX usage_records_by_user ON usage_records (user_id, id DESC);

-- Counters that only matter for the current minute: unlogged, as losing them in a crash is harmless.
CREATE UNLOGGED TABLE rate_windows (
    key_id       uuid NOT NULL,
    epoch_minute bigint NOT NULL,
    requests     integer NOT NULL,
    tokens       bigint NOT NULL,
    PRIMARY KEY (key_id, epoch_minute)
);
-- Housekeeping drops the minutes no limit reads any more.
CREATE INDEX rate_windows_by_minute ON rate_windows (epoch_minute);
