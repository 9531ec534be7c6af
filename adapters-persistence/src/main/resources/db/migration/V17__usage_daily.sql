-- Usage records past their retention, summed per quota day, user, key, account, model and status. A day may have
-- more than one row per group (it was rolled up over several rounds): readers sum them.
CREATE TABLE usage_daily (
    id                bigserial PRIMARY KEY,
    day               date NOT NULL,
    user_id           uuid NULL,
    key_id            uuid NULL,
    account_id        uuid NULL,
    model             text NOT NULL,
    status            text NOT NULL,
    requests          bigint NOT NULL CHECK (requests > 0),
    prompt_tokens     bigint NOT NULL CHECK (prompt_tokens >= 0),
    completion_tokens bigint NOT NULL CHECK (completion_tokens >= 0),
    cost              NUMERIC(20,6) NOT NULL CHECK (cost >= 0)
);
CREATE INDEX usage_daily_by_day ON usage_daily (day);
CREATE INDEX usage_daily_by_user ON usage_daily (user_id, day);
CREATE INDEX usage_records_by_quota_day ON usage_records (quota_day);
