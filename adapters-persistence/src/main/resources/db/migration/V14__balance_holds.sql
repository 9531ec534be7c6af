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

-- Holds p_amount for p_user if the balance minus the user's unexpired holds covers it: one row with the new hold's
-- id and what is left available, or a null id and what is available, or no row when there is no such user.
-- A function, not one statement, because each of its statements reads a fresh snapshot: the sum of holds is read
-- after the user's row is locked, so it includes every hold committed by whoever held the lock before. (In one
-- statement the sum would come from the snapshot taken before waiting for the lock, and miss those holds.)
CREATE FUNCTION hold_balance(p_user uuid, p_amount numeric, p_now timestamptz, p_expires timestamptz)
    RETURNS TABLE (hold_id bigint, available numeric)
    LANGUAGE plpgsql VOLATILE AS $$
DECLARE
    v_balance numeric;
    v_held    numeric;
BEGIN
    -- A hold is not money: losing the last few to a crash of the database loses nothing, while waiting for the
    -- disk would keep the user's row locked for a flush per call. Settlements stay synchronous.
    PERFORM set_config('synchronous_commit', 'off', true);
    SELECT u.balance INTO v_balance FROM users u WHERE u.id = p_user FOR NO KEY UPDATE;
    IF NOT FOUND THEN
        RETURN;
    END IF;
    SELECT coalesce(sum(h.amount), 0) INTO v_held FROM balance_holds h WHERE h.user_id = p_user AND h.expires_at > p_now;
    IF v_balance - v_held < p_amount THEN
        hold_id := NULL;
        available := greatest(v_balance - v_held, 0);
        RETURN NEXT;
        RETURN;
    END IF;
    INSERT INTO balance_holds (user_id, amount, expires_at) VALUES (p_user, p_amount, p_expires) RETURNING id INTO hold_id;
    available := v_balance - v_held - p_amount;
    RETURN NEXT;
END
$$;
