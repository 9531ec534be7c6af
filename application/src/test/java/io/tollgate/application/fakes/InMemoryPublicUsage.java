package io.tollgate.application.fakes;

import io.tollgate.application.relay.usage.PublicUsage;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Daily public-model counters in memory. */
public final class InMemoryPublicUsage implements PublicUsage {

    private record Counter(String model, String clientIp, LocalDate day) {}

    private final Map<Counter, Long> requests = new HashMap<>();
    private final Map<Counter, Long> tokens = new HashMap<>();

    @Override
    public synchronized boolean tryRequest(String model, String clientIp, LocalDate day, long limit) {
        Counter counter = new Counter(model, clientIp, day);
        long made = requests.getOrDefault(counter, 0L);
        if (made >= limit) {
            return false;
        }
        requests.put(counter, made + 1);
        return true;
    }

    @Override
    public synchronized long modelTokens(String model, LocalDate day) {
        return tokens.entrySet().stream().filter(e -> e.getKey().model().equals(model) && e.getKey().day().equals(day))
                .mapToLong(Map.Entry::getValue).sum();
    }

    @Override
    public synchronized long ipTokens(String model, String clientIp, LocalDate day) {
        return tokens.getOrDefault(new Counter(model, clientIp, day), 0L);
    }

    @Override
    public synchronized int forgetBefore(LocalDate day) {
        Set<Counter> gone = new HashSet<>();
        for (Map<Counter, Long> counts : List.of(requests, tokens)) {
            counts.keySet().stream().filter(c -> c.day().isBefore(day)).forEach(gone::add);
            counts.keySet().removeIf(c -> c.day().isBefore(day));
        }
        return gone.size();
    }

    @Override
    public synchronized void addTokens(String model, String clientIp, LocalDate day, long count) {
        tokens.merge(new Counter(model, clientIp, day), count, Long::sum);
    }
}
