package io.tollgate.adapter.persistence.relay;

import java.time.LocalDate;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The statements behind {@link JdbiPublicUsage}: each one atomic on its own, so nodes can share the counters. */
interface PublicUsageSql {

    /** 1 when the request was counted; 0 when the IP is at the limit (the conflict's WHERE fails). */
    @SqlUpdate("INSERT INTO public_usage (model, quota_day, client_ip, requests, tokens)"
            + " SELECT :model, :day, :ip, 1, 0 WHERE :limit > 0"
            + " ON CONFLICT (model, quota_day, client_ip) DO UPDATE SET requests = public_usage.requests + 1"
            + " WHERE public_usage.requests < :limit")
    int tryRequest(String model, String ip, LocalDate day, long limit);

    @SqlQuery("SELECT coalesce(sum(tokens), 0) FROM public_usage WHERE model = :model AND quota_day = :day")
    long modelTokens(String model, LocalDate day);

    @SqlQuery("SELECT coalesce(sum(tokens), 0) FROM public_usage"
            + " WHERE model = :model AND quota_day = :day AND client_ip = :ip")
    long ipTokens(String model, String ip, LocalDate day);

    @SqlUpdate("INSERT INTO public_usage (model, quota_day, client_ip, requests, tokens) VALUES (:model, :day, :ip, 0, :tokens)"
            + " ON CONFLICT (model, quota_day, client_ip) DO UPDATE SET tokens = public_usage.tokens + :tokens")
    void addTokens(String model, String ip, LocalDate day, long tokens);

    @SqlUpdate("DELETE FROM public_usage WHERE quota_day < :day")
    int forgetBefore(LocalDate day);
}
