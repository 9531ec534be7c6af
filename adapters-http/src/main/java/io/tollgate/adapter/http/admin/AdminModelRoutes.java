package io.tollgate.adapter.http.admin;

import io.tollgate.application.audit.Actors;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.tollgate.adapter.http.support.AdminRequest;
import io.tollgate.adapter.http.support.ApiError;
import io.tollgate.adapter.http.support.Views;
import io.tollgate.application.relay.catalog.ManageModels;
import io.tollgate.domain.account.Platform;
import io.tollgate.domain.moderation.PromptModeration;
import io.tollgate.domain.money.Points;
import io.tollgate.domain.relay.Model;
import io.tollgate.domain.relay.kind.ModelKind;
import io.tollgate.domain.relay.ModelPrice;
import io.tollgate.domain.relay.ModelRoute;
import io.tollgate.domain.relay.PublicAccess;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /admin/api/models}: models, their kind, the platforms that serve them, their prices in points per 1M tokens
 * (and per 1M characters of speech, per minute of transcription; prompt-cache reads and writes per 1M tokens, null for
 * the input price), the most output tokens one answer may have, and the
 * daily limits of a public model, and whether prompts holding a sensitive word are refused ({@code moderation}).
 */
public final class AdminModelRoutes {

    private final ManageModels manageModels;

    public AdminModelRoutes(ManageModels manageModels) {
        this.manageModels = manageModels;
    }

    public void register(RoutesConfig routes) {
        routes.post("/admin/api/models", this::add);
        routes.get("/admin/api/models", ctx -> ctx.json(Views.list(manageModels.list().stream().map(AdminModelRoutes::view).toList())));
        routes.patch("/admin/api/models/{name}", this::edit);
    }

    private void add(Context ctx) {
        JsonNode body = AdminRequest.body(ctx);
        Model model = AdminRequest.valid("model", () -> new Model(AdminRequest.requiredText(body, "name"),
                routes(body, AdminRequest.requiredText(body, "name")), AdminModelPrices.of(body, ModelPrice.FREE), enabled(body, true),
                publicAccess(body, Optional.empty()), maxOutputTokens(body, Model.DEFAULT_MAX_OUTPUT_TOKENS),
                kind(body, ModelKind.CHAT), moderation(body, PromptModeration.OFF)));
        reply(ctx, manageModels.add(model, Actors.ADMIN_API), 201);
    }

    private void edit(Context ctx) {
        JsonNode body = AdminRequest.body(ctx);
        String name = ctx.pathParam("name");
        reply(ctx, manageModels.edit(name, stored -> AdminRequest.valid("model", () -> new Model(name,
                body.has("routes") ? routes(body, name) : stored.routes(), AdminModelPrices.of(body, stored.price()),
                enabled(body, stored.enabled()), publicAccess(body, stored.publicAccess()),
                maxOutputTokens(body, stored.maxOutputTokens()), kind(body, stored.kind()),
                moderation(body, stored.moderation()))), Actors.ADMIN_API), 200);
    }

    private static List<ModelRoute> routes(JsonNode body, String name) {
        JsonNode routes = body.get("routes");
        if (routes == null || !routes.isArray() || routes.isEmpty()) {
            throw new AdminRequest.Invalid("'routes' must be a non-empty array of {platform, upstreamModel?}");
        }
        List<ModelRoute> list = new ArrayList<>();
        for (JsonNode route : routes) {
            String platform = route.path("platform").asText("");
            Platform known = Platform.fromWireName(platform)
                    .orElseThrow(() -> new AdminRequest.Invalid("unknown platform '" + platform + "'"));
            list.add(new ModelRoute(known, route.path("upstreamModel").asText(name)));
        }
        return list;
    }

    /** Absent keeps the current kind; otherwise one of the kinds' wire names. */
    private static ModelKind kind(JsonNode body, ModelKind current) {
        JsonNode value = body.get("kind");
        if (value == null) {
            return current;
        }
        return ModelKind.fromWireName(value.isTextual() ? value.asText() : "").orElseThrow(() -> new AdminRequest.Invalid(
                "'kind' must be one of " + Arrays.stream(ModelKind.values()).map(ModelKind::wireName).toList()));
    }

