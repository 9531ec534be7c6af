package io.tollgate.adapter.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.tollgate.application.identity.IssueApiKey;
import io.tollgate.domain.identity.ApiKey;
import io.tollgate.domain.identity.ApiKeyId;
import io.tollgate.domain.identity.UserId;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@code /admin/api/keys}: issue (the secret is shown once), list, revoke. */
final class AdminKeyRoutes {

    private final UseCases useCases;

    AdminKeyRoutes(UseCases useCases) {
        this.useCases = useCases;
    }

    void register(RoutesConfig routes) {
        routes.post("/admin/api/keys", this::issue);
        routes.get("/admin/api/keys", ctx -> {
            Optional<UserId> user = Optional.ofNullable(ctx.queryParam("userId")).filter(s -> !s.isBlank())
                    .map(s -> UserId.parse(s).orElseThrow(() -> new AdminRequest.Invalid("'userId' is not a user id")));
            ctx.json(Views.list(useCases.admin().manageApiKeys().list(user, AdminRequest.page(ctx)).stream().map(AdminKeyRoutes::view).toList()));
        });
        routes.delete("/admin/api/keys/{id}", ctx -> {
            ApiKeyId id = ApiKeyId.parse(ctx.pathParam("id")).orElseThrow(() -> new AdminRequest.Invalid("'id' is not a key id"));
            if (useCases.admin().manageApiKeys().revoke(id)) {
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
        Optional<Instant> expiresAt = AdminRequest.optionalText(body, "expiresAt").map(AdminKeyRoutes::instant);
        int rpm = AdminRequest.optionalInt(body, "rpm", 0, 1_000_000);
        int tpm = AdminRequest.optionalInt(body, "tpm", 0, 1_000_000_000);
        IssueApiKey.Command command = AdminRequest.valid("key", () -> new IssueApiKey.Command(user, name, models, expiresAt, rpm, tpm,
                Optional.empty()));
        switch (AdminRequest.valid("key", () -> useCases.admin().issueApiKey().issue(command))) {
            case IssueApiKey.Outcome.Issued issued -> {
                Map<String, Object> view = view(issued.key());
                view.put("key", issued.secret());
                view.put("note", "the key is shown only this once");
                ctx.status(201).json(view);
            }
            case IssueApiKey.Outcome.NoSuchUser ignored -> ApiError.notFound(ctx, "user");
            case IssueApiKey.Outcome.WiderThanCreator wider -> ApiError.reply(ctx, 403, "key_wider_than_creator", wider.why());
        }
    }

    static Instant instant(String text) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException notAnInstant) {
            throw new AdminRequest.Invalid("'expiresAt' is an ISO-8601 instant such as 2027-01-01T00:00:00Z");
        }
    }

    static Map<String, Object> view(ApiKey key) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", key.id().toString());
        view.put("userId", key.user().toString());
        view.put("name", key.name());
        view.put("hint", key.hint());
        view.put("models", key.modelPatterns());
        view.put("expiresAt", key.expiresAt().map(Instant::toString).orElse(null));
        view.put("rpm", key.rpm());
        view.put("tpm", key.tpm());
        view.put("createdAt", key.createdAt().toString());
        return view;
    }
}
