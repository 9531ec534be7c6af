package io.tollgate.boot.adapter;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.tollgate.application.identity.RememberedKeys;
import java.util.Optional;

/**
 * Remembered API keys in a Caffeine cache: bounded, evicting the least used (W-TinyLFU admits a newcomer only over
 * an entry used less), so a flood of one-off keys leaves the busy ones in place.
 */
public final class CaffeineRememberedKeys implements RememberedKeys {

    static final int MAX_KEYS = 100_000;

    private final Cache<String, Found> found;

    public CaffeineRememberedKeys() {
        // No expiry here: each entry carries its deadline on the injected clock, and the bound keeps dead ones few.
        this.found = Caffeine.newBuilder().maximumSize(MAX_KEYS).build();
    }

    @Override
    public Optional<Found> get(String secretHash) {
        return Optional.ofNullable(found.getIfPresent(secretHash));
    }

    @Override
    public void put(String secretHash, Found lookup) {
        found.put(secretHash, lookup);
    }

    @Override
    public void forgetAll() {
        found.invalidateAll();
    }
}
