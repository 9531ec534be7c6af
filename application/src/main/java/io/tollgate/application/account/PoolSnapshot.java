package io.tollgate.application.account;

import io.tollgate.domain.account.AccountId;
import io.tollgate.domain.account.ProviderAccount;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/** The accounts as last loaded, their opened credentials, and tokens used today (loaded + counted since). */
record PoolSnapshot(List<ProviderAccount> accounts, Map<AccountId, String> credentials, LocalDate day,
                    Map<AccountId, Long> usedAtLoad, Map<AccountId, AtomicLong> usedSince) {

    long used(AccountId id) {
        AtomicLong since = usedSince.get(id);
        return usedAtLoad.getOrDefault(id, 0L) + (since == null ? 0 : since.get());
    }

    long tokensLeft(ProviderAccount account) {
        return account.unlimited() ? Long.MAX_VALUE : Math.max(0, account.dailyTokenQuota() - used(account.id()));
    }
}
