package io.tollgate.adapter.http.admin;

import io.tollgate.application.audit.Actors;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.tollgate.adapter.http.support.AdminRequest;
import io.tollgate.adapter.http.support.ApiError;
import io.tollgate.adapter.http.support.Views;
import io.tollgate.application.billing.BillingHistory;
import io.tollgate.application.moderation.ReplaceSensitiveWords;
import io.tollgate.application.moderation.SensitiveWordCatalog;
import io.tollgate.application.shareauth.ManageWorkflows;
import io.tollgate.domain.billing.ConsumptionFilter;
import io.tollgate.domain.identity.UserId;
import io.tollgate.domain.money.Multiplier;
import io.tollgate.domain.shareauth.NewWorkflow;
import io.tollgate.domain.shareauth.Workflow;
import io.tollgate.domain.shareauth.WorkflowId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Admin routes behind ShareAuth: workflows, sensitive words, consumptions and unpaid attempts. */
public final class AdminShareAuthRoutes {

    private final ManageWorkflows manageWorkflows;
    private final SensitiveWordCatalog sensitiveWords;
    private final BillingHistory billingHistory;
    private final ReplaceSensitiveWords replaceSensitiveWords;

    public AdminShareAuthRoutes(ManageWorkflows manageWorkflows, SensitiveWordCatalog sensitiveWords,
                                BillingHistory billingHistory, ReplaceSensitiveWords replaceSensitiveWords) {
        this.manageWorkflows = manageWorkflows;
        this.sensitiveWords = sensitiveWords;
        this.billingHistory = billingHistory;
        this.replaceSensitiveWords = replaceSensitiveWords;
    }

    public void register(RoutesConfig routes) {
        routes.post("/admin/api/workflows", this::createWorkflow);
        routes.get("/admin/api/workflows", ctx -> ctx.json(Views.list(manageWorkflows.list().stream().map(Views::workflow).toList())));
        routes.patch("/admin/api/workflows/{id}", this::editWorkflow);
        routes.get("/admin/api/sensitive-words", ctx -> ctx.json(Map.of("words", sensitiveWords.matcher().words())));
        routes.put("/admin/api/sensitive-words", this::replaceWords);
        routes.get("/admin/api/consumptions", ctx -> {
            Optional<UserId> user = Optional.ofNullable(ctx.queryParam("userId")).filter(s -> !s.isBlank())
                    .map(s -> UserId.parse(s).orElseThrow(() -> new AdminRequest.Invalid("'userId' is not a user id")));
            Optional<String> workflow = Optional.ofNullable(AdminRequest.query(ctx, "workflow")).filter(s -> !s.isBlank());
            ctx.json(Views.list(billingHistory.consumptions(new ConsumptionFilter(user, workflow),
                    AdminRequest.page(ctx)).stream().map(Views::consumption).toList()));
        });
        routes.get("/admin/api/unpaid", ctx -> ctx.json(Views.list(billingHistory
                .unpaidAttempts(AdminRequest.page(ctx)).stream().map(Views::unpaid).toList())));
    }

    private void createWorkflow(Context ctx) {
        JsonNode body = AdminRequest.body(ctx);
        NewWorkflow workflow = AdminRequest.valid("workflow", () -> new NewWorkflow(
                AdminRequest.requiredText(body, "name"),
                AdminRequest.optionalText(body, "noLoginUrl").filter(url -> !url.isBlank()),
                multiplier(body).orElse(Multiplier.ONE)));
        reply(ctx, manageWorkflows.create(workflow, Actors.ADMIN_API), 201);
    }

    private void editWorkflow(Context ctx) {
        WorkflowId id = WorkflowId.parse(ctx.pathParam("id")).orElseThrow(() -> new AdminRequest.Invalid("'id' is not a workflow id"));
        JsonNode body = AdminRequest.body(ctx);
        Optional<String> name = AdminRequest.optionalText(body, "name");
        Optional<String> url = AdminRequest.optionalText(body, "noLoginUrl");
        Optional<Multiplier> multiplier = multiplier(body);
        reply(ctx, manageWorkflows.edit(id, stored -> AdminRequest.valid("workflow", () -> new Workflow(id,
                name.orElse(stored.name()),
                body.has("noLoginUrl") ? url.filter(u -> !u.isBlank()) : stored.noLoginUrl(),
                multiplier.orElse(stored.pointMultiplier()))), Actors.ADMIN_API), 200);
    }

    private static Optional<Multiplier> multiplier(JsonNode body) {
        return AdminRequest.optionalDecimal(body, "pointMultiplier")
                .map(value -> AdminRequest.valid("pointMultiplier", () -> new Multiplier(value)));
    }

    private static void reply(Context ctx, ManageWorkflows.Outcome outcome, int createdStatus) {
        switch (outcome) {
            case ManageWorkflows.Outcome.Saved saved -> ctx.status(createdStatus).json(Views.workflow(saved.workflow()));
            case ManageWorkflows.Outcome.NameTaken taken ->
                    ApiError.reply(ctx, 409, "workflow_name_taken", "a workflow named '" + taken.name() + "' exists");
            case ManageWorkflows.Outcome.NoSuchWorkflow ignored -> ApiError.notFound(ctx, "workflow");
        }
    }

    private void replaceWords(Context ctx) {
        JsonNode words = AdminRequest.body(ctx).get("words");
        if (words == null || !words.isArray()) {
            throw new AdminRequest.Invalid("'words' must be an array of strings");
        }
        List<String> list = new ArrayList<>();
        for (JsonNode word : words) {
            if (!word.isTextual()) {
                throw new AdminRequest.Invalid("'words' must contain only strings");
            }
            list.add(word.asText());
        }
        switch (replaceSensitiveWords.replace(list, Actors.ADMIN_API)) {
            case ReplaceSensitiveWords.Outcome.Replaced replaced -> ctx.json(Map.of("words", replaced.words()));
            case ReplaceSensitiveWords.Outcome.Rejected rejected -> ApiError.badRequest(ctx, rejected.why());
        }
    }
}
