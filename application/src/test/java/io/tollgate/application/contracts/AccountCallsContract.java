package io.tollgate.application.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tollgate.domain.account.AccountCall;
import io.tollgate.domain.account.AccountCalls;
import io.tollgate.domain.account.AccountHealth;
import io.tollgate.domain.account.AccountId;
import io.tollgate.domain.account.CallSummary;
import io.tollgate.domain.account.FailureClass;
import io.tollgate.domain.account.Platform;
import io.tollgate.domain.account.ProviderAccount;
import io.tollgate.domain.account.ProviderAccounts;
import io.tollgate.domain.account.SealedCredential;
import io.tollgate.domain.identity.UserId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link AccountCalls} does: calls on own accounts, paged newest first, counted on the quota day. */
public abstract class AccountCallsContract {

    protected static final Instant T0 = Instant.parse("2025-03-01T08:00:00Z");
    private static final LocalDate DAY = LocalDate.of(2025, 3, 1);

    private AccountCalls calls;
    private ProviderAccounts accounts;
    private UserId owner;

    /** New calls with no records, over the accounts {@link #accounts()} returns next. */
    protected abstract AccountCalls newCalls();

    /** The accounts of the store {@link #newCalls()} returned last, whose quota days its calls count on. */
    protected abstract ProviderAccounts accounts();

    /** A user, in the store {@link #newCalls()} returned last. */
    protected abstract UserId newUser(String name);

    @BeforeEach
    void createCalls() {
        calls = newCalls();
        accounts = accounts();
        owner = newUser("owner");
    }

    private AccountId ownAccount(String name) {
        AccountId id = new AccountId(UUID.randomUUID());
        accounts.add(new ProviderAccount(id, Platform.DASHSCOPE, name, "https://dashscope.example/v1", Set.of("qwen-plus"),
                1_000_000, 1, AccountHealth.ENABLED, Map.of(), Optional.of(owner)), new SealedCredential("k1", new byte[] {1}));
        return id;
    }

    private AccountCall call(String requestId, AccountId account, long prompt, long completion, int second) {
        return new AccountCall(requestId, Optional.of(owner), account, "qwen-plus", prompt, completion, false, 120,
                AccountCall.Outcome.OK, Optional.empty(), T0.plusSeconds(second), DAY,
                new CallSummary("asked " + requestId, "answered " + requestId, ""));
    }

    private List<String> requestIds(List<AccountCall> page) {
        return page.stream().map(AccountCall::requestId).toList();
    }

    @Test
    void aRecordedCallIsReadBackWithEverythingItSaid() {
        AccountId account = ownAccount("mine");
        AccountCall failed = new AccountCall("r-1", Optional.of(owner), account, "qwen-plus", 12, 0, true, 3400,
                AccountCall.Outcome.FAILED, Optional.of(FailureClass.RATE), T0, DAY, new CallSummary("hello", "", "429 slow down"));

        calls.record(failed);

        assertEquals(List.of(failed), calls.page(account, 0, 10));
    }

    @Test
    void recordingAddsTheCallsTokensToItsAccountsQuotaDay() {
        AccountId account = ownAccount("mine");
        AccountId other = ownAccount("other");

        calls.record(call("r-1", account, 100, 50, 0));
        calls.record(call("r-2", account, 10, 5, 1));
        calls.record(call("r-3", other, 7, 0, 2));

        assertEquals(Map.of(account, 165L, other, 7L), accounts.tokensUsedOn(DAY));
        assertEquals(Map.of(), accounts.tokensUsedOn(DAY.plusDays(1)));
    }

    @Test
    void pagesAreNewestFirstWithOffsetAndLimit() {
        AccountId account = ownAccount("mine");
        for (int i = 1; i <= 5; i++) {
            calls.record(call("r-" + i, account, 1, 1, i));
        }

        assertEquals(List.of("r-5", "r-4"), requestIds(calls.page(account, 0, 2)));
        assertEquals(List.of("r-3", "r-2"), requestIds(calls.page(account, 2, 2)));
        assertEquals(List.of("r-1"), requestIds(calls.page(account, 4, 2)));
        assertEquals(List.of(), calls.page(account, 5, 2));
    }

    @Test
    void aPageHoldsOnlyThatAccountsCalls() {
        AccountId mine = ownAccount("mine");
        AccountId other = ownAccount("other");
        calls.record(call("r-mine", mine, 1, 1, 0));
        calls.record(call("r-other", other, 1, 1, 1));

        assertEquals(List.of("r-mine"), requestIds(calls.page(mine, 0, 10)));
        assertEquals(List.of(), calls.page(ownAccount("never called"), 0, 10));
    }

    @Test
    void aKeylessCallOnASystemPoolAccountIsReadBackWithoutAUser() {
        AccountId pooled = new AccountId(UUID.randomUUID());
        accounts.add(new ProviderAccount(pooled, Platform.DASHSCOPE, "pooled", "https://dashscope.example/v1", Set.of("qwen-plus"),
                1_000_000, 1, AccountHealth.ENABLED, Map.of(), Optional.empty()), new SealedCredential("k1", new byte[] {1}));
        AccountCall keyless = new AccountCall("r-public", Optional.empty(), pooled, "qwen-plus", 3, 4, false, 90,
                AccountCall.Outcome.OK, Optional.empty(), T0, DAY, new CallSummary("", "", ""));

        calls.record(keyless);

        assertEquals(List.of(keyless), calls.page(pooled, 0, 10));
    }

    @Test
    void lastCalledGivesEachCalledAccountsLatestCallAndLeavesOutTheOthers() {
        AccountId busy = ownAccount("busy");
        AccountId once = ownAccount("once");
        AccountId idle = ownAccount("idle");
        calls.record(call("r-1", busy, 1, 1, 10));
        calls.record(call("r-2", once, 1, 1, 20));
        calls.record(call("r-3", busy, 1, 1, 30));

        assertEquals(Map.of(busy, T0.plusSeconds(30), once, T0.plusSeconds(20)), calls.lastCalled(List.of(busy, once, idle)));
        assertEquals(Map.of(once, T0.plusSeconds(20)), calls.lastCalled(List.of(once)));
        assertEquals(Map.of(), calls.lastCalled(List.of()));
    }
}
