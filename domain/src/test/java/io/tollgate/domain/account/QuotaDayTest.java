package io.tollgate.domain.account;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class QuotaDayTest {

    @Test
    void quotasResetAtShanghaiMidnight() {
        Instant lateUtc = Instant.parse("2026-11-21T17:30:00Z");
        assertEquals(LocalDate.parse("2026-11-22"), QuotaDay.SHANGHAI.dayOf(lateUtc));
        assertEquals(Instant.parse("2026-11-22T16:00:00Z"), QuotaDay.SHANGHAI.nextReset(lateUtc));
    }
}
