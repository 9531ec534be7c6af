package io.tollgate.application.relay.catalog;

import io.tollgate.application.support.Reloading;
import io.tollgate.domain.relay.Model;
import io.tollgate.domain.relay.Models;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The models and prices as the relay reads them: from memory, reloaded every few seconds (and after local edits). */
public final class ModelCatalog {

    private final Reloading<Map<String, Model>> byName;

    public ModelCatalog(Models models, Clock clock, Duration reloadEvery) {
        this.byName = new Reloading<>(() -> models.all().stream()
                .collect(Collectors.toUnmodifiableMap(Model::name, Function.identity())), clock, reloadEvery);
    }

    public Optional<Model> byName(String name) {
        return Optional.ofNullable(byName.get().get(name));
    }

    /**
     * Whether the model is in the copy in memory, never reading the database: for what runs on every call whatever the
     * database does (the access log and the metrics' labels).
     */
    public boolean known(String name) {
        return byName.loaded().map(models -> models.containsKey(name)).orElse(false);
    }

    public List<Model> all() {
        return byName.get().values().stream().sorted(Comparator.comparing(Model::name)).toList();
    }

    public void invalidate() {
        byName.invalidate();
    }
}
