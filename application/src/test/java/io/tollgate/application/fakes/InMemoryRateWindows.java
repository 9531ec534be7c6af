package io.tollgate.application.fakes;

import io.tollgate.application.relay.usage.RateWindows;
import io.tollgate.domain.identity.ApiKeyId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Per-key minute counters in memory. */
public final class InMemoryRateWindows implements RateWindows {

    private record Window(ApiKeyId key, long minute) {}

    private final Map<Window, Integer> requests = new HashMap<>();
    private final Map<Window, Long> tokens = new HashMap<>();

    @Override
    public synchronized boolean tryRequest(ApiKeyId key, long epochMinute, int limit) {
        Window window = new Window(key, epochMinute);
        int made = requests.getOrDefault(window, 0);
        if (made >= limit) {
            return false;
        }
        requests.put(window, made + 1);
        return true;
    }

    @Override
    public synchronized long tokens(ApiKeyId key, long epochMinute) {
        return tokens.getOrDefault(new Window(key, epochMinute), 0L);
    }

    @Override
    public synchronized int forgetBefore(long epochMinute) {
        java.util.Set<Window> gone = new java.util.HashSet<>();
        for (Map<Window, ?> counts : List.of(requests, tokens)) {
            counts.keySet().stream().filter(w -> w.minute() < epochMinute).forEach(gone::add);
            counts.keySet().removeIf(w -> w.minute() < epochMinute);
        }
        return gone.size();
    }

    @Override
    public synchronized void addTokens(ApiKeyId key, long epochMinute, long count) {
        tokens.merge(new Window(key, epochMinute), count, Long::sum);
    }
}