    /** Absent keeps the current setting; otherwise 'off' or 'block' (refuse prompts holding a sensitive word). */
    private static PromptModeration moderation(JsonNode body, PromptModeration current) {
        JsonNode value = body.get("moderation");
        if (value == null) {
            return current;
        }
        return PromptModeration.fromWireName(value.isTextual() ? value.asText() : "").orElseThrow(() -> new AdminRequest.Invalid(
                "'moderation' must be one of " + Arrays.stream(PromptModeration.values()).map(PromptModeration::wireName).toList()));
    }

    private static boolean enabled(JsonNode body, boolean current) {
        JsonNode value = body.get("enabled");
        if (value == null || value.isNull()) {
            return current;
        }
        if (!value.isBoolean()) {
            throw new AdminRequest.Invalid("'enabled' must be true or false");
        }
        return value.asBoolean();
    }

    /** Absent keeps the current setting, null makes the model private, an object makes it public with those limits. */
    private static Optional<PublicAccess> publicAccess(JsonNode body, Optional<PublicAccess> current) {
        if (!body.has("public")) {
            return current;
        }
        JsonNode limits = body.get("public");
        if (limits.isNull()) {
            return Optional.empty();
        }
        if (!limits.isObject()) {
            throw new AdminRequest.Invalid("'public' must be null or {dailyTokens, ipDailyRequests, ipDailyTokens}");
        }
        return Optional.of(new PublicAccess(limit(limits, "dailyTokens"), limit(limits, "ipDailyRequests"),
                limit(limits, "ipDailyTokens")));
    }

    /** Absent keeps the current maximum, null restores the default. */
    private static long maxOutputTokens(JsonNode body, long current) {
        if (!body.has("maxOutputTokens")) {
            return current;
        }
        JsonNode value = body.get("maxOutputTokens");
        if (value.isNull()) {
            return Model.DEFAULT_MAX_OUTPUT_TOKENS;
        }
        if (!value.isIntegralNumber() || !value.canConvertToLong() || value.asLong() < 1 || value.asLong() > Model.MAX_OUTPUT_TOKENS_LIMIT) {
            throw new AdminRequest.Invalid("'maxOutputTokens' must be a whole number from 1 to " + Model.MAX_OUTPUT_TOKENS_LIMIT);
        }
        return value.asLong();
    }

    private static long limit(JsonNode limits, String field) {
        JsonNode value = limits.get(field);
        if (value == null || !value.canConvertToLong() || !value.isIntegralNumber() || value.asLong() < 0) {
            throw new AdminRequest.Invalid("'public." + field + "' must be a whole number, 0 or more (0: no limit)");
        }
        return value.asLong();
    }

    private static void reply(Context ctx, ManageModels.Outcome outcome, int status) {
        switch (outcome) {
            case ManageModels.Outcome.Saved saved -> ctx.status(status).json(view(saved.model()));
            case ManageModels.Outcome.NameTaken taken -> ApiError.reply(ctx, 409, "model_exists", "a model named '" + taken.name() + "' exists");
            case ManageModels.Outcome.NoSuchModel ignored -> ApiError.notFound(ctx, "model");
        }
    }

    static Map<String, Object> view(Model model) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("name", model.name());
        view.put("kind", model.kind().wireName());
        view.put("routes", model.routes().stream().map(r -> Map.of("platform", r.platform().wireName(), "upstreamModel", r.upstreamModel())).toList());
        view.put("inputPrice", model.price().inputPerMillion().toShortestDecimal());
        view.put("outputPrice", model.price().outputPerMillion().toShortestDecimal());
        view.put("perCallPrice", model.price().perCall().toShortestDecimal());
        view.put("speechPrice", model.price().speechPerMillionChars().toShortestDecimal());
        view.put("transcriptionPrice", model.price().transcriptionPerMinute().toShortestDecimal());
        view.put("cachedInputPrice", model.price().cachedInputPerMillion().map(Points::toShortestDecimal).orElse(null));
        view.put("cacheWritePrice", model.price().cacheWritePerMillion().map(Points::toShortestDecimal).orElse(null));
        view.put("maxOutputTokens", model.maxOutputTokens());
        view.put("enabled", model.enabled());
        view.put("moderation", model.moderation().wireName());
        view.put("public", model.publicAccess().map(a -> Map.of("dailyTokens", a.dailyTokens(),
                "ipDailyRequests", a.ipDailyRequests(), "ipDailyTokens", a.ipDailyTokens())).orElse(null));
        return view;
    }
}
