package io.tollgate.application.relay.catalog;

import io.tollgate.application.audit.AuditTrail;
import io.tollgate.application.audit.RecordChanges;
import io.tollgate.domain.relay.Model;
import io.tollgate.domain.relay.Models;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** Adds, edits and lists models and their prices (admin); every change is audited. */
public final class ManageModels {

    public sealed interface Outcome {
        record Saved(Model model) implements Outcome {}

        record NameTaken(String name) implements Outcome {}

        record NoSuchModel(String name) implements Outcome {}
    }

    private final Models models;
    private final ModelCatalog catalog;
    private final AuditTrail audit;

    public ManageModels(Models models, ModelCatalog catalog, AuditTrail audit) {
        this.models = models;
        this.catalog = catalog;
        this.audit = audit;
    }

    public Outcome add(Model model, String actor) {
        if (!models.add(model)) {
            return new Outcome.NameTaken(model.name());
        }
        catalog.invalidate();
        audit.record(actor, "add-model", model.name() + " (" + (model.enabled() ? "enabled" : "disabled") + ")");
        return new Outcome.Saved(model);
    }

    public Outcome edit(String name, UnaryOperator<Model> edit, String actor) {
        Optional<Model> stored = models.byName(name);
        if (stored.isEmpty()) {
            return new Outcome.NoSuchModel(name);
        }
        Model edited = edit.apply(stored.get());
        if (!edited.name().equals(name) || !models.update(edited)) {
            return new Outcome.NoSuchModel(name);
        }
        catalog.invalidate();
        audit.record(actor, "edit-model", name + ": " + RecordChanges.between(stored.get(), edited));
        return new Outcome.Saved(edited);
    }

    public List<Model> list() {
        return models.all();
    }
}
