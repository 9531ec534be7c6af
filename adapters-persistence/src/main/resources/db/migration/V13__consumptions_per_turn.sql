-- A FastGPT chatId names a whole conversation, and every turn of it is charged. Until now the retry key of a
-- finish without an Idempotency-Key was 'chat:' || chatId, so one charge per conversation: the second turn
-- got the first turn's consumption. The conversation's id now has its own column, and a retry key says where
-- it came from: 'key:' the caller's Idempotency-Key, 'turn:' or 'body:' a SHA-256 of the chatId with the
-- turn's node-response ids or its whole payload. A 'chat:' key is never made again.
ALTER TABLE consumptions ADD COLUMN chat_id text NULL;

-- Dropped first: renaming keys one row at a time could meet a not yet renamed one ('abc' and 'key:abc').
ALTER TABLE consumptions DROP CONSTRAINT consumptions_user_id_idempotency_key_key;

-- Stored charges keep their ids and amounts; their chatId moves out of the key, so a new turn of an old conversation
-- is charged. (A client that sent an Idempotency-Key starting with 'chat:' gets this reading too.)
UPDATE consumptions SET chat_id = substr(idempotency_key, 6), idempotency_key = NULL
 WHERE idempotency_key LIKE 'chat:%';
-- The other stored keys came from Idempotency-Key headers: the same header still finds its charge.
UPDATE consumptions SET idempotency_key = 'key:' || idempotency_key
 WHERE idempotency_key IS NOT NULL;

-- One charge per user and retry key, as before; NULL keys never conflict.
ALTER TABLE consumptions ADD CONSTRAINT consumptions_one_charge_per_retry_key UNIQUE (user_id, idempotency_key);
