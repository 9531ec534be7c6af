package io.tollgate.adapter.persistence.relay;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The statements behind {@link JdbiModels}. */
interface ModelsSql {

    @SqlUpdate("INSERT INTO models (name, routes, input_per_million, output_per_million, per_call, enabled,"
            + " public_daily_tokens, public_ip_daily_requests, public_ip_daily_tokens, max_output_tokens, kind,"
            + " speech_per_million_chars, transcription_per_minute, moderation, cached_input_per_million, cache_write_per_million)"
            + " VALUES (:name, " + ModelRow.ROUTES + ", :inputPerMillion, :outputPerMillion, :perCall, :enabled,"
            + " (CAST(:publicLimits AS bigint[]))[1], (CAST(:publicLimits AS bigint[]))[2], (CAST(:publicLimits AS bigint[]))[3],"
            + " :maxOutputTokens, :kind, :speechPerMillionChars, :transcriptionPerMinute, :moderation,"
            + " :cachedInputPerMillion, :cacheWritePerMillion) ON CONFLICT (name) DO NOTHING")
    int add(String name, String[] platforms, String[] upstreams, BigDecimal inputPerMillion,
            BigDecimal outputPerMillion, BigDecimal perCall, boolean enabled, Long[] publicLimits, long maxOutputTokens,
            String kind, BigDecimal speechPerMillionChars, BigDecimal transcriptionPerMinute, String moderation,
            BigDecimal cachedInputPerMillion, BigDecimal cacheWritePerMillion);

    @SqlUpdate("UPDATE models SET routes = " + ModelRow.ROUTES + ", input_per_million = :inputPerMillion,"
            + " output_per_million = :outputPerMillion, per_call = :perCall, enabled = :enabled,"
            + " public_daily_tokens = (CAST(:publicLimits AS bigint[]))[1],"
            + " public_ip_daily_requests = (CAST(:publicLimits AS bigint[]))[2],"
            + " public_ip_daily_tokens = (CAST(:publicLimits AS bigint[]))[3], max_output_tokens = :maxOutputTokens,"
            + " kind = :kind, speech_per_million_chars = :speechPerMillionChars,"
            + " transcription_per_minute = :transcriptionPerMinute, moderation = :moderation,"
            + " cached_input_per_million = :cachedInputPerMillion, cache_write_per_million = :cacheWritePerMillion"
            + " WHERE name = :name")
    int update(String name, String[] platforms, String[] upstreams, BigDecimal inputPerMillion,
               BigDecimal outputPerMillion, BigDecimal perCall, boolean enabled, Long[] publicLimits, long maxOutputTokens,
               String kind, BigDecimal speechPerMillionChars, BigDecimal transcriptionPerMinute, String moderation,
            BigDecimal cachedInputPerMillion, BigDecimal cacheWritePerMillion);

    @SqlQuery("SELECT " + ModelRow.COLUMNS + " FROM models WHERE name = :name")
    Optional<ModelRow> byName(String name);

    @SqlQuery("SELECT " + ModelRow.COLUMNS + " FROM models ORDER BY name COLLATE \"C\"")
    List<ModelRow> all();
}
