package io.tollgate.application.fakes;

import io.tollgate.domain.account.AccountCall;
import io.tollgate.domain.account.AccountCalls;
import io.tollgate.domain.account.AccountId;
import io.tollgate.domain.account.ProviderAccount;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Calls on own accounts in memory; like the database adapter, each call's tokens count on its account's quota day
 * in the {@link InMemoryProviderAccounts} given, and a deleted own account takes its calls along.
 */
public final class InMemoryAccountCalls implements AccountCalls {

    private final InMemoryProviderAccounts accounts;
    private final List<AccountCall> calls = new ArrayList<>();

    public InMemoryAccountCalls(InMemoryProviderAccounts accounts) {
        this.accounts = accounts;
        accounts.whenDeleted(this::forget);
    }

    @Override
    public void record(AccountCall call) {
        synchronized (this) {
            calls.add(call);
        }
        accounts.addTokens(call.account(), call.quotaDay(), call.totalTokens());
    }

    @Override
    public synchronized List<AccountCall> page(AccountId account, int offset, int limit) {
        List<AccountCall> newestFirst = new ArrayList<>();
        for (int i = calls.size() - 1; i >= 0; i--) {
            if (calls.get(i).account().equals(account)) {
                newestFirst.add(calls.get(i));
            }
        }
        return newestFirst.stream().skip(Math.max(0, offset)).limit(Math.max(0, limit)).toList();
    }

    @Override
    public synchronized Map<AccountId, Instant> lastCalled(Collection<AccountId> accountIds) {
        Map<AccountId, Instant> last = new HashMap<>();
        for (AccountCall call : calls) {
            if (accountIds.contains(call.account())) {
                last.put(call.account(), call.at());
            }
        }
        return Map.copyOf(last);
    }

    private synchronized void forget(ProviderAccount deleted) {
        if (!deleted.inSystemPool()) {
            calls.removeIf(call -> call.account().equals(deleted.id()));
        }
    }
}
