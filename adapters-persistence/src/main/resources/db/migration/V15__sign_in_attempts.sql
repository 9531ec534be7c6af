-- Sign-in attempts per (door, name, client address), counted here so that every node sees the same count.
-- The key is a SHA-256, so an attacker's arbitrary names are never stored.
CREATE TABLE sign_in_attempts (
    key_hash    text PRIMARY KEY,
    attempts    integer NOT NULL,
    window_ends timestamptz NOT NULL
);
CREATE INDEX sign_in_attempts_by_window_end ON sign_in_attempts (window_ends);
