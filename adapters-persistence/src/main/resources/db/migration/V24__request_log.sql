-- The request log: which accounts a call tried that failed, and the indexes that keep one page of the log
-- (usage records and ShareAuth charges, newest first by time) fast under each filter at millions of rows.

-- The attempts that failed, in order, as "account-id:error-class" joined by ';'; NULL when none did.
ALTER TABLE usage_records ADD COLUMN attempts text NULL;

-- Every log page walks one of these backwards from a (time, id) cursor; the time-only indexes they cover are dropped.
CREATE INDEX usage_records_log_time ON usage_records (at, id);
DROP INDEX usage_records_by_time;
CREATE INDEX usage_records_log_account ON usage_records (account_id, at, id);
DROP INDEX usage_records_by_account_time;
CREATE INDEX usage_records_log_user ON usage_records (user_id, at, id);
CREATE INDEX usage_records_log_key ON usage_records (key_id, at, id) WHERE key_id IS NOT NULL;
CREATE INDEX usage_records_log_model ON usage_records (model, at, id);
-- Chat calls and successes are most rows: the time index finds them; the rare kinds and endings get small indexes.
CREATE INDEX usage_records_log_kind ON usage_records (kind, at, id) WHERE kind <> 'chat';
CREATE INDEX usage_records_log_status ON usage_records (status, at, id) WHERE status <> 'ok';

CREATE INDEX consumptions_log_time ON consumptions (created_at, seq);
DROP INDEX consumptions_by_time;
CREATE INDEX consumptions_log_user ON consumptions (user_id, created_at, seq);
CREATE INDEX consumptions_log_workflow ON consumptions (workflow_name, created_at, seq);
