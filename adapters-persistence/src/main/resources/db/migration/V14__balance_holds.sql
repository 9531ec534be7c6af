-- Holds on balances as rows, so every node sharing the database sees every other node's holds, and models' most
-- output tokens per answer, which bound what a call can cost.

ALTER TABLE models ADD COLUMN max_output_tokens bigint NOT NULL DEFAULT 4096
    CHECK (max_output_tokens BETWEEN 1 AND 10000000);

-- One row per call in flight: the most it can cost. The settlement that charges the call deletes its row in the same
-- transaction; a row whose node died lapses at expires_at and housekeeping deletes it.
CREATE TABLE balance_holds (
    id         bigserial PRIMARY KEY,
    user_id    uuid NOT NULL REFERENCES users (id),
    amount     NUMERIC(20,6) NOT NULL CHECK (amount >= 0),
    expires_at timestamptz NOT NULL
);
CREATE INDEX balance_holds_by_user ON balance_holds (user_id, expires_at);
CREATE INDEX balance_holds_by_expiry ON balance_holds (expires_at);

-- Takes a batch of holds, in order: for each (user, amount, now, expiry) one row with its position (ord), the new
-- hold's id and what is left available; or a null id and what is available (too little); or a null id and a null
-- available (no such user). The batch's users are locked first, in id order as settlements lock them, so nodes never
-- deadlock. A function, not one statement, because each of its statements reads a fresh snapshot: the sums of holds
-- are read after the locks are granted, so they include every hold committed by whoever held a lock before (one
-- statement would sum from the snapshot taken before waiting for the locks, and miss those holds), and each sum
-- includes the holds granted earlier in the batch.
CREATE FUNCTION hold_balances(p_users uuid[], p_amounts numeric[], p_nows timestamptz[], p_expires timestamptz[])
    RETURNS TABLE (ord int, hold_id bigint, available numeric)
    LANGUAGE plpgsql VOLATILE AS $$
DECLARE
    v_user    uuid;
    v_found   boolean;
    v_balance numeric;
    v_held    numeric;
BEGIN
    -- A hold is not money: losing the last few to a crash of the database loses nothing, while waiting for the
    -- disk would keep the users' rows locked for a flush per batch. Settlements stay synchronous.
    PERFORM set_config('synchronous_commit', 'off', true);
    PERFORM 1 FROM users u WHERE u.id = ANY (p_users) ORDER BY u.id FOR NO KEY UPDATE;
    FOR i IN 1 .. coalesce(array_length(p_users, 1), 0) LOOP
        ord := i;
        hold_id := NULL;
        available := NULL;
        -- Consecutive holds of one user (the usual batch) read the balance and sum the holds once.
        IF v_user IS DISTINCT FROM p_users[i] THEN
            v_user := p_users[i];
            SELECT u.balance INTO v_balance FROM users u WHERE u.id = v_user;
            v_found := FOUND;
            IF v_found THEN
                SELECT coalesce(sum(h.amount), 0) INTO v_held FROM balance_holds h
                    WHERE h.user_id = v_user AND h.expires_at > p_nows[i];
            END IF;
        END IF;
        IF v_found THEN
            IF v_balance - v_held >= p_amounts[i] THEN
                INSERT INTO balance_holds (user_id, amount, expires_at) VALUES (v_user, p_amounts[i], p_expires[i])
                    RETURNING id INTO hold_id;
                v_held := v_held + p_amounts[i];
            END IF;
            available := greatest(v_balance - v_held, 0);
        END IF;
        RETURN NEXT;
    END LOOP;
END
$$;
