package io.tollgate.application.relay;

import io.tollgate.domain.account.AccountId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Which account last served each prompt prefix ({@link PromptPrefix}), so that calls sharing one keep going to that
 * account while it is usable and its prompt cache keeps hitting. Per node, in memory, at most {@link #CAPACITY}
 * prefixes: the least recently used is forgotten first.
 */
final class StickyRoutes {

    static final int CAPACITY = 10_000;

    private final Map<String, AccountId> lastServed;

    StickyRoutes() {
        this(CAPACITY);
    }

    StickyRoutes(int capacity) {
        this.lastServed = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, AccountId> eldest) {
                return size() > capacity;
            }
        };
    }

    synchronized Optional<AccountId> lastServed(String prefixHash) {
        return Optional.ofNullable(lastServed.get(prefixHash));
    }

    synchronized void served(String prefixHash, AccountId account) {
        lastServed.put(prefixHash, account);
    }

    synchronized int size() {
        return lastServed.size();
    }
}
