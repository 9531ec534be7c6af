package io.tollgate.application.fakes;

import io.tollgate.domain.relay.Model;
import io.tollgate.domain.relay.Models;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Models in memory, listed by name. */
public final class InMemoryModels implements Models {

    private final Map<String, Model> byName = new LinkedHashMap<>();

    @Override
    public synchronized boolean add(Model model) {
        return byName.putIfAbsent(model.name(), model) == null;
    }

    @Override
    public synchronized boolean update(Model model) {
        return byName.replace(model.name(), model) != null;
    }

    @Override
    public synchronized Optional<Model> byName(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    @Override
    public synchronized List<Model> all() {
        return byName.values().stream().sorted(java.util.Comparator.comparing(Model::name)).toList();
    }
}
