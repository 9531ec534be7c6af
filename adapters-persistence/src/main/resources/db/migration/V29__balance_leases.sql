-- A lease is a hold row that one node takes for many calls of one user on one uncapped key (or none), and grants those
-- calls from in memory: a round trip per lease, not per call. Each call's settlement shrinks the row by what it
-- charged, in the transaction that charges it, so the row keeps covering the calls still in flight; the last call's
-- settlement deletes it. A lease is taken only while the balance minus every hold covers p_floor (several leases),
-- so users near the edge of their balance keep one hold per call. p_retired (null = none) is this node's lease for the
-- same user and key that no call uses any more: deleted here, in the same round trip.
CREATE FUNCTION take_balance_lease(p_user uuid, p_key uuid, p_amount numeric, p_floor numeric, p_now timestamptz,
                                   p_expires timestamptz, p_retired bigint)
    RETURNS bigint
    LANGUAGE plpgsql VOLATILE AS $$
DECLARE
    v_balance numeric;
    v_held    numeric;
    v_id      bigint;
BEGIN
    -- As for holds: losing a lease to a crash of the database loses no money.
    PERFORM set_config('synchronous_commit', 'off', true);
    -- The user's row first, as settlements lock it before they shrink or delete a lease: never the other way round.
    SELECT u.balance INTO v_balance FROM users u WHERE u.id = p_user FOR NO KEY UPDATE;
    IF NOT FOUND THEN
        RETURN NULL;
    END IF;
    DELETE FROM balance_holds WHERE id = p_retired;
    -- A capped key's calls count against its caps one hold at a time.
    IF p_key IS NOT NULL AND EXISTS (SELECT 1 FROM api_keys k WHERE k.id = p_key AND (k.budget_day IS NOT NULL
            OR k.budget_week IS NOT NULL OR k.budget_month IS NOT NULL OR k.budget_total IS NOT NULL)) THEN
        RETURN NULL;
    END IF;
    SELECT coalesce(sum(h.amount), 0) INTO v_held FROM balance_holds h WHERE h.user_id = p_user AND h.expires_at > p_now;
    IF v_balance - v_held < p_floor THEN
        RETURN NULL;
    END IF;
    INSERT INTO balance_holds (user_id, amount, expires_at) VALUES (p_user, p_amount, p_expires) RETURNING id INTO v_id;
    RETURN v_id;
END
$$;
