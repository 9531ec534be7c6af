package io.tollgate.adapter.http.admin;

import io.tollgate.domain.account.AccountLimits;
import io.tollgate.application.audit.Actors;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.tollgate.adapter.http.support.AdminRequest;
import io.tollgate.adapter.http.support.ApiError;
import io.tollgate.adapter.http.support.Views;
import io.tollgate.application.account.ManageAccounts;
import io.tollgate.domain.account.AccountHealth;
import io.tollgate.domain.account.AccountId;
import io.tollgate.domain.account.breaker.Breaker;
import io.tollgate.domain.account.Platform;
import io.tollgate.domain.account.ProviderAccount;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** {@code /admin/api/accounts}: the system pool's upstream accounts. Credentials go in and never come back out. */
public final class AdminAccountRoutes {

    private final ManageAccounts manageAccounts;

    public AdminAccountRoutes(ManageAccounts manageAccounts) {
        this.manageAccounts = manageAccounts;
    }

    public void register(RoutesConfig routes) {
        routes.post("/admin/api/accounts", this::add);
        routes.get("/admin/api/accounts", ctx -> ctx.json(Views.list(manageAccounts.list().stream().map(this::withBreaker).toList())));
        routes.get("/admin/api/accounts/{id}", ctx -> manageAccounts.byId(id(ctx))
                .ifPresentOrElse(account -> ctx.json(withBreaker(account)), () -> ApiError.notFound(ctx, "account")));
        routes.patch("/admin/api/accounts/{id}", this::edit);
        routes.delete("/admin/api/accounts/{id}", ctx -> {
            if (manageAccounts.delete(id(ctx), Actors.ADMIN_API)) {
                ctx.status(204);
            } else {
                ApiError.notFound(ctx, "account");
            }
        });
    }

    private void add(Context ctx) {
        JsonNode body = AdminRequest.body(ctx);
        String platformName = AdminRequest.requiredText(body, "platform");
        Platform platform = Platform.fromWireName(platformName)
                .orElseThrow(() -> new AdminRequest.Invalid("unknown platform '" + platformName + "'"));
        String credential = AdminRequest.valid("account",
                () -> AccountLimits.credential(platform, AdminRequest.optionalText(body, "credential").orElse("")));
        ProviderAccount account = AdminRequest.valid("account", () -> manageAccounts.add(id -> new ProviderAccount(id, platform,
                AdminRequest.optionalText(body, "name").orElse(platform.wireName()),
                AdminRequest.optionalText(body, "baseUrl").orElse(platform.defaultBaseUrl()),
                new HashSet<>(AdminRequest.textList(body, "models")),
                AdminRequest.optionalQuota(body, "dailyTokenQuota").orElse(0),
                AdminRequest.optionalWeight(body, "weight").orElse(AccountLimits.MIN_WEIGHT),
                AccountHealth.ENABLED, options(body)), credential, Actors.ADMIN_API));
        ctx.status(201).json(view(account));
    }

    private void edit(Context ctx) {
        AccountId id = id(ctx);
        JsonNode body = AdminRequest.body(ctx);
        Optional<String> credential = AdminRequest.optionalText(body, "credential");
        Optional<String> status = AdminRequest.optionalText(body, "status");
        // The outer check turns a refused new base URL into a 400 as the inner one does a refused field.
        AdminRequest.valid("account", () -> manageAccounts.edit(id, stored -> AdminRequest.valid("account", () -> new ProviderAccount(id, stored.platform(),
                AdminRequest.optionalText(body, "name").orElse(stored.name()),
                AdminRequest.optionalText(body, "baseUrl").orElse(stored.baseUrl()),
                body.has("models") ? new HashSet<>(AdminRequest.textList(body, "models")) : stored.models(),
                AdminRequest.optionalQuota(body, "dailyTokenQuota").orElse(stored.dailyTokenQuota()),
                AdminRequest.optionalWeight(body, "weight").orElse(stored.weight()),
                status.map(AdminAccountRoutes::health).orElse(stored.health()),
                body.has("options") ? options(body) : stored.options(), stored.owner())), credential, Actors.ADMIN_API))
                .ifPresentOrElse(account -> ctx.json(view(account)), () -> ApiError.notFound(ctx, "account"));
    }

    private static AccountHealth health(String status) {
        return switch (status) {
            case "enabled" -> AccountHealth.ENABLED;
            case "disabled" -> AccountHealth.disabledByAdmin("disabled by an admin");
            default -> throw new AdminRequest.Invalid("'status' is 'enabled' or 'disabled'");
        };
    }

    private static Map<String, String> options(JsonNode body) {
        JsonNode options = body.get("options");
        if (options == null || options.isNull()) {
            return Map.of();
        }
        if (!options.isObject()) {
            throw new AdminRequest.Invalid("'options' must be an object of strings and numbers");
        }
        Map<String, String> map = new LinkedHashMap<>();
        options.fields().forEachRemaining(entry -> {
            if (!entry.getValue().isValueNode()) {
                throw new AdminRequest.Invalid("option '" + entry.getKey() + "' must be a string, number or boolean");
            }
            map.put(entry.getKey(), entry.getValue().asText());
        });
        return map;
    }

    private static AccountId id(Context ctx) {
        return AccountId.parse(ctx.pathParam("id")).orElseThrow(() -> new AdminRequest.Invalid("'id' is not an account id"));
    }

    /** The account with its circuit breaker on this node: {@code open} means calls pass it over until {@code until}. */
    private Map<String, Object> withBreaker(ProviderAccount account) {
        Map<String, Object> view = view(account);
        Breaker breaker = manageAccounts.breaker(account.id());
        Map<String, Object> circuit = new LinkedHashMap<>();
        circuit.put("state", breaker.state().name().toLowerCase(Locale.ROOT));
        circuit.put("failures", breaker.failures());
        circuit.put("until", breaker.state() == Breaker.State.OPEN ? breaker.openUntil().toString() : null);
        circuit.put("reason", breaker.reason());
        view.put("breaker", circuit);
        return view;
    }

    static Map<String, Object> view(ProviderAccount account) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", account.id().toString());
        view.put("platform", account.platform().wireName());
        view.put("name", account.name());
        // null: the system pool; else the user who bound it, whose account it stays
        view.put("ownerId", account.owner().map(Object::toString).orElse(null));
        view.put("baseUrl", account.baseUrl());
        view.put("models", account.models().stream().sorted().toList());
        view.put("dailyTokenQuota", account.dailyTokenQuota());
        view.put("weight", account.weight());
        view.put("status", account.health().status().wireName());
        view.put("statusReason", account.health().reason());
        view.put("until", account.health().until().map(Instant::toString).orElse(null));
        view.put("consecutiveFailures", account.health().consecutiveFailures());
        view.put("options", account.options());
        view.put("credential", "sealed (never shown)");
        return view;
    }
}
