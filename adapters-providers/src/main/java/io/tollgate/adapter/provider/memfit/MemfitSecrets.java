package io.tollgate.adapter.provider.memfit;

import io.tollgate.adapter.provider.transport.PlatformCalls;
import io.tollgate.application.totp.UpstreamTotpSecrets;
import io.tollgate.domain.totp.TotpSecret;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The client's memfit secrets per upstream base URL: memory, then the database, then the upstream itself.
 * One lock per upstream makes concurrent first requests (and concurrent refreshes) fetch once.
 */
public final class MemfitSecrets {

    static final String LOGGER = "io.tollgate.adapter.provider.MemfitTotp";
    private static final Logger LOG = LoggerFactory.getLogger(LOGGER);

    private final UpstreamTotpSecrets store;
    private final MemfitSecretFetcher fetcher;
    private final Map<String, TotpSecret> memory = new ConcurrentHashMap<>();
    // A ReentrantLock rather than synchronized: the holder blocks on HTTP and may be a virtual thread.
    private final Map<String, ReentrantLock> locks = new ConcurrentHashMap<>();

    public MemfitSecrets(UpstreamTotpSecrets store, MemfitSecretFetcher fetcher) {
        this.store = store;
        this.fetcher = fetcher;
    }

    static String key(String baseUrl) {
        return PlatformCalls.withoutTrailingSlashes(baseUrl);
    }

    /** The secret to use now, or empty when the upstream could not be asked. */
    Optional<TotpSecret> secret(String baseUrl) {
        String key = key(baseUrl);
        TotpSecret known = memory.get(key);
        if (known != null) {
            return Optional.of(known);
        }
        ReentrantLock lock = locks.computeIfAbsent(key, k -> new ReentrantLock());
        lock.lock();
        try {
            known = memory.get(key);
            if (known != null) {
                return Optional.of(known);
            }
            LOG.info("Initializing TOTP secret for aibalance client...");
            Optional<TotpSecret> stored = store.forUpstream(key);
            if (stored.isPresent()) {
                memory.put(key, stored.get());
                LOG.info("Loaded TOTP secret from database during initialization");
                return stored;
            }
            Optional<TotpSecret> fetched = fetchAndSave(key);
            fetched.ifPresent(secret -> LOG.info("TOTP secret initialized from server"));
            return fetched;
        } finally {
            lock.unlock();
        }
    }

    /** A fresh secret after {@code stale} was refused; one another request already got is used as is. */
    Optional<TotpSecret> refresh(String baseUrl, TotpSecret stale) {
        String key = key(baseUrl);
        ReentrantLock lock = locks.computeIfAbsent(key, k -> new ReentrantLock());
        lock.lock();
        try {
            TotpSecret known = memory.get(key);
            if (known != null && !known.equals(stale)) {
                return Optional.of(known);
            }
            LOG.warn("Refreshing TOTP secret due to authentication failure...");
            Optional<TotpSecret> fetched = fetchAndSave(key);
            fetched.ifPresent(fresh -> LOG.info("TOTP secret refreshed: old={} new={}", stale.masked(), fresh.masked()));
            return fetched;
        } finally {
            lock.unlock();
        }
    }

    private Optional<TotpSecret> fetchAndSave(String key) {
        Optional<TotpSecret> fetched = fetcher.fetch(key);
        fetched.ifPresent(secret -> {
            store.save(key, secret);
            LOG.info("TOTP secret saved to database");
            memory.put(key, secret);
        });
        return fetched;
    }
}
