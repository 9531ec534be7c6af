package io.tollgate.domain.relay.budget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.tollgate.domain.money.Points;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BudgetWindowsTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Test
    void periodsFollowTheQuotaZonesCalendarWithIsoWeeksStartingOnMonday() {
        // 2026-03-01 17:30 UTC is Monday 2 March 01:30 in Shanghai.
        BudgetWindows windows = BudgetWindows.of(Instant.parse("2026-03-01T17:30:00Z"), SHANGHAI);

        assertEquals(LocalDate.of(2026, 3, 2), windows.day());
        assertEquals(LocalDate.of(2026, 3, 2), windows.week());
        assertEquals(LocalDate.of(2026, 3, 1), windows.month());
        assertEquals(LocalDate.EPOCH, windows.start(BudgetPeriod.TOTAL));
        assertEquals(Optional.of(Instant.parse("2026-03-02T16:00:00Z")), windows.resetsAt(BudgetPeriod.DAY));
        assertEquals(Optional.of(Instant.parse("2026-03-08T16:00:00Z")), windows.resetsAt(BudgetPeriod.WEEK));
        assertEquals(Optional.of(Instant.parse("2026-03-31T16:00:00Z")), windows.resetsAt(BudgetPeriod.MONTH));
        assertEquals(Optional.empty(), windows.resetsAt(BudgetPeriod.TOTAL));
        assertEquals(LocalDate.of(2026, 2, 23), BudgetWindows.of(Instant.parse("2026-03-01T15:59:59Z"), SHANGHAI).week(),
                "one second earlier it is still Sunday, in the week before");
    }

    @Test
    void capsAreSetAndRemovedByChangesAndNeverNegative() {
        KeyBudgets caps = KeyBudgets.NONE.with(Map.of(BudgetPeriod.DAY, Optional.of(Points.exactly("1")),
                BudgetPeriod.TOTAL, Optional.of(Points.ZERO)));

        assertEquals(Optional.of(Points.exactly("1")), caps.cap(BudgetPeriod.DAY));
        assertEquals(KeyBudgets.NONE.with(Map.of(BudgetPeriod.TOTAL, Optional.of(Points.ZERO))),
                caps.with(Map.of(BudgetPeriod.DAY, Optional.empty())));
        assertThrows(IllegalArgumentException.class, () -> new KeyBudgets(Map.of(BudgetPeriod.WEEK, Points.exactly("-1"))));
    }
}
