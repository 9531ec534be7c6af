-- What the console's dashboard and lists read by time and by account; without them a day's summary scans every row.
CREATE INDEX usage_records_by_time ON usage_records (at);
CREATE INDEX usage_records_by_account_time ON usage_records (account_id, at);
CREATE INDEX consumptions_by_time ON consumptions (created_at);
CREATE INDEX unpaid_attempts_newest_first ON unpaid_attempts (id DESC);
CREATE INDEX users_by_seq ON users (seq);
