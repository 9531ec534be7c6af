-- The dashboards' rollups: usage summed per closed hour (UTC), so a month's charts read some thousand rows instead of
-- every call. Relay calls keep their model and kind; a ShareAuth charge is kind 'shareauth' under its workflow's name.
-- An hour is summed once, by whoever first asks for it after it closed, and then named in usage_hours_rolled.
CREATE TABLE usage_hourly_users (
    hour     timestamptz NOT NULL,
    user_id  uuid NULL,
    model    text NOT NULL,
    kind     text NOT NULL,
    requests bigint NOT NULL CHECK (requests >= 0),
    failed   bigint NOT NULL CHECK (failed >= 0),
    tokens   bigint NOT NULL CHECK (tokens >= 0),
    cost     NUMERIC(20,6) NOT NULL CHECK (cost >= 0)
);
CREATE INDEX usage_hourly_users_by_user ON usage_hourly_users (user_id, hour);

-- Everyone's usage per hour, model and kind: the admins' charts.
CREATE TABLE usage_hourly_models (
    hour     timestamptz NOT NULL,
    model    text NOT NULL,
    kind     text NOT NULL,
    requests bigint NOT NULL,
    failed   bigint NOT NULL,
    tokens   bigint NOT NULL,
    cost     NUMERIC(20,6) NOT NULL,
    PRIMARY KEY (hour, model, kind)
);

-- Each user's usage per hour, all models together: the top users.
CREATE TABLE usage_hourly_spenders (
    hour     timestamptz NOT NULL,
    user_id  uuid NULL,
    requests bigint NOT NULL,
    tokens   bigint NOT NULL,
    cost     NUMERIC(20,6) NOT NULL
);
CREATE INDEX usage_hourly_spenders_by_hour ON usage_hourly_spenders (hour);

CREATE TABLE usage_hours_rolled (
    hour      timestamptz PRIMARY KEY,
    rolled_at timestamptz NOT NULL DEFAULT now()
);
