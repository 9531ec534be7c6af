package io.tollgate.console.admin;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.tollgate.application.support.Page;
import io.tollgate.application.relay.catalog.ManageModels;
import io.tollgate.application.shareauth.ManageWorkflows;
import io.tollgate.console.web.Forms;
import io.tollgate.console.web.PageGroup;
import io.tollgate.console.web.Paging;
import io.tollgate.console.web.Web;
import io.tollgate.console.web.text.LanguageChoice;
import io.tollgate.domain.money.Multiplier;
import io.tollgate.domain.relay.Model;
import io.tollgate.domain.shareauth.NewWorkflow;
import io.tollgate.domain.shareauth.Workflow;
import java.util.List;
import java.util.Optional;

/** Models and prices (read, enable or disable), workflows and multipliers (read and add). */
public final class CatalogRoutes implements PageGroup {

    private final ManageModels models;
    private final ManageWorkflows workflows;

    public CatalogRoutes(ManageModels models, ManageWorkflows workflows) {
        this.models = models;
        this.workflows = workflows;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/console/models", ctx -> {
            Page page = Web.page(ctx);
            List<Model> all = models.list();
            Web.render(ctx, "models.jte", new ModelsPage(Web.chrome(ctx, "title.models", "models"),
                    all.stream().skip(page.offset()).limit(Paging.DEFAULT_LIMIT).toList(), paging(page, all.size())));
        });
        routes.post("/console/models/{name}/status", Forms.safe(this::modelStatus));
        routes.get("/console/workflows", ctx -> workflows(ctx, 200, ""));
        routes.post("/console/workflows", Forms.safe(this::addWorkflow));
    }

    private void modelStatus(Context ctx) {
        boolean enabled = switch (Forms.required(ctx, "enabled")) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException("enabled is 'true' or 'false'");
        };
        String name = ctx.pathParam("name");
        switch (models.edit(name, m -> m.withEnabled(enabled), Web.actor(ctx))) {
            case ManageModels.Outcome.Saved saved -> ctx.redirect("/console/models?done=model-status", HttpStatus.SEE_OTHER);
            case ManageModels.Outcome.NoSuchModel missing -> Web.refuse(ctx, 404, "not_found", "No such model.");
            case ManageModels.Outcome.NameTaken taken -> Web.refuse(ctx, 409, "name_taken", "A model named " + taken.name() + " exists.");
        }
    }

    private void workflows(Context ctx, int status, String error) {
        Page page = Web.page(ctx);
        List<Workflow> all = workflows.list();
        ctx.status(status);
        Web.render(ctx, "workflows.jte", new WorkflowsPage(Web.chrome(ctx, "title.workflows", "workflows"),
                all.stream().skip(page.offset()).limit(Paging.DEFAULT_LIMIT).toList(), paging(page, all.size()), error));
    }

    private void addWorkflow(Context ctx) {
        Optional<String> url = Optional.ofNullable(ctx.formParam("noLoginUrl")).map(String::strip).filter(u -> !u.isEmpty());
        NewWorkflow workflow = new NewWorkflow(Forms.required(ctx, "name"), url, Multiplier.of(Forms.required(ctx, "multiplier")));
        switch (workflows.create(workflow, Web.actor(ctx))) {
            case ManageWorkflows.Outcome.Saved saved -> ctx.redirect("/console/workflows?done=workflow-added", HttpStatus.SEE_OTHER);
            case ManageWorkflows.Outcome.NameTaken taken -> workflows(ctx, 409, LanguageChoice.of(ctx).format("workflows.error.taken", taken.name()));
            case ManageWorkflows.Outcome.NoSuchWorkflow missing -> workflows(ctx, 404, LanguageChoice.of(ctx).get("workflows.error.missing"));
        }
    }

    private static Paging paging(Page page, int total) {
        return new Paging(page.offset(), Paging.DEFAULT_LIMIT, total > page.offset() + Paging.DEFAULT_LIMIT, "");
    }
}
