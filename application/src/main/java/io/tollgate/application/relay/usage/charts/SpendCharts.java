package io.tollgate.application.relay.usage.charts;

import io.tollgate.domain.account.QuotaDay;
import io.tollgate.domain.identity.UserId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The dashboards' numbers: everyone's or one user's usage over a range, slotted in the operator's zone, and the leaders. */
public final class SpendCharts {

    static final int LEADERS = 10;
    /** Ranked by points, then calls, then name, so equal spenders keep one order. */
    static final Comparator<Spender> RANKING = Comparator.comparing(Spender::points).reversed()
            .thenComparing(Comparator.comparingLong(Spender::requests).reversed()).thenComparing(Spender::name);

    private final UsageCharts charts;
    private final QuotaDay quotaDay;
    private final Clock clock;

    public SpendCharts(UsageCharts charts, QuotaDay quotaDay, Clock clock) {
        this.charts = charts;
        this.quotaDay = quotaDay;
        this.clock = clock;
    }

    /** Everyone's usage, the top users and the top models. */
    public SpendOverview everyone(ChartRange range) {
        Instant now = clock.instant();
        List<Instant> slots = slots(range, now);
        Instant from = slots.getFirst().truncatedTo(ChronoUnit.HOURS);
        List<UsageSlice> slices = slotted(slots, charts.hourly(Optional.empty(), from, now));
        return new SpendOverview(range, slots, slices, charts.topUsers(from, now, LEADERS), topModels(slices));
    }

    /** One user's own usage and the models they spent on. */
    public SpendOverview of(UserId user, ChartRange range) {
        Instant now = clock.instant();
        List<Instant> slots = slots(range, now);
        List<UsageSlice> slices = slotted(slots, charts.hourly(Optional.of(user), slots.getFirst().truncatedTo(ChronoUnit.HOURS), now));
        return new SpendOverview(range, slots, slices, List.of(), topModels(slices));
    }

    public List<AccountLoad> accountsToday() {
        return charts.systemAccounts(quotaDay.dayOf(clock.instant()));
    }

    /** The current hour and the 23 before it; or today and the 29 days before it, each from its local midnight. */
    private List<Instant> slots(ChartRange range, Instant now) {
        List<Instant> slots = new ArrayList<>();
        if (range == ChartRange.DAY) {
            Instant hour = now.truncatedTo(ChronoUnit.HOURS);
            for (int i = range.slots() - 1; i >= 0; i--) {
                slots.add(hour.minus(Duration.ofHours(i)));
            }
        } else {
            LocalDate today = quotaDay.dayOf(now);
            for (int i = range.slots() - 1; i >= 0; i--) {
                slots.add(today.minusDays(i).atStartOfDay(quotaDay.zone()).toInstant());
            }
        }
        return slots;
    }

    /** Hourly slices summed into the slot each hour starts in, per model and kind. */
    private static List<UsageSlice> slotted(List<Instant> slots, List<UsageSlice> hourly) {
        TreeMap<Instant, Instant> starts = new TreeMap<>();
        slots.forEach(start -> starts.put(start, start));
        Map<List<Object>, UsageSlice> sums = new LinkedHashMap<>();
        for (UsageSlice hour : hourly) {
            Instant slot = Optional.ofNullable(starts.floorKey(hour.start())).orElse(slots.getFirst());
            UsageSlice moved = new UsageSlice(slot, hour.model(), hour.kind(), hour.requests(), hour.failed(), hour.tokens(), hour.points());
            sums.merge(List.of(slot, hour.model(), hour.kind()), moved, UsageSlice::plus);
        }
        return new ArrayList<>(sums.values());
    }

    private static List<Spender> topModels(List<UsageSlice> slices) {
        Map<List<String>, UsageSlice> byModel = new LinkedHashMap<>();
        slices.forEach(slice -> byModel.merge(List.of(slice.model(), slice.kind()), slice, UsageSlice::plus));
        return byModel.values().stream()
                .map(s -> new Spender(s.model(), s.kind(), s.requests(), s.tokens(), s.points()))
                .sorted(RANKING).limit(LEADERS).toList();
    }
}
