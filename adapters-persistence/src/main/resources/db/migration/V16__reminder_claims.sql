-- Which node sends a day's reminder of one kind about one account: the first to insert the row does, the others
-- find it there. Rows of past days are dropped by the reminder round itself.
CREATE TABLE reminder_claims (
    day        date NOT NULL,
    account_id uuid NOT NULL REFERENCES provider_accounts (id) ON DELETE CASCADE,
    kind       text NOT NULL,
    claimed_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (day, account_id, kind)
);
