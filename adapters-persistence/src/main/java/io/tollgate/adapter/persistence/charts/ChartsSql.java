package io.tollgate.adapter.persistence.charts;

/** The dashboards' SQL: summing closed hours into the rollups, and reading rollups and the still open hours. */
final class ChartsSql {

    private ChartsSql() {}

    static final String CLAIM = """
            INSERT INTO usage_hours_rolled (hour) SELECT unnest(CAST(:hours AS timestamptz[])) ON CONFLICT DO NOTHING RETURNING hour""";

    /** Relay calls of every kind and ShareAuth charges of a run of claimed hours, per hour, user, model and kind. */
    static final String ROLL_USERS = """
            INSERT INTO usage_hourly_users (hour, user_id, model, kind, requests, failed, tokens, cost)
            SELECT date_trunc('hour', at, 'UTC'), user_id, model, kind, count(*), count(*) FILTER (WHERE status = 'failed'),
                   coalesce(sum(prompt_tokens + completion_tokens), 0), coalesce(sum(cost), 0)
            FROM usage_records WHERE at >= :from AND at < :to
            GROUP BY 1, 2, 3, 4
            UNION ALL
            SELECT date_trunc('hour', created_at, 'UTC'), user_id, workflow_name, 'shareauth', count(*), 0, 0, sum(charge)
            FROM consumptions WHERE created_at >= :from AND created_at < :to
            GROUP BY 1, 2, 3""";

    static final String ROLL_MODELS = """
            INSERT INTO usage_hourly_models (hour, model, kind, requests, failed, tokens, cost)
            SELECT hour, model, kind, sum(requests), sum(failed), sum(tokens), sum(cost)
            FROM usage_hourly_users WHERE hour >= :from AND hour < :to GROUP BY 1, 2, 3""";

    static final String ROLL_SPENDERS = """
            INSERT INTO usage_hourly_spenders (hour, user_id, requests, tokens, cost)
            SELECT hour, user_id, sum(requests), sum(tokens), sum(cost)
            FROM usage_hourly_users WHERE hour >= :from AND hour < :to GROUP BY 1, 2""";

    /** Closed hours from a rollup (USER_FILTER names the table and the user), open hours from the calls themselves. */
    static final String HOURLY = """
            SELECT hour, model, kind, requests, failed, tokens, cost FROM ROLLUP
            WHERE hour >= :from AND hour < :closed USER_FILTER
            UNION ALL
            SELECT date_trunc('hour', at, 'UTC'), model, kind, count(*), count(*) FILTER (WHERE status = 'failed'),
                   coalesce(sum(prompt_tokens + completion_tokens), 0), coalesce(sum(cost), 0)
            FROM usage_records WHERE at >= :closed USER_FILTER GROUP BY 1, 2, 3
            UNION ALL
            SELECT date_trunc('hour', created_at, 'UTC'), workflow_name, 'shareauth', count(*), 0, 0, sum(charge)
            FROM consumptions WHERE created_at >= :closed USER_FILTER GROUP BY 1, 2""";

    /** Each user's sums over closed hours, from the spenders' rollup. */
    static final String CLOSED_SPENDERS = """
            SELECT user_id, sum(requests) AS requests, sum(tokens) AS tokens, sum(cost) AS cost
            FROM usage_hourly_spenders WHERE hour >= :from AND hour < :closed GROUP BY 1""";

    /** Each user's sums over the open hours, from the calls and ShareAuth charges themselves. */
    static final String OPEN_SPENDERS = """
            SELECT user_id, sum(requests) AS requests, sum(tokens) AS tokens, sum(cost) AS cost
            FROM (SELECT user_id, count(*) AS requests, coalesce(sum(prompt_tokens + completion_tokens), 0) AS tokens,
                         coalesce(sum(cost), 0) AS cost
                  FROM usage_records WHERE at >= :closed GROUP BY 1
                  UNION ALL
                  SELECT user_id, count(*), 0, sum(charge) FROM consumptions WHERE created_at >= :closed GROUP BY 1) s
            GROUP BY 1""";

    static final String USERNAMES = "SELECT id, username FROM users WHERE id = ANY(CAST(:ids AS uuid[]))";

    /** System accounts with today's tokens, and the latency of each one's latest calls of the last day (an index range per account). */
    static final String ACCOUNTS = """
            SELECT a.name, a.platform, a.daily_token_quota, coalesce(t.tokens, 0) AS tokens, l.calls, l.median, l.p95
            FROM provider_accounts a
            LEFT JOIN account_token_usage t ON t.account_id = a.id AND t.quota_day = :day
            CROSS JOIN LATERAL (
                SELECT count(*) AS calls, percentile_disc(0.5) WITHIN GROUP (ORDER BY latency_ms) AS median,
                       percentile_disc(0.95) WITHIN GROUP (ORDER BY latency_ms) AS p95
                FROM (SELECT r.latency_ms FROM usage_records r WHERE r.account_id = a.id AND r.at >= now() - interval '1 day'
                      ORDER BY r.at DESC LIMIT :latest) x) l
            WHERE a.owner_id IS NULL
            ORDER BY a.seq""";
}
