-- Prompt-cache prices: input tokens a platform read from its prompt cache, or wrote to it, have prices of their own
-- per million tokens; null means the input price. Usage keeps those tokens apart; prompt_tokens still counts all input.
ALTER TABLE models
    ADD COLUMN cached_input_per_million NUMERIC(20,6) NULL CHECK (cached_input_per_million >= 0),
    ADD COLUMN cache_write_per_million  NUMERIC(20,6) NULL CHECK (cache_write_per_million >= 0);

ALTER TABLE usage_records
    ADD COLUMN cached_tokens      bigint NOT NULL DEFAULT 0 CHECK (cached_tokens >= 0),
    ADD COLUMN cache_write_tokens bigint NOT NULL DEFAULT 0 CHECK (cache_write_tokens >= 0);

ALTER TABLE usage_daily
    ADD COLUMN cached_tokens      bigint NOT NULL DEFAULT 0 CHECK (cached_tokens >= 0),
    ADD COLUMN cache_write_tokens bigint NOT NULL DEFAULT 0 CHECK (cache_write_tokens >= 0);
