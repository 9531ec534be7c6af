package io.tollgate.application.relay.usage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tollgate.application.fakes.InMemoryMetering;
import io.tollgate.application.fakes.InMemoryProviderAccounts;
import io.tollgate.application.fakes.InMemoryPublicUsage;
import io.tollgate.application.fakes.InMemoryRateWindows;
import io.tollgate.application.fakes.InMemoryStore;
import io.tollgate.application.fakes.InMemoryUsers;
import io.tollgate.application.fakes.SettableClock;
import io.tollgate.domain.account.QuotaDay;
import io.tollgate.domain.billing.LedgerEntryKind;
import io.tollgate.domain.identity.ApiKeyId;
import io.tollgate.domain.identity.NewUser;
import io.tollgate.domain.identity.UserId;
import io.tollgate.domain.identity.Username;
import io.tollgate.domain.money.Points;
import io.tollgate.domain.relay.Metering;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ForgetOldCountsTest {

    private final SettableClock clock = new SettableClock(Instant.parse("2026-03-10T04:00:00Z"));
    private final InMemoryRateWindows windows = new InMemoryRateWindows();
    private final InMemoryPublicUsage publicUsage = new InMemoryPublicUsage();
    private final InMemoryUsers users = new InMemoryUsers();
    private final InMemoryStore store = new InMemoryStore(users);
    private final InMemoryMetering metering = new InMemoryMetering(users, store, new InMemoryProviderAccounts());
    private final ForgetOldCounts forget = new ForgetOldCounts(windows, publicUsage, metering, QuotaDay.SHANGHAI, clock);

    @Test
    void holdsThatLapsedGoWhileTheLiveStay() {
        UserId alice = users.add(new NewUser(new Username("alice"), "hash", clock.instant())).orElseThrow().id();
        store.change(alice, Points.exactly("10"), LedgerEntryKind.TOP_UP, "opening", "admin", clock.instant());
        metering.reserve(alice, Points.exactly("2"), clock.instant().minus(Metering.HOLD_LIFETIME));
        metering.reserve(alice, Points.exactly("3"), clock.instant().minus(Metering.HOLD_LIFETIME).plusSeconds(1));

        assertEquals(new ForgetOldCounts.Forgotten(0, 0, 1), forget.run());

        assertEquals(Points.exactly("3"), metering.held(alice));
    }

    @Test
    void windowsOlderThanAnHourAndPublicDaysOlderThanAWeekGoWhileTheRecentStay() {
        long now = clock.instant().getEpochSecond() / 60;
        ApiKeyId key = new ApiKeyId(UUID.randomUUID());
        windows.tryRequest(key, now - 61, 1);
        windows.tryRequest(key, now - 59, 1);
        LocalDate today = LocalDate.of(2026, 3, 10);
        publicUsage.addTokens("m-free", "10.0.0.1", today.minusDays(8), 5);
        publicUsage.addTokens("m-free", "10.0.0.1", today.minusDays(7), 6);

        assertEquals(new ForgetOldCounts.Forgotten(1, 1, 0), forget.run());

        assertTrue(windows.tryRequest(key, now - 61, 1), "the hour-old window was dropped");
        assertFalse(windows.tryRequest(key, now - 59, 1), "the recent window was kept");
        assertEquals(0, publicUsage.modelTokens("m-free", today.minusDays(8)));
        assertEquals(6, publicUsage.modelTokens("m-free", today.minusDays(7)));
    }
}
