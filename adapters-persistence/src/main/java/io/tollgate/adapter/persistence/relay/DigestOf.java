package io.tollgate.adapter.persistence.relay;

import io.tollgate.application.relay.usage.UsageDigest;
import io.tollgate.domain.money.Points;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/** Adds hour slices up into the dashboard's digest: totals, the hourly series, and the leading users and models. */
final class DigestOf {

    private DigestOf() {}

    static UsageDigest hours(Map<Instant, HourSlice> hours, Function<List<UUID>, Map<UUID, String>> usernames, int leaders) {
        Map<UUID, HourSlice.Tally> users = new HashMap<>();
        Map<String, HourSlice.Tally> models = new HashMap<>();
        HourSlice.Tally total = new HourSlice.Tally();
        BigDecimal shareAuth = BigDecimal.ZERO;
        List<UsageDigest.Hour> series = new ArrayList<>();
        for (Map.Entry<Instant, HourSlice> hour : hours.entrySet()) {
            HourSlice.Tally inHour = hour.getValue().total();
            if (inHour.requests > 0) {
                series.add(new UsageDigest.Hour(hour.getKey(), inHour.requests, inHour.failed));
            }
            total.add(inHour.requests, inHour.failed, inHour.tokens, inHour.cost);
            shareAuth = shareAuth.add(hour.getValue().shareAuth);
            hour.getValue().users.forEach((id, t) -> users.computeIfAbsent(id, k -> new HourSlice.Tally()).add(t.requests, t.failed, t.tokens, t.cost));
            hour.getValue().models.forEach((m, t) -> models.computeIfAbsent(m, k -> new HourSlice.Tally()).add(t.requests, t.failed, t.tokens, t.cost));
        }
        List<UUID> topUsers = top(users, leaders);
        Map<UUID, String> names = usernames.apply(topUsers);
        return new UsageDigest(total.requests, total.tokens, total.failed, Points.exactly(total.cost).plus(Points.exactly(shareAuth)),
                series, topUsers.stream().map(id -> leader(names.getOrDefault(id, "?"), users.get(id))).toList(),
                top(models, leaders).stream().map(m -> leader(m, models.get(m))).toList());
    }

    private static <K extends Comparable<K>> List<K> top(Map<K, HourSlice.Tally> tallies, int leaders) {
        return tallies.entrySet().stream()
                .sorted(Comparator.comparingLong((Map.Entry<K, HourSlice.Tally> e) -> e.getValue().requests).reversed()
                        .thenComparing(Map.Entry::getKey))
                .limit(leaders).map(Map.Entry::getKey).toList();
    }

    private static UsageDigest.Leader leader(String name, HourSlice.Tally tally) {
        return new UsageDigest.Leader(name, tally.requests, tally.tokens, Points.exactly(tally.cost));
    }
}
