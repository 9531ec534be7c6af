package io.tollgate.application.relay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.tollgate.domain.account.ProviderAccount;
import io.tollgate.domain.identity.User;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RelayQuotaTest {

    private final RelayFixture f = new RelayFixture();
    private final User alice = f.user("alice", "100");
    private final String key = f.key(alice, List.of(), 0);

    private ProviderAccount accountWithLeft(String name, long quota, long used) {
        ProviderAccount account = f.account(name, quota);
        f.accounts.addTokens(account.id(), f.pool.quotaDay(), used);
        f.pool.invalidate();
        return account;
    }

    @Test
    void theAccountWithTheMostQuotaLeftAnswers() {
        accountWithLeft("ten-k-left", 20_000, 10_000);
        ProviderAccount fifty = accountWithLeft("fifty-k-left", 60_000, 10_000);
        accountWithLeft("thirty-k-left", 40_000, 10_000);

        assertInstanceOf(RelayOutcome.Answered.class, f.chat(key, false, false, 50));

        assertEquals(List.of(fifty.id()), f.platform.calls);
    }

    @Test
    void anExhaustedAccountIsSkippedEvenWhenItsQuotaIsTheLargest() {
        accountWithLeft("exhausted", 1_000_000, 1_000_000);
        ProviderAccount small = accountWithLeft("small", 1_000, 0);

        f.chat(key, false, false, 50);

        assertEquals(List.of(small.id()), f.platform.calls);
    }

    @Test
    void tokensSpentTodayCountAgainstTheQuotaWithoutAReload() {
        ProviderAccount first = accountWithLeft("first", 10_020, 10_000);
        ProviderAccount second = accountWithLeft("second", 10_016, 10_000);

        f.chat(key, false, false, 50); // 15 tokens from "first": 5 left, less than second's 16
        f.chat(key, false, false, 50);

        assertEquals(List.of(first.id(), second.id()), f.platform.calls);
    }

    @Test
    void whenNoAccountHasQuotaLeftTheCallerLearnsTheModelAndTheResetTime() {
        accountWithLeft("a", 1_000, 1_000);
        accountWithLeft("b", 2_000, 2_000);

        RelayFailure.QuotaExhausted exhausted = assertInstanceOf(RelayFailure.QuotaExhausted.class, f.chat(key, false, false, 50));

        assertEquals(RelayFixture.MODEL, exhausted.model());
        // 04:00 UTC is noon in Shanghai; quotas reset at Shanghai midnight.
        assertEquals(Instant.parse("2026-03-01T16:00:00Z"), exhausted.resetAt());
        assertEquals(List.of(), f.platform.calls);
    }

    @Test
    void aModelNobodyServesIsNoAccountRatherThanQuota() {
        assertInstanceOf(RelayFailure.NoAccount.class, f.chat(key, false, false, 50));
    }
}
