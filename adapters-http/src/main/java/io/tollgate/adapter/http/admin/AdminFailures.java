package io.tollgate.adapter.http.admin;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Wrong admin tokens counted per client address in fixed one-minute windows, on this node: after {@code MAX} in a
 * window the address is refused until it ends. Bounded, least recently used first, so a flood from many addresses
 * costs memory it cannot grow past.
 */
final class AdminFailures {

    static final int MAX = 10;
    static final Duration WINDOW = Duration.ofMinutes(1);
    private static final int MAX_ADDRESSES = 10_000;

    private record Window(Instant ends, int failures) {}

    private final Cache<String, Window> windows = Caffeine.newBuilder().maximumSize(MAX_ADDRESSES)
            .expireAfterWrite(WINDOW.multipliedBy(2)).build();
    private final Clock clock;

    AdminFailures(Clock clock) {
        this.clock = clock;
    }

    /** How long the address must wait, when it has used up its failures for this window. */
    Optional<Duration> refusedFor(String address) {
        Window window = windows.getIfPresent(address);
        Instant now = clock.instant();
        if (window == null || !window.ends().isAfter(now) || window.failures() < MAX) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(now, window.ends()));
    }

    void failed(String address) {
        Instant now = clock.instant();
        windows.asMap().merge(address, new Window(now.plus(WINDOW), 1), (old, fresh) -> old.ends().isAfter(now)
                ? new Window(old.ends(), old.failures() + 1) : fresh);
    }
}
