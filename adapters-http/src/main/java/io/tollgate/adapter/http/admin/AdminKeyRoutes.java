package io.tollgate.adapter.http.admin;

import io.tollgate.application.audit.Actors;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.tollgate.adapter.http.support.AdminRequest;
import io.tollgate.adapter.http.support.ApiError;
import io.tollgate.adapter.http.support.KeyRequests;
import io.tollgate.adapter.http.support.Views;
import io.tollgate.application.identity.IssueApiKey;
import io.tollgate.application.identity.ManageApiKeys;
import io.tollgate.domain.identity.ApiKeyId;
import io.tollgate.domain.identity.UserId;
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
            if (manageApiKeys.revoke(id, Actors.ADMIN_API)) {
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
        IssueApiKey.Command command = KeyRequests.command(body, user, Optional.empty());
        KeyRequests.reply(ctx, AdminRequest.valid("key", () -> issueApiKey.issue(command, Actors.ADMIN_API)), why -> why);
    }
}
