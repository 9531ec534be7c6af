package io.tollgate.application.fakes;

import io.tollgate.application.account.PendingAuthorization;
import io.tollgate.application.account.PendingAuthorizations;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Authorizations in flight, in memory, by state hash. */
public final class InMemoryPendingAuthorizations implements PendingAuthorizations {

    private final Map<String, PendingAuthorization> pending = new HashMap<>();

    @Override
    public synchronized void add(PendingAuthorization authorization) {
        if (pending.putIfAbsent(authorization.stateHash(), authorization) != null) {
            throw new IllegalStateException("the state exists");
        }
    }

    @Override
    public synchronized Optional<PendingAuthorization> take(String stateHash) {
        return Optional.ofNullable(pending.remove(stateHash));
    }

    @Override
    public synchronized int forgetExpired(Instant now) {
        int before = pending.size();
        pending.values().removeIf(p -> p.expiresAt().isBefore(now));
        return before - pending.size();
    }

    /** How many are waiting, for tests that check nothing was left behind. */
    public synchronized int size() {
        return pending.size();
    }
}
