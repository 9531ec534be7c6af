package io.tollgate.application.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tollgate.application.relay.usage.PublicUsage;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link PublicUsage} does: per model, IP and day, requests up to the limit and tokens added up. */
public abstract class PublicUsageContract {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 1);

    private PublicUsage usage;

    /** New, empty counters. */
    protected abstract PublicUsage newUsage();

    @BeforeEach
    void createUsage() {
        usage = newUsage();
    }

    @Test
    void anIpsRequestsAreCountedUpToTheLimitThenRefused() {
        assertTrue(usage.tryRequest("m-free", "10.0.0.1", DAY, 2));
        assertTrue(usage.tryRequest("m-free", "10.0.0.1", DAY, 2));
        assertFalse(usage.tryRequest("m-free", "10.0.0.1", DAY, 2));
    }

    @Test
    void eachModelIpAndDayHasItsOwnRequestCount() {
        assertTrue(usage.tryRequest("m-free", "10.0.0.1", DAY, 1));

        assertTrue(usage.tryRequest("m-free", "10.0.0.2", DAY, 1));
        assertTrue(usage.tryRequest("other-free", "10.0.0.1", DAY, 1));
        assertTrue(usage.tryRequest("m-free", "10.0.0.1", DAY.plusDays(1), 1));
        assertFalse(usage.tryRequest("m-free", "10.0.0.1", DAY, 1));
    }

    @Test
    void tokensAddUpPerIpAndIntoTheModelsPool() {
        usage.addTokens("m-free", "10.0.0.1", DAY, 30);
        usage.addTokens("m-free", "10.0.0.1", DAY, 12);
        usage.addTokens("m-free", "10.0.0.2", DAY, 8);
        usage.addTokens("other-free", "10.0.0.1", DAY, 1000);
        usage.addTokens("m-free", "10.0.0.1", DAY.plusDays(1), 5);

        assertEquals(42, usage.ipTokens("m-free", "10.0.0.1", DAY));
        assertEquals(8, usage.ipTokens("m-free", "10.0.0.2", DAY));
        assertEquals(50, usage.modelTokens("m-free", DAY));
        assertEquals(0, usage.modelTokens("m-free", DAY.minusDays(1)));
        assertEquals(0, usage.ipTokens("m-free", "10.0.0.3", DAY));
    }

    @Test
    void simultaneousRequestsNeverPassTheLimit() {
        List<Boolean> admitted = Concurrently.run(40, i -> usage.tryRequest("m-free", "10.0.0.1", DAY, 25));

        assertEquals(25, admitted.stream().filter(Boolean::booleanValue).count());
        assertFalse(usage.tryRequest("m-free", "10.0.0.1", DAY, 25));
    }

    @Test
    void forgettingOldDaysDropsTheirCountsAndKeepsTheRest() {
        usage.tryRequest("m-free", "10.0.0.1", DAY.minusDays(8), 5);
        usage.addTokens("m-free", "10.0.0.2", DAY.minusDays(8), 40);
        usage.addTokens("m-free", "10.0.0.1", DAY, 7);

        assertEquals(2, usage.forgetBefore(DAY.minusDays(7)));

        assertEquals(0, usage.ipTokens("m-free", "10.0.0.2", DAY.minusDays(8)));
        assertTrue(usage.tryRequest("m-free", "10.0.0.1", DAY.minusDays(8), 1), "the old day's count is gone");
        assertEquals(7, usage.modelTokens("m-free", DAY));
    }
}
