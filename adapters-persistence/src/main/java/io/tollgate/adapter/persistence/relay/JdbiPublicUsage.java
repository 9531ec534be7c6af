package io.tollgate.adapter.persistence.relay;

import io.tollgate.application.relay.usage.PublicUsage;
import java.time.LocalDate;
import org.jdbi.v3.core.Jdbi;

/** Keyless use of public models in PostgreSQL, one row per model, quota day and IP, counted by atomic upserts. */
final class JdbiPublicUsage implements PublicUsage {

    private final PublicUsageSql sql;

    JdbiPublicUsage(Jdbi jdbi) {
        this.sql = jdbi.onDemand(PublicUsageSql.class);
    }

    @Override
    public boolean tryRequest(String model, String clientIp, LocalDate day, long limit) {
        return sql.tryRequest(model, clientIp, day, limit) > 0;
    }

    @Override
    public long modelTokens(String model, LocalDate day) {
        return sql.modelTokens(model, day);
    }

    @Override
    public long ipTokens(String model, String clientIp, LocalDate day) {
        return sql.ipTokens(model, clientIp, day);
    }

    @Override
    public void addTokens(String model, String clientIp, LocalDate day, long tokens) {
        sql.addTokens(model, clientIp, day, tokens);
    }

    @Override
    public int forgetBefore(LocalDate day) {
        return sql.forgetBefore(day);
    }
}
