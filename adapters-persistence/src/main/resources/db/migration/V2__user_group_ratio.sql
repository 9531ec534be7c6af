-- Relay prices are multiplied by the user's group ratio (1 unless an admin sets another).
ALTER TABLE users ADD COLUMN group_ratio NUMERIC(20,6) NOT NULL DEFAULT 1 CHECK (group_ratio > 0);
