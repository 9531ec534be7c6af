package io.tollgate.adapter.http.admin;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.tollgate.adapter.http.support.AdminRequest;
import io.tollgate.adapter.http.support.ApiError;
import io.tollgate.adapter.http.support.Views;
import io.tollgate.application.identity.IssueApiKey;
import io.tollgate.application.identity.ManageApiKeys;
import io.tollgate.domain.identity.ApiKeyId;
import io.tollgate.domain.identity.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@code /admin/api/keys}: issue (the secret is shown once), list, revoke. */
public final class AdminKeyRoutes {

    private final ManageApiKeys manageApiKeys;
    private final IssueApiKey issueApiKey;

    public AdminKeyRoutes(ManageApiKeys manageApiKeys, IssueApiKey issueApiKey) {
        this.manageApiKeys = manageApiKeys;
        this.issueApiKey = issueApiKey;
    }

    public void register(RoutesConfig routes) {
        routes.post("/admin/api/keys", this::issue);
        routes.get("/admin/api/keys", ctx -> {
            Optional<UserId> user = Optional.ofNullable(ctx.queryParam("userId")).filter(s -> !s.isBlank())
                    .map(s -> UserId.parse(s).orElseThrow(() -> new AdminRequest.Invalid("'userId' is not a user id")));
            ctx.json(Views.list(manageApiKeys.list(user, AdminRequest.page(ctx)).stream().map(Views::apiKey).toList()));
        });
        routes.delete("/admin/api/keys/{id}", ctx -> {
            ApiKeyId id = ApiKeyId.parse(ctx.pathParam("id")).orElseThrow(() -> new AdminRequest.Invalid("'id' is not a key id"));
            if (manageApiKeys.revoke(id)) {
                ctx.status(204);
            } else {
                ApiError.notFound(ctx, "key");
            }
        });
    }

    private void issue(Context ctx) {
        JsonNode body = AdminRequest.body(ctx);
        UserId user = UserId.parse(AdminRequest.requiredText(body, "userId"))
                .orElseThrow(() -> new AdminRequest.Invalid("'userId' is not a user id"));
        String name = AdminRequest.optionalText(body, "name").orElse("default");
        List<String> models = AdminRequest.textList(body, "models");
        Optional<Instant> expiresAt = AdminRequest.optionalText(body, "expiresAt").map(AdminRequest::instant);
        int rpm = AdminRequest.optionalInt(body, "rpm", 0, 1_000_000);
        int tpm = AdminRequest.optionalInt(body, "tpm", 0, 1_000_000_000);
        IssueApiKey.Command command = AdminRequest.valid("key", () -> new IssueApiKey.Command(user, name, models, expiresAt, rpm, tpm,
                Optional.empty()));
        switch (AdminRequest.valid("key", () -> issueApiKey.issue(command))) {
            case IssueApiKey.Outcome.Issued issued -> {
                Map<String, Object> view = Views.apiKey(issued.key());
                view.put("key", issued.secret());
                view.put("note", "the key is shown only this once");
                ctx.status(201).json(view);
            }
            case IssueApiKey.Outcome.NoSuchUser ignored -> ApiError.notFound(ctx, "user");
            case IssueApiKey.Outcome.WiderThanCreator wider -> ApiError.reply(ctx, 403, "key_wider_than_creator", wider.why());
        }
    }
}
