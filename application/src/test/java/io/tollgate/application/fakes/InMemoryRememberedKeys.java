package io.tollgate.application.fakes;

import io.tollgate.application.identity.RememberedKeys;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Remembered keys in an unbounded map: enough for tests that use a handful of keys. */
public final class InMemoryRememberedKeys implements RememberedKeys {

    private final ConcurrentHashMap<String, Found> found = new ConcurrentHashMap<>();

    @Override
    public Optional<Found> get(String secretHash) {
        return Optional.ofNullable(found.get(secretHash));
    }

    @Override
    public void put(String secretHash, Found lookup) {
        found.put(secretHash, lookup);
    }

    @Override
    public void forgetAll() {
        found.clear();
    }
}
