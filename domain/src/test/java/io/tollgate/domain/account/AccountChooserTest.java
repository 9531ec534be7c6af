package io.tollgate.domain.account;

import static io.tollgate.domain.account.Accounts.account;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AccountChooserTest {

    private final AccountChooser chooser = new AccountChooser();
    private final Instant now = Instant.parse("2026-11-21T00:00:00Z");

    @Test
    void picksTheAccountWithTheMostQuotaLeft() {
        ProviderAccount a = account("a", 100_000, 1);
        ProviderAccount b = account("b", 100_000, 1);
        ProviderAccount c = account("c", 100_000, 1);
        List<AccountChooser.Candidate> candidates = List.of(new AccountChooser.Candidate(a, 10_000),
                new AccountChooser.Candidate(b, 50_000), new AccountChooser.Candidate(c, 30_000));
        assertEquals(b, chooser.choose(candidates, Set.of(), now).orElseThrow());
        assertEquals(c, chooser.choose(candidates, Set.of(b.id()), now).orElseThrow(), "never one that already failed");
    }

    @Test
    void skipsExhaustedAndUnusableAccountsAndReportsNoneLeft() {
        ProviderAccount cooling = account("cooling", 0, 1).withHealth(new AccountHealth(AccountStatus.COOLING_DOWN, "429",
                Optional.of(now.plusSeconds(30)), 1, 0));
        ProviderAccount exhausted = account("exhausted", 1000, 1);
        List<AccountChooser.Candidate> candidates = List.of(new AccountChooser.Candidate(cooling, Long.MAX_VALUE),
                new AccountChooser.Candidate(exhausted, 0));
        assertTrue(chooser.choose(candidates, Set.of(), now).isEmpty());
        assertEquals(cooling, chooser.choose(candidates, Set.of(), now.plusSeconds(31)).orElseThrow(), "usable after the cooldown");
    }

    @Test
    void tiesGoToTheHeavierWeightThenTakeTurns() {
        ProviderAccount light = account("light", 0, 1);
        ProviderAccount heavy1 = account("heavy1", 0, 5);
        ProviderAccount heavy2 = account("heavy2", 0, 5);
        List<AccountChooser.Candidate> candidates = List.of(new AccountChooser.Candidate(light, Long.MAX_VALUE),
                new AccountChooser.Candidate(heavy1, Long.MAX_VALUE), new AccountChooser.Candidate(heavy2, Long.MAX_VALUE));
        Map<ProviderAccount, Integer> picks = new HashMap<>();
        for (int i = 0; i < 10; i++) {
            picks.merge(chooser.choose(candidates, Set.of(), now).orElseThrow(), 1, Integer::sum);
        }
        assertEquals(Map.of(heavy1, 5, heavy2, 5), picks);
    }
}
