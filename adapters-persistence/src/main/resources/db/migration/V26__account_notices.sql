-- What an admin changed on a user's own account, for that user to read on their pages.
-- No reference to provider_accounts: the notice of a deleted account outlives it.
CREATE TABLE account_notices (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    owner_id     uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    account_id   uuid NOT NULL,
    account_name text NOT NULL,
    change       text NOT NULL,
    created_at   timestamptz NOT NULL
);
CREATE INDEX account_notices_by_owner ON account_notices (owner_id, id DESC);
