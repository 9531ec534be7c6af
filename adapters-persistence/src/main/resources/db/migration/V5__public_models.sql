-- Public models: callers without an API key may use them within daily limits, and nobody is charged for it.

-- All three or none: a model is public exactly when its limits are set (0 = that limit does not apply).
ALTER TABLE models
    ADD COLUMN public_daily_tokens      bigint NULL CHECK (public_daily_tokens >= 0),
    ADD COLUMN public_ip_daily_requests bigint NULL CHECK (public_ip_daily_requests >= 0),
    ADD COLUMN public_ip_daily_tokens   bigint NULL CHECK (public_ip_daily_tokens >= 0),
    ADD CONSTRAINT models_public_all_or_none CHECK (
        (public_daily_tokens IS NULL) = (public_ip_daily_requests IS NULL)
        AND (public_daily_tokens IS NULL) = (public_ip_daily_tokens IS NULL));

-- A keyless call is recorded for no user, at no cost.
ALTER TABLE usage_records ALTER COLUMN user_id DROP NOT NULL;
ALTER TABLE usage_records ADD CONSTRAINT usage_records_only_users_pay CHECK (user_id IS NOT NULL OR cost = 0);

-- Keyless use per model, client IP and quota day; the model's pool is the sum over its IPs that day.
-- Logged, unlike rate_windows: a crash must not hand out a fresh day's allowance.
CREATE TABLE public_usage (
    model     text NOT NULL,
    quota_day date NOT NULL,
    client_ip text NOT NULL,
    requests  bigint NOT NULL CHECK (requests >= 0),
    tokens    bigint NOT NULL CHECK (tokens >= 0),
    PRIMARY KEY (model, quota_day, client_ip)
);
CREATE INDEX public_usage_by_day ON public_usage (quota_day);
