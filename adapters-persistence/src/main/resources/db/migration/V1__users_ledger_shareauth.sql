-- Users, their ledger, ShareAuth consumptions and workflows, sensitive words, legacy tokens, settings.
-- Points are NUMERIC(20,6): exact, six decimals, like the domain's Points.
-- seq columns give listings a stable insertion order that does not depend on clock resolution.

CREATE TABLE users (
    id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    seq           bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
    username      text NOT NULL UNIQUE,
    password_hash text NOT NULL,
    balance       NUMERIC(20,6) NOT NULL DEFAULT 0 CHECK (balance >= 0),
    status        text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'disabled')),
    created_at    timestamptz NOT NULL
);

CREATE TABLE ledger_entries (
    id            bigserial PRIMARY KEY,
    user_id       uuid NOT NULL REFERENCES users (id),
    kind          text NOT NULL CHECK (kind IN ('top_up', 'adjustment', 'consumption')),
    amount        NUMERIC(20,6) NOT NULL,
    balance_after NUMERIC(20,6) NOT NULL CHECK (balance_after >= 0),
    reason        text NOT NULL,
    actor         text NOT NULL,
    created_at    timestamptz NOT NULL
);
CREATE INDEX ledger_entries_by_user ON ledger_entries (user_id, id DESC);

CREATE TABLE consumptions (
    id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    seq             bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
    user_id         uuid NOT NULL REFERENCES users (id),
    workflow_name   text NOT NULL,
    base_points     NUMERIC(20,6) NOT NULL CHECK (base_points >= 0),
    multiplier      NUMERIC(20,6) NOT NULL CHECK (multiplier > 0),
    charge          NUMERIC(20,6) NOT NULL CHECK (charge >= 0),
    balance_after   NUMERIC(20,6) NOT NULL CHECK (balance_after >= 0),
    idempotency_key text NULL,
    created_at      timestamptz NOT NULL,
    -- NULL keys never conflict, so only keyed charges are deduplicated
    UNIQUE (user_id, idempotency_key)
);
CREATE INDEX consumptions_newest_first ON consumptions (seq DESC);
CREATE INDEX consumptions_by_user ON consumptions (user_id, seq DESC);
CREATE INDEX consumptions_by_workflow ON consumptions (workflow_name, seq DESC);

CREATE TABLE unpaid_attempts (
    id            bigserial PRIMARY KEY,
    user_id       uuid NOT NULL REFERENCES users (id),
    workflow_name text NOT NULL,
    base_points   NUMERIC(20,6) NOT NULL,
    multiplier    NUMERIC(20,6) NOT NULL,
    charge        NUMERIC(20,6) NOT NULL,
    balance       NUMERIC(20,6) NOT NULL,
    created_at    timestamptz NOT NULL
);

CREATE TABLE workflows (
    id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    seq              bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
    name             text NOT NULL UNIQUE,
    no_login_url     text NULL UNIQUE,
    point_multiplier NUMERIC(20,6) NOT NULL CHECK (point_multiplier > 0)
);

CREATE TABLE sensitive_words (
    position integer PRIMARY KEY,
    word     text NOT NULL
);

CREATE TABLE legacy_tokens (
    user_id    uuid PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    -- SHA-256 hex of the plain token: the token itself is shown once and never stored
    token_hash text NOT NULL UNIQUE
);

CREATE TABLE settings (
    name  text PRIMARY KEY,
    value text NOT NULL
);
