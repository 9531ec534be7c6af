package io.tollgate.application.relay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.tollgate.domain.account.AccountCall;
import io.tollgate.domain.account.AccountId;
import io.tollgate.domain.account.CallSummary;
import io.tollgate.domain.account.ProviderAccount;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Admins page through any account's calls, newest first; a missing account has none to page. */
class ManageAccountsUsageTest {

    private final RelayFixture fixture = new RelayFixture();

    private void call(ProviderAccount account, String requestId, int second) {
        fixture.calls.record(new AccountCall(requestId, Optional.empty(), account.id(), RelayFixture.MODEL, 1, 2, false, 10,
                AccountCall.Outcome.OK, Optional.empty(), fixture.clock.instant().plusSeconds(second), LocalDate.of(2026, 3, 1),
                new CallSummary("", "", "")));
    }

    private List<String> ids(Optional<List<AccountCall>> page) {
        return page.orElseThrow().stream().map(AccountCall::requestId).toList();
    }

    @Test
    void anAccountsCallsComeNewestFirstAPageAtATime() {
        ProviderAccount pooled = fixture.account("pooled", 1000);
        ProviderAccount other = fixture.account("other", 1000);
        for (int i = 1; i <= 3; i++) {
            call(pooled, "r-" + i, i);
        }
        call(other, "r-other", 9);

        assertEquals(List.of("r-3", "r-2"), ids(fixture.manageAccounts.usage(pooled.id(), 0, 2)));
        assertEquals(List.of("r-1"), ids(fixture.manageAccounts.usage(pooled.id(), 2, 2)));
        assertEquals(List.of(), ids(fixture.manageAccounts.usage(fixture.account("idle", 1).id(), 0, 2)));
    }

    @Test
    void aMissingAccountHasNoPageAndABadWindowIsRefused() {
        assertEquals(Optional.empty(), fixture.manageAccounts.usage(new AccountId(UUID.randomUUID()), 0, 10));
        ProviderAccount pooled = fixture.account("pooled", 1000);
        assertThrows(IllegalArgumentException.class, () -> fixture.manageAccounts.usage(pooled.id(), -1, 10));
        assertThrows(IllegalArgumentException.class, () -> fixture.manageAccounts.usage(pooled.id(), 0, 0));
    }
}
