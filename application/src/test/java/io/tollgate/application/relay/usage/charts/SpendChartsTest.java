package io.tollgate.application.relay.usage.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tollgate.domain.account.QuotaDay;
import io.tollgate.domain.identity.UserId;
import io.tollgate.domain.money.Points;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SpendChartsTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private final Instant now = Instant.parse("2026-03-10T05:30:00Z"); // 13:30 in Shanghai
    private final List<Object> asked = new ArrayList<>();

    private final UsageCharts fake = new UsageCharts() {
        @Override
        public List<UsageSlice> hourly(Optional<UserId> user, Instant fromHour, Instant at) {
            asked.add(fromHour);
            return List.of(
                    slice("2026-03-09T15:00:00Z", "m1", "chat", 2, "1"),   // 23:00 on the 9th in Shanghai
                    slice("2026-03-09T16:00:00Z", "m1", "chat", 3, "2"),   // midnight, the 10th
                    slice("2026-03-10T05:00:00Z", "wf", UsageSlice.SHAREAUTH, 1, "5"),
                    slice("2026-03-10T05:00:00Z", "m2", "embedding", 4, "0.5"));
        }

        @Override
        public List<Spender> topUsers(Instant fromHour, Instant at, int limit) {
            return List.of();
        }

        @Override
        public List<AccountLoad> systemAccounts(LocalDate quotaDay) {
            asked.add(quotaDay);
            return List.of();
        }
    };

    private static UsageSlice slice(String hour, String model, String kind, long requests, String points) {
        return new UsageSlice(Instant.parse(hour), model, kind, requests, 0, requests * 10, Points.exactly(points));
    }

    private final SpendCharts charts = new SpendCharts(fake, new QuotaDay(SHANGHAI), Clock.fixed(now, ZoneOffset.UTC));

    @Test
    void daysAreTheOperatorsLocalDates() {
        SpendOverview month = charts.everyone(ChartRange.MONTH);

        assertEquals(30, month.slots().size());
        assertEquals(Instant.parse("2026-03-09T16:00:00Z"), month.slots().getLast(), "today began at midnight in Shanghai");
        assertEquals(Instant.parse("2026-02-08T16:00:00Z"), asked.getFirst());
        long today = month.slices().stream().filter(s -> s.start().equals(month.slots().getLast()) && s.model().equals("m1"))
                .mapToLong(UsageSlice::requests).sum();
        assertEquals(3, today, "23:00 on the 9th belongs to yesterday");
        assertEquals(10, month.requests());
    }

    @Test
    void hoursEndWithTheCurrentOne() {
        SpendOverview day = charts.everyone(ChartRange.DAY);

        assertEquals(24, day.slots().size());
        assertEquals(Instant.parse("2026-03-10T05:00:00Z"), day.slots().getLast());
        assertEquals(Instant.parse("2026-03-09T06:00:00Z"), asked.getFirst());
    }

    @Test
    void topModelsRankEveryKindByPoints() {
        SpendOverview day = charts.of(new UserId(UUID.randomUUID()), ChartRange.DAY);

        assertEquals(List.of("wf", "m1", "m2"), day.topModels().stream().map(Spender::name).toList());
        assertEquals(UsageSlice.SHAREAUTH, day.topModels().getFirst().kind());
        assertEquals(Points.exactly("3"), day.topModels().get(1).points());
    }

    @Test
    void accountsAreShownForTheOperatorsToday() {
        charts.accountsToday();

        assertEquals(LocalDate.parse("2026-03-10"), asked.getFirst());
    }

    @Test
    void aRangeIsNamedByItsCodeOnly() {
        assertEquals(Optional.of(ChartRange.MONTH), ChartRange.parse("30d"));
        assertEquals(Optional.empty(), ChartRange.parse("30D' OR 1=1"));
        assertEquals(Optional.empty(), ChartRange.parse(null));
    }
}
