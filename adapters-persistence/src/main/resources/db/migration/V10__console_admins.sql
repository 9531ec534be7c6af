-- People who run Tollgate from the console. The TOTP secret is sealed (AES-256-GCM under the master key,
-- bound to the admin's id); recovery codes and session ids are stored as SHA-256 hashes only.
CREATE TABLE console_admins (
    id                 uuid PRIMARY KEY,
    username           text NOT NULL UNIQUE,
    password_hash      text NOT NULL,
    totp_secret_sealed text NULL,
    totp_enabled       boolean NOT NULL DEFAULT false,
    -- the newest TOTP step already accepted: a code of that step or an older one is a replay
    totp_last_step     bigint NOT NULL DEFAULT 0,
    created_at         timestamptz NOT NULL DEFAULT now(),
    CHECK (NOT totp_enabled OR totp_secret_sealed IS NOT NULL)
);

CREATE TABLE console_recovery_codes (
    admin_id  uuid NOT NULL REFERENCES console_admins (id) ON DELETE CASCADE,
    code_hash text NOT NULL,
    PRIMARY KEY (admin_id, code_hash)
);

CREATE TABLE console_sessions (
    id_hash    text PRIMARY KEY,
    admin_id   uuid NOT NULL REFERENCES console_admins (id) ON DELETE CASCADE,
    stage      text NOT NULL CHECK (stage IN ('NEEDS_CODE', 'NEEDS_ENROLMENT', 'COMPLETE')),
    expires_at timestamptz NOT NULL
);
CREATE INDEX console_sessions_by_expiry ON console_sessions (expires_at);
