-- Which account stored each Response an OpenAI account returned, and for whom: follow-ups naming it
-- (previous_response_id) and GET/DELETE of it go to that account, and only its user may name it.
CREATE TABLE stored_responses (
    response_id text PRIMARY KEY,
    user_id     uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    account_id  uuid NOT NULL REFERENCES provider_accounts (id) ON DELETE CASCADE,
    created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX stored_responses_created ON stored_responses (created_at);
