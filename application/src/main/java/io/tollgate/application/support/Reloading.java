package io.tollgate.application.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * A value read from the database and kept in memory, reloaded once it is older than the interval: how a change
 * made on another node sharing the database reaches this one. One caller reloads while the others keep reading
 * the copy they have (they never queue behind a reload, which may wait on a database that is away); a change made on
 * this node replaces the copy at once.
 */
public final class Reloading<T> {

    private record Copy<T>(T value, Instant loadedAt) {}

    private final Supplier<T> load;
    private final Clock clock;
    private final Duration interval;
    private final ReentrantLock loading = new ReentrantLock();
    private volatile Copy<T> copy;

    public Reloading(Supplier<T> load, Clock clock, Duration interval) {
        this.load = Objects.requireNonNull(load, "load");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.interval = Objects.requireNonNull(interval, "interval");
    }

    /** The copy in memory, reloaded first when it is older than the interval. */
    public T get() {
        return get(loadedAt -> false);
    }

    /**
     * As {@link #get()}, also reloading when {@code stale} says the copy loaded at that instant is out of date. While
     * another caller reloads, a stale copy is returned as it is; only a caller without any copy waits for the load.
     * A load that fails is thrown to the one caller that tried it; the copy stays, and the next caller tries again.
     */
    public T get(Function<Instant, Boolean> stale) {
        Copy<T> current = copy;
        Instant now = clock.instant();
        if (current != null && current.loadedAt().plus(interval).isAfter(now) && !stale.apply(current.loadedAt())) {
            return current.value();
        }
        if (current == null) {
            loading.lock();
        } else if (!loading.tryLock()) {
            return current.value();
        }
        try {
            Copy<T> latest = copy;
            if (latest != current && latest != null) {
                return latest.value();
            }
            return set(load.get());
        } finally {
            loading.unlock();
        }
    }

    /** The copy in memory as it is, never loading: for callers that must not wait on the database. */
    public Optional<T> loaded() {
        Copy<T> current = copy;
        return current == null ? Optional.empty() : Optional.of(current.value());
    }

    /** Uses this value from now on (after a change made on this node), restarting the interval. */
    public T set(T value) {
        copy = new Copy<>(Objects.requireNonNull(value, "value"), clock.instant());
        return value;
    }

    /** Changes the copy in memory without restarting the interval (it loads first when there is none). */
    public T update(UnaryOperator<T> change) {
        loading.lock();
        try {
            Copy<T> current = copy;
            if (current == null) {
                return set(change.apply(load.get()));
            }
            copy = new Copy<>(Objects.requireNonNull(change.apply(current.value()), "value"), current.loadedAt());
            return copy.value();
        } finally {
            loading.unlock();
        }
    }

    /** Drops the copy, so the next read loads. */
    public void invalidate() {
        copy = null;
    }
}
