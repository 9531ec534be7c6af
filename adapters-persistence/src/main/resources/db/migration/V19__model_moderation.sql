-- Per model, whether a prompt holding a sensitive word is refused ('block') or passed on ('off', as before).
ALTER TABLE models
    ADD COLUMN moderation text NOT NULL DEFAULT 'off' CHECK (moderation IN ('off', 'block'));
