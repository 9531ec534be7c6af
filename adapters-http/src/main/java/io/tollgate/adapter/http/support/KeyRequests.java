package io.tollgate.adapter.http.support;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import io.tollgate.application.identity.IssueApiKey;
import io.tollgate.domain.identity.ApiKey;
import io.tollgate.domain.identity.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/** A request for a new API key, as the admin API and the user API both read it, and the reply to issuing it. */
public final class KeyRequests {

    private KeyRequests() {}

    /** {@code name?}, {@code models?}, {@code expiresAt?}, {@code rpm?}, {@code tpm?} for this user, made by {@code creator}. */
    public static IssueApiKey.Command command(JsonNode body, UserId user, Optional<ApiKey> creator) {
        String name = AdminRequest.optionalText(body, "name").orElse("default");
        List<String> models = AdminRequest.textList(body, "models");
        Optional<Instant> expiresAt = AdminRequest.optionalText(body, "expiresAt").map(AdminRequest::instant);
        int rpm = AdminRequest.optionalInt(body, "rpm", 0, 1_000_000);
        int tpm = AdminRequest.optionalInt(body, "tpm", 0, 1_000_000_000);
        return AdminRequest.valid("key", () -> new IssueApiKey.Command(user, name, models, expiresAt, rpm, tpm, creator));
    }

    /** 201 with the secret shown once, 404 for no such user, 403 for a key wider than its creator (worded by {@code why}). */
    public static void reply(Context ctx, IssueApiKey.Outcome outcome, UnaryOperator<String> why) {
        reply(ctx, outcome, why, Views::apiKey);
    }

    /** As {@link #reply(Context, IssueApiKey.Outcome, UnaryOperator)}, the key shown by {@code view}. */
    public static void reply(Context ctx, IssueApiKey.Outcome outcome, UnaryOperator<String> why,
                             Function<ApiKey, Map<String, Object>> view) {
        switch (outcome) {
            case IssueApiKey.Outcome.Issued issued -> {
                Map<String, Object> shown = view.apply(issued.key());
                shown.put("key", issued.secret());
                shown.put("note", "the key is shown only this once");
                ctx.status(201).json(shown);
            }
            case IssueApiKey.Outcome.NoSuchUser ignored -> ApiError.notFound(ctx, "user");
            case IssueApiKey.Outcome.WiderThanCreator wider -> ApiError.reply(ctx, 403, "key_wider_than_creator", why.apply(wider.why()));
        }
    }
}
