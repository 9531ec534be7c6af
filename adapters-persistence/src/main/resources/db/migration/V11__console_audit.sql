-- Every action taken in the console, newest first by id.
CREATE TABLE console_audit (
    id     bigserial PRIMARY KEY,
    actor  text NOT NULL,
    action text NOT NULL,
    detail text NOT NULL,
    at     timestamptz NOT NULL
);
