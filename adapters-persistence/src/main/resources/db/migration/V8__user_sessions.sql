-- Users' console sessions: only the SHA-256 of the cookie's value is stored.
CREATE TABLE user_sessions (
    id_hash    text PRIMARY KEY,
    user_id    uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    expires_at timestamptz NOT NULL
);
CREATE INDEX user_sessions_by_expiry ON user_sessions (expires_at);
