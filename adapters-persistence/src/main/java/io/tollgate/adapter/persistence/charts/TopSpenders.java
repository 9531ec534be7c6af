package io.tollgate.adapter.persistence.charts;

import io.tollgate.application.relay.usage.charts.Spender;
import io.tollgate.domain.money.Points;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Jdbi;

/**
 * The top users of a range: closed hours summed once per node and kept (they no longer change), open hours read
 * each time, so a 30-day ranking does not re-add a million hourly rows on every render.
 */
final class TopSpenders {

    /** One user's sums; a call without a user (a public model's) counts under the empty id. */
    record Sums(String userId, long requests, long tokens, BigDecimal cost) {
        Sums plus(Sums other) {
            return new Sums(userId, requests + other.requests, tokens + other.tokens, cost.add(other.cost));
        }
    }

    private static final Comparator<Sums> BY_SPEND = Comparator.comparing(Sums::cost).reversed()
            .thenComparing(Comparator.comparingLong(Sums::requests).reversed()).thenComparing(Sums::userId);

    private final Jdbi jdbi;
    /** Closed-hour sums by the range they cover; a range whose end moved on is dropped when the next one is summed. */
    private final Map<List<Instant>, Map<String, Sums>> closedSums = new ConcurrentHashMap<>();

    TopSpenders(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    List<Spender> top(Instant fromHour, Instant closed, int limit) {
        Map<String, Sums> merged = new HashMap<>(closed(fromHour, closed));
        read(ChartsSql.OPEN_SPENDERS, fromHour, closed).forEach(open -> merged.merge(open.userId(), open, Sums::plus));
        List<Sums> leaders = merged.values().stream().sorted(BY_SPEND).limit(limit).toList();
        Map<String, String> names = names(leaders);
        return leaders.stream().map(sums -> new Spender(names.getOrDefault(sums.userId(), ""), "", sums.requests(), sums.tokens(),
                Points.exactly(sums.cost()))).toList();
    }

    private Map<String, Sums> closed(Instant fromHour, Instant closed) {
        List<Instant> range = List.of(fromHour, closed);
        Map<String, Sums> sums = closedSums.get(range);
        if (sums == null) {
            Map<String, Sums> read = new HashMap<>();
            read(ChartsSql.CLOSED_SPENDERS, fromHour, closed).forEach(row -> read.put(row.userId(), row));
            closedSums.keySet().removeIf(older -> older.get(1).isBefore(closed));
            closedSums.put(range, read);
            sums = read;
        }
        return sums;
    }

    private List<Sums> read(String sql, Instant fromHour, Instant closed) {
        return jdbi.withHandle(h -> h.createQuery(sql).bind("from", fromHour.atOffset(ZoneOffset.UTC))
                .bind("closed", closed.atOffset(ZoneOffset.UTC))
                .map((rs, ctx) -> new Sums(Objects.toString(rs.getString("user_id"), ""), rs.getLong("requests"), rs.getLong("tokens"),
                        rs.getBigDecimal("cost"))).list());
    }

    private Map<String, String> names(List<Sums> leaders) {
        String[] ids = leaders.stream().map(Sums::userId).filter(id -> !id.isEmpty()).toArray(String[]::new);
        return jdbi.withHandle(h -> h.createQuery(ChartsSql.USERNAMES).bind("ids", ids)
                .map((rs, ctx) -> Map.entry(rs.getString("id"), rs.getString("username"))).list()).stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
