package io.tollgate.application.relay;

import io.tollgate.application.account.AccountPool;
import io.tollgate.application.account.Pick;
import io.tollgate.domain.account.AccountId;
import io.tollgate.domain.account.Platform;
import io.tollgate.domain.account.ProviderAccount;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/** The accounts of the pool a request may use (the system pool, or one user's own), and why none is left. */
record PoolScope(AccountPool pool, Predicate<ProviderAccount> accounts, String model, Set<Platform> platforms)
        implements Attempts.Scope {

    static PoolScope systemPool(AccountPool pool, io.tollgate.domain.relay.Model model) {
        return new PoolScope(pool, ProviderAccount::inSystemPool, model.name(), model.platforms());
    }

    /** Only {@code account} of the system pool: a follow-up to a Response that account stored. */
    static PoolScope oneAccount(AccountPool pool, io.tollgate.domain.relay.Model model, AccountId account) {
        return new PoolScope(pool, a -> a.inSystemPool() && a.id().equals(account), model.name(), model.platforms());
    }

    @Override
    public Optional<Pick> choose(Set<AccountId> alreadyFailed, Optional<AccountId> preferred) {
        return pool.choose(accounts, model, platforms, alreadyFailed, preferred);
    }

    @Override
    public RelayFailure whenNoneLeft() {
        AccountPool.Unavailable why = pool.unavailable(accounts, model);
        return why.quotaExhausted() ? new RelayFailure.QuotaExhausted(model, why.resetAt()) : new RelayFailure.NoAccount(model);
    }
}
