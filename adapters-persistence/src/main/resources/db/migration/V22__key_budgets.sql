-- Spend caps on keys, in points per calendar day, ISO week and month (in the quota zone) and in total; null = no cap.
-- Calls on a capped key count against its caps in the transaction that charges them, and their holds count too, so
-- calls in flight on many nodes cannot all pass a nearly-spent cap.

ALTER TABLE api_keys
    ADD COLUMN budget_day   NUMERIC(20,6) NULL CHECK (budget_day >= 0),
    ADD COLUMN budget_week  NUMERIC(20,6) NULL CHECK (budget_week >= 0),
    ADD COLUMN budget_month NUMERIC(20,6) NULL CHECK (budget_month >= 0),
    ADD COLUMN budget_total NUMERIC(20,6) NULL CHECK (budget_total >= 0);

-- What a capped key spent per period; period_start is the first day of the period (1970-01-01 for the total).
-- Counted from the moment the key first has a cap.
CREATE TABLE key_spend (
    key_id       uuid NOT NULL REFERENCES api_keys (id) ON DELETE CASCADE,
    period       text NOT NULL CHECK (period IN ('day', 'week', 'month', 'total')),
    period_start date NOT NULL,
    spent        NUMERIC(20,6) NOT NULL DEFAULT 0 CHECK (spent >= 0),
    PRIMARY KEY (key_id, period, period_start)
);

-- The part of a hold that counts against its key's caps: at most what the caps left when it was taken.
ALTER TABLE balance_holds
    ADD COLUMN key_id     uuid NULL,
    ADD COLUMN key_amount NUMERIC(20,6) NULL CHECK (key_amount >= 0);
CREATE INDEX balance_holds_by_key ON balance_holds (key_id, expires_at) WHERE key_id IS NOT NULL;

-- The key's tightest cap as (period, what is left of it after spend, the cap), for the periods starting on the given
-- days; no row when the key has no cap. Holds are not subtracted here.
CREATE FUNCTION key_budget_left(p_key uuid, p_day date, p_week date, p_month date)
    RETURNS TABLE (period text, left_over numeric, cap numeric)
    LANGUAGE sql STABLE AS $$
    SELECT c.period, c.cap - coalesce(s.spent, 0), c.cap
    FROM api_keys k
    CROSS JOIN LATERAL (VALUES ('day', k.budget_day, p_day), ('week', k.budget_week, p_week),
                               ('month', k.budget_month, p_month), ('total', k.budget_total, date '1970-01-01'))
        AS c(period, cap, period_start)
    LEFT JOIN key_spend s ON s.key_id = k.id AND s.period = c.period AND s.period_start = c.period_start
    WHERE k.id = p_key AND c.cap IS NOT NULL
    ORDER BY c.cap - coalesce(s.spent, 0), c.period
    LIMIT 1
$$;

-- As hold_balances (V14), with each hold's key (null = none) and its periods' first days. A hold on a capped key is
-- granted while the key's tightest cap minus its spend minus the key's unexpired holds covers it, or, cut short to
-- what is left, while that is above zero and no other call on the key holds anything; otherwise over_budget names
-- the period and cap is its cap. Keys are locked
-- after users, in id order, as settlements lock them, so nodes never deadlock. budgeted says the hold counts
-- against its key's caps.
CREATE FUNCTION hold_balances_within_budgets(p_users uuid[], p_amounts numeric[], p_nows timestamptz[],
                                             p_expires timestamptz[], p_keys uuid[], p_days date[], p_weeks date[],
                                             p_months date[])
    RETURNS TABLE (ord int, hold_id bigint, available numeric, over_budget text, cap numeric, budgeted boolean)
    LANGUAGE plpgsql VOLATILE AS $$
DECLARE
    v_user    uuid;
    v_found   boolean;
    v_balance numeric;
    v_held    numeric;
    v_period  text;
    v_left    numeric;
    v_cap     numeric;
    v_key_amount numeric;
    v_key_held   numeric;
BEGIN
    PERFORM set_config('synchronous_commit', 'off', true);
    PERFORM 1 FROM users u WHERE u.id = ANY (p_users) ORDER BY u.id FOR NO KEY UPDATE;
    PERFORM 1 FROM api_keys k WHERE k.id = ANY (p_keys) AND (k.budget_day IS NOT NULL OR k.budget_week IS NOT NULL
        OR k.budget_month IS NOT NULL OR k.budget_total IS NOT NULL) ORDER BY k.id FOR NO KEY UPDATE;
    FOR i IN 1 .. coalesce(array_length(p_users, 1), 0) LOOP
        ord := i;
        hold_id := NULL;
        available := NULL;
        over_budget := NULL;
        cap := NULL;
        budgeted := false;
        v_key_amount := NULL;
        IF v_user IS DISTINCT FROM p_users[i] THEN
            v_user := p_users[i];
            SELECT u.balance INTO v_balance FROM users u WHERE u.id = v_user;
            v_found := FOUND;
            IF v_found THEN
                SELECT coalesce(sum(h.amount), 0) INTO v_held FROM balance_holds h
                    WHERE h.user_id = v_user AND h.expires_at > p_nows[i];
            END IF;
        END IF;
        IF v_found AND p_keys[i] IS NOT NULL THEN
            SELECT b.period, b.left_over, b.cap INTO v_period, v_left, v_cap
                FROM key_budget_left(p_keys[i], p_days[i], p_weeks[i], p_months[i]) b;
            IF FOUND THEN
                SELECT coalesce(sum(h.key_amount), 0) INTO v_key_held FROM balance_holds h
                    WHERE h.key_id = p_keys[i] AND h.expires_at > p_nows[i];
                v_left := v_left - v_key_held;
                -- A hold cut short to what is left is granted only while no other call on the key is in flight: then
                -- it is the last call before the cap, and the only one that may be charged less than its price.
                IF v_left <= 0 OR (v_left < p_amounts[i] AND v_key_held > 0) THEN
                    over_budget := v_period;
                    cap := v_cap;
                    available := greatest(v_balance - v_held, 0);
                    RETURN NEXT;
                    CONTINUE;
                END IF;
                v_key_amount := least(p_amounts[i], v_left);
                budgeted := true;
            END IF;
        END IF;
        IF v_found THEN
            IF v_balance - v_held >= p_amounts[i] THEN
                INSERT INTO balance_holds (user_id, amount, expires_at, key_id, key_amount)
                    VALUES (v_user, p_amounts[i], p_expires[i], CASE WHEN budgeted THEN p_keys[i] END, v_key_amount)
                    RETURNING id INTO hold_id;
                v_held := v_held + p_amounts[i];
            ELSE
                budgeted := false;
            END IF;
            available := greatest(v_balance - v_held, 0);
        END IF;
        RETURN NEXT;
    END LOOP;
END
$$;
