package io.tollgate.adapter.persistence.relay;

import io.tollgate.adapter.persistence.database.Columns;
import io.tollgate.domain.account.Platform;
import io.tollgate.domain.moderation.PromptModeration;
import io.tollgate.domain.money.Points;
import io.tollgate.domain.relay.Model;
import io.tollgate.domain.relay.kind.ModelKind;
import io.tollgate.domain.relay.ModelPrice;
import io.tollgate.domain.relay.ModelRoute;
import io.tollgate.domain.relay.PublicAccess;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * A row of {@code models}, its jsonb routes unpacked by the query into two parallel arrays; the public limits are
 * all null for a private model.
 */
record ModelRow(String name, List<String> platforms, List<String> upstreams, BigDecimal inputPerMillion,
                BigDecimal outputPerMillion, BigDecimal perCall, boolean enabled, Long publicDailyTokens,
                Long publicIpDailyRequests, Long publicIpDailyTokens, long maxOutputTokens, String kind,
                BigDecimal speechPerMillionChars, BigDecimal transcriptionPerMinute, String moderation,
                BigDecimal cachedInputPerMillion, BigDecimal cacheWritePerMillion) {

    static final String COLUMNS = "name, input_per_million, output_per_million, per_call, enabled,"
            + " public_daily_tokens, public_ip_daily_requests, public_ip_daily_tokens, max_output_tokens,"
            + " kind, speech_per_million_chars, transcription_per_minute, moderation, cached_input_per_million,"
            + " cache_write_per_million,"
            + " (SELECT array_agg(r ->> 'platform' ORDER BY o) FROM jsonb_array_elements(routes) WITH ORDINALITY"
            + " AS e(r, o)) AS route_platforms,"
            + " (SELECT array_agg(r ->> 'upstream' ORDER BY o) FROM jsonb_array_elements(routes) WITH ORDINALITY"
            + " AS e(r, o)) AS route_upstreams";

    /** Builds the jsonb routes from the bound arrays :platforms and :upstreams, keeping their order. */
    static final String ROUTES = "(SELECT coalesce(jsonb_agg(jsonb_build_object('platform', p, 'upstream', u)"
            + " ORDER BY o), '[]'::jsonb) FROM unnest(CAST(:platforms AS text[]), CAST(:upstreams AS text[]))"
            + " WITH ORDINALITY AS r(p, u, o))";

    static ModelRow map(ResultSet rs, StatementContext context) throws SQLException {
        return new ModelRow(rs.getString("name"), Columns.strings(rs, "route_platforms"),
                Columns.strings(rs, "route_upstreams"), rs.getBigDecimal("input_per_million"),
                rs.getBigDecimal("output_per_million"), rs.getBigDecimal("per_call"), rs.getBoolean("enabled"),
                rs.getObject("public_daily_tokens", Long.class), rs.getObject("public_ip_daily_requests", Long.class),
                rs.getObject("public_ip_daily_tokens", Long.class), rs.getLong("max_output_tokens"), rs.getString("kind"),
                rs.getBigDecimal("speech_per_million_chars"), rs.getBigDecimal("transcription_per_minute"),
                rs.getString("moderation"), rs.getBigDecimal("cached_input_per_million"),
                rs.getBigDecimal("cache_write_per_million"));
    }

    /** The three public limits in column order, or three nulls for a private model. */
    static Long[] publicLimits(Model model) {
        return model.publicAccess().map(a -> new Long[] {a.dailyTokens(), a.ipDailyRequests(), a.ipDailyTokens()})
                .orElse(new Long[3]);
    }

    /** A prompt-cache price, or null when it is the input price. */
    static BigDecimal orNull(Optional<Points> price) {
        return price.map(Points::toBigDecimal).orElse(null);
    }

    static String[] platforms(Model model) {
        return model.routes().stream().map(r -> r.platform().wireName()).toArray(String[]::new);
    }

    static String[] upstreams(Model model) {
        return model.routes().stream().map(ModelRoute::upstreamModel).toArray(String[]::new);
    }

    Model toModel() {
        List<ModelRoute> routes = new ArrayList<>();
        for (int i = 0; i < platforms.size(); i++) {
            String wire = platforms.get(i);
            Platform platform = Platform.fromWireName(wire)
                    .orElseThrow(() -> new IllegalStateException("unknown platform in the database: " + wire));
            routes.add(new ModelRoute(platform, upstreams.get(i)));
        }
        ModelKind modelKind = ModelKind.fromWireName(kind)
                .orElseThrow(() -> new IllegalStateException("unknown model kind in the database: " + kind));
        return new Model(name, routes, new ModelPrice(Points.exactly(inputPerMillion), Points.exactly(outputPerMillion),
                Points.exactly(perCall), Points.exactly(speechPerMillionChars), Points.exactly(transcriptionPerMinute),
                Optional.ofNullable(cachedInputPerMillion).map(Points::exactly),
                Optional.ofNullable(cacheWritePerMillion).map(Points::exactly)), enabled,
                Optional.ofNullable(publicDailyTokens).map(daily -> new PublicAccess(daily, publicIpDailyRequests, publicIpDailyTokens)),
                maxOutputTokens, modelKind, PromptModeration.fromWireName(moderation)
                        .orElseThrow(() -> new IllegalStateException("unknown moderation in the database: " + moderation)));
    }
}
