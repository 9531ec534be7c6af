package io.tollgate.application.relay;

import io.tollgate.domain.relay.Model;
import io.tollgate.domain.relay.Models;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The models and prices as the relay reads them: from memory, reloaded every few seconds (and after local edits). */
public final class ModelCatalog {

    private record Snapshot(Map<String, Model> byName, Instant loadedAt) {}

    private final Models models;
    private final Clock clock;
    private final Duration reloadEvery;
    private volatile Snapshot snapshot = new Snapshot(Map.of(), Instant.MIN);

    public ModelCatalog(Models models, Clock clock, Duration reloadEvery) {
        this.models = models;
        this.clock = clock;
        this.reloadEvery = reloadEvery;
    }

    public Optional<Model> byName(String name) {
        return Optional.ofNullable(current().byName().get(name));
    }

    public List<Model> all() {
        return current().byName().values().stream().sorted(java.util.Comparator.comparing(Model::name)).toList();
    }

    public void invalidate() {
        snapshot = new Snapshot(Map.of(), Instant.MIN);
    }

    private Snapshot current() {
        Snapshot current = snapshot;
        if (current.loadedAt().plus(reloadEvery).isAfter(clock.instant())) {
            return current;
        }
        Snapshot loaded = new Snapshot(models.all().stream().collect(Collectors.toUnmodifiableMap(Model::name, Function.identity())),
                clock.instant());
        snapshot = loaded;
        return loaded;
    }
}
