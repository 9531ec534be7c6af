package io.tollgate.domain.relay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class DeadlineTest {

    private final Instant start = Instant.parse("2026-11-21T10:00:00Z");
    private final Deadline deadline = Deadline.after(start, Duration.ofSeconds(300));

    @Test
    void anAttemptWaitsTheConfiguredFirstByteWhileEnoughTimeIsLeft() {
        assertEquals(Duration.ofSeconds(30), deadline.firstByteWait(Duration.ofSeconds(30), 3, start));
    }

    @Test
    void nearTheDeadlineEachAttemptStillToComeGetsAnEqualShareOfWhatIsLeft() {
        Instant late = start.plusSeconds(270);
        assertEquals(Duration.ofSeconds(10), deadline.firstByteWait(Duration.ofSeconds(30), 3, late));
        assertEquals(Duration.ofSeconds(30), deadline.firstByteWait(Duration.ofSeconds(30), 1, late));
        assertEquals(Duration.ZERO, deadline.firstByteWait(Duration.ofSeconds(30), 2, start.plusSeconds(301)));
    }

    @Test
    void theDeadlinePassesAtItsEndAndNothingRemainsAfterIt() {
        assertFalse(deadline.passed(start.plusSeconds(299)));
        assertTrue(deadline.passed(start.plusSeconds(300)));
        assertEquals(Duration.ZERO, deadline.remaining(start.plusSeconds(400)));
        assertEquals(Duration.ofSeconds(1), deadline.remaining(start.plusSeconds(299)));
    }

    @Test
    void anAttemptsWaitsEndByTheDeadline() {
        AttemptLimits limits = new AttemptLimits(Duration.ofSeconds(30), Duration.ofSeconds(60), deadline.end());
        assertEquals(Duration.ofSeconds(60), limits.capped(limits.idle(), start));
        assertEquals(Duration.ofSeconds(5), limits.capped(limits.idle(), start.plusSeconds(295)));
        assertEquals(Duration.ofMillis(1), limits.capped(limits.idle(), start.plusSeconds(300)));
        assertEquals(Duration.ofMillis(2), limits.capped(limits.idle(), start.plusSeconds(300).minusNanos(1_000_001)), "rounded up");
        assertEquals(Duration.ofSeconds(120), AttemptLimits.NONE.capped(Duration.ofSeconds(120), start));
    }
}
