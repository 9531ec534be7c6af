-- The OAuth account proxy: accounts users bind for themselves, the grants that keep their tokens fresh,
-- authorizations in flight, per-user preferences, and what each call on an own account asked and got.

ALTER TABLE provider_accounts ADD COLUMN owner_id uuid NULL REFERENCES users (id);
CREATE INDEX provider_accounts_by_owner ON provider_accounts (owner_id, seq) WHERE owner_id IS NOT NULL;
ALTER TABLE provider_accounts DROP CONSTRAINT provider_accounts_status_check;
ALTER TABLE provider_accounts ADD CONSTRAINT provider_accounts_status_check
    CHECK (status IN ('enabled', 'cooling_down', 'suspended', 'disabled', 'expired'));

CREATE TABLE oauth_grants (
    account_id        uuid PRIMARY KEY REFERENCES provider_accounts (id) ON DELETE CASCADE,
    -- sealed like credentials (AES-256-GCM bound to the account id); NULL when the platform gave none
    refresh_key_id    text NULL,
    refresh_token     bytea NULL,
    access_expires_at timestamptz NULL,
    refreshed_at      timestamptz NULL,
    last_error        text NOT NULL,
    CHECK ((refresh_key_id IS NULL) = (refresh_token IS NULL))
);
CREATE INDEX oauth_grants_by_expiry ON oauth_grants (access_expires_at) WHERE access_expires_at IS NOT NULL;

-- Keyed by the SHA-256 of the state, so a leaked table cannot answer a callback; the PKCE verifier is sealed.
CREATE TABLE oauth_pending (
    state_hash        text PRIMARY KEY,
    account_id        uuid NOT NULL UNIQUE,
    owner_id          uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    platform          text NOT NULL,
    account_name      text NOT NULL,
    daily_token_quota bigint NOT NULL CHECK (daily_token_quota >= 0),
    verifier_key_id   text NOT NULL,
    verifier          bytea NOT NULL,
    expires_at        timestamptz NOT NULL
);
CREATE INDEX oauth_pending_by_expiry ON oauth_pending (expires_at);

CREATE TABLE user_preferences (
    user_id         uuid PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    points_fallback boolean NOT NULL
);

ALTER TABLE usage_records
    ADD COLUMN request_summary  text NULL,
    ADD COLUMN response_summary text NULL,
    ADD COLUMN error_detail     text NULL;
CREATE INDEX usage_records_by_account ON usage_records (account_id, id DESC) WHERE account_id IS NOT NULL;
