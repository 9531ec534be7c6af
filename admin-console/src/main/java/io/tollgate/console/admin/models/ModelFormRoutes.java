package io.tollgate.console.admin.models;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.tollgate.application.relay.catalog.ManageModels;
import io.tollgate.console.web.PageGroup;
import io.tollgate.console.web.Web;
import io.tollgate.console.web.form.FormFields;
import io.tollgate.domain.relay.Model;
import java.util.Map;
import java.util.Optional;

/** Adds and edits models through the use case the admin API calls; a refused field shows the form again with a 400. */
public final class ModelFormRoutes implements PageGroup {

    private final ManageModels models;

    public ModelFormRoutes(ManageModels models) {
        this.models = models;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/console/models/new", ctx -> form(ctx, 200, Optional.empty(), ModelForm.blank(), ""));
        routes.post("/console/models/new", this::add);
        routes.get("/console/models/{name}/edit", ctx -> {
            Optional<Model> model = byName(ctx.pathParam("name"));
            if (model.isEmpty()) {
                Web.refuse(ctx, 404, "not_found", "No such model.");
                return;
            }
            form(ctx, 200, Optional.of(model.get().name()), ModelForm.valuesOf(model.get()), "");
        });
        routes.post("/console/models/{name}/edit", this::edit);
    }

    private void add(Context ctx) {
        Model model;
        try {
            model = ModelForm.read(ctx, FormFields.required(ctx, "name"));
        } catch (IllegalArgumentException | ArithmeticException refused) {
            form(ctx, 400, Optional.empty(), ModelForm.submitted(ctx), refused.getMessage());
            return;
        }
        switch (models.add(model, Web.actor(ctx))) {
            case ManageModels.Outcome.Saved saved -> ctx.redirect("/console/models?done=model-added", HttpStatus.SEE_OTHER);
            case ManageModels.Outcome.NameTaken taken -> form(ctx, 409, Optional.empty(), ModelForm.submitted(ctx),
                    "A model named " + taken.name() + " exists.");
            case ManageModels.Outcome.NoSuchModel never -> Web.refuse(ctx, 404, "not_found", "No such model.");
        }
    }

    private void edit(Context ctx) {
        String name = ctx.pathParam("name");
        if (byName(name).isEmpty()) {
            Web.refuse(ctx, 404, "not_found", "No such model.");
            return;
        }
        Model model;
        try {
            model = ModelForm.read(ctx, name);
        } catch (IllegalArgumentException | ArithmeticException refused) {
            form(ctx, 400, Optional.of(name), ModelForm.submitted(ctx), refused.getMessage());
            return;
        }
        switch (models.edit(name, stored -> model, Web.actor(ctx))) {
            case ManageModels.Outcome.Saved saved -> ctx.redirect("/console/models?done=model-saved", HttpStatus.SEE_OTHER);
            case ManageModels.Outcome.NoSuchModel missing -> Web.refuse(ctx, 404, "not_found", "No such model.");
            case ManageModels.Outcome.NameTaken taken -> Web.refuse(ctx, 409, "name_taken", "A model named " + taken.name() + " exists.");
        }
    }

    private Optional<Model> byName(String name) {
        return models.list().stream().filter(model -> model.name().equals(name)).findFirst();
    }

    private void form(Context ctx, int status, Optional<String> editing, Map<String, String> values, String error) {
        ctx.status(status);
        Web.render(ctx, "model-form.jte", new ModelFormPage(Web.chrome(ctx, editing.isEmpty() ? "title.model-new" : "title.model-edit",
                "models", editing.orElse("")), editing, values, error));
    }
}
