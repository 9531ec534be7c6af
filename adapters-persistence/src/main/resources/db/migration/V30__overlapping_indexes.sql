-- Indexes that another index of the same table already serves. Each cost every insert into its table, and
-- usage_records takes one insert per relayed call. The pages that filter usage records by user or account, and
-- ShareAuth charges by user or workflow, now order by time as the request log does, so the (column, time, id)
-- indexes of V24 serve them; a newest-first index on a column that is already unique adds nothing.
DROP INDEX usage_records_by_user;
DROP INDEX usage_records_by_account;
DROP INDEX consumptions_by_user;
DROP INDEX consumptions_by_workflow;
DROP INDEX consumptions_newest_first;
DROP INDEX unpaid_attempts_newest_first;
DROP INDEX users_by_seq;
