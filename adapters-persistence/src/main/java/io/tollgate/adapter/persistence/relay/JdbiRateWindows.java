package io.tollgate.adapter.persistence.relay;

import io.tollgate.application.relay.usage.RateWindows;
import io.tollgate.domain.identity.ApiKeyId;
import org.jdbi.v3.core.Jdbi;

/** Per-key minute windows in an unlogged PostgreSQL table, counted by single atomic upserts. */
final class JdbiRateWindows implements RateWindows {

    private final RateWindowsSql sql;

    JdbiRateWindows(Jdbi jdbi) {
        this.sql = jdbi.onDemand(RateWindowsSql.class);
    }

    @Override
    public boolean tryRequest(ApiKeyId key, long epochMinute, int limit) {
        return sql.tryRequest(key.value(), epochMinute, limit) > 0;
    }

    @Override
    public long tokens(ApiKeyId key, long epochMinute) {
        return sql.tokens(key.value(), epochMinute);
    }

    @Override
    public void addTokens(ApiKeyId key, long epochMinute, long tokens) {
        sql.addTokens(key.value(), epochMinute, tokens);
    }

    @Override
    public int forgetBefore(long epochMinute) {
        return sql.forgetBefore(epochMinute);
    }
}
