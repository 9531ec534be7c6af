package io.tollgate.boot;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tollgate.application.fakes.InMemoryMetering;
import io.tollgate.application.fakes.InMemoryProviderAccounts;
import io.tollgate.application.fakes.InMemoryPublicUsage;
import io.tollgate.application.fakes.InMemoryRateWindows;
import io.tollgate.application.fakes.InMemoryStore;
import io.tollgate.application.fakes.InMemoryUsers;
import io.tollgate.application.relay.usage.ForgetOldCounts;
import io.tollgate.application.relay.usage.RateWindows;
import io.tollgate.domain.account.QuotaDay;
import io.tollgate.domain.identity.ApiKeyId;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class HousekeepingTest {

    private final Clock clock = Clock.fixed(Instant.parse("2026-03-10T04:00:00Z"), ZoneOffset.UTC);

    private static InMemoryMetering metering() {
        InMemoryUsers users = new InMemoryUsers();
        return new InMemoryMetering(users, new InMemoryStore(users), new InMemoryProviderAccounts());
    }

    @Test
    void aRoundDropsOldPublicDayCounts() {
        InMemoryPublicUsage publicUsage = new InMemoryPublicUsage();
        publicUsage.addTokens("m-free", "10.0.0.1", LocalDate.of(2026, 3, 1), 5);

        Housekeeping.forget(new ForgetOldCounts(new InMemoryRateWindows(), publicUsage, metering(), QuotaDay.SHANGHAI, clock));

        assertEquals(0, publicUsage.modelTokens("m-free", LocalDate.of(2026, 3, 1)));
    }

    @Test
    void aFailingRoundIsLoggedAndDoesNotEndTheSchedule() {
        RateWindows broken = new RateWindows() {
            @Override
            public boolean tryRequest(ApiKeyId key, long epochMinute, int limit) {
                return true;
            }

            @Override
            public long tokens(ApiKeyId key, long epochMinute) {
                return 0;
            }

            @Override
            public void addTokens(ApiKeyId key, long epochMinute, long tokens) {}

            @Override
            public int forgetBefore(long epochMinute) {
                throw new IllegalStateException("the database is away");
            }
        };

        assertDoesNotThrow(() -> Housekeeping.forget(new ForgetOldCounts(broken, new InMemoryPublicUsage(), metering(), QuotaDay.SHANGHAI, clock)));
    }
}
