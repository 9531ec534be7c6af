package io.tollgate.application.fakes;

import io.tollgate.domain.account.AccountId;
import io.tollgate.domain.account.oauth.OAuthGrant;
import io.tollgate.domain.account.oauth.OAuthGrants;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** OAuth grants in memory, one per account; given the accounts, a grant goes when its account is deleted. */
public final class InMemoryOAuthGrants implements OAuthGrants {

    private final Map<AccountId, OAuthGrant> grants = new LinkedHashMap<>();
    private final Map<AccountId, Instant> claims = new HashMap<>();

    public InMemoryOAuthGrants() {}

    public InMemoryOAuthGrants(InMemoryProviderAccounts accounts) {
        accounts.whenDeleted(deleted -> forget(deleted.id()));
    }

    private synchronized void forget(AccountId account) {
        grants.remove(account);
    }

    @Override
    public synchronized void save(OAuthGrant grant) {
        grants.put(grant.account(), grant);
        claims.remove(grant.account());
    }

    @Override
    public synchronized boolean claimRenewal(AccountId account, Instant now, Instant until) {
        Instant held = claims.get(account);
        if (!grants.containsKey(account) || (held != null && held.isAfter(now))) {
            return false;
        }
        claims.put(account, until);
        return true;
    }

    @Override
    public synchronized void releaseRenewal(AccountId account) {
        claims.remove(account);
    }

    @Override
    public synchronized Optional<OAuthGrant> of(AccountId account) {
        return Optional.ofNullable(grants.get(account));
    }

    @Override
    public synchronized List<OAuthGrant> expiringBefore(Instant instant) {
        return grants.values().stream().filter(g -> g.expiresBefore(instant))
                .sorted(Comparator.comparing(g -> g.accessExpiresAt().orElseThrow())).toList();
    }

    @Override
    public synchronized List<OAuthGrant> all() {
        return List.copyOf(grants.values());
    }
}
