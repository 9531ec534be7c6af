package io.tollgate.adapter.http.oauth;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.tollgate.adapter.http.support.AdminRequest;
import io.tollgate.adapter.http.support.ApiError;
import io.tollgate.adapter.http.support.PortalAuth;
import io.tollgate.adapter.http.support.Views;
import io.tollgate.application.account.BindAccount;
import io.tollgate.application.account.BindOutcome;
import io.tollgate.application.account.OAuthSettings;
import io.tollgate.application.account.OwnAccounts;
import io.tollgate.application.identity.Caller;
import io.tollgate.application.relay.CheckAccount;
import io.tollgate.domain.account.AccountId;
import io.tollgate.domain.account.Platform;
import io.tollgate.domain.identity.UserId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;

/**
 * The OAuth proxy guide's account API under {@code /api/v1/oauth/accounts}: bind (authorize or paste a key), list,
 * read, edit, delete, check and usage. Another user's account answers 404, exactly like a missing one.
 */
public final class OAuthAccountRoutes {

    private final CheckAccount check;
    private final BindAccount bind;
    private final OAuthSettings oauth;
    private final OwnAccounts accounts;

    public OAuthAccountRoutes(CheckAccount check, BindAccount bind, OAuthSettings oauth, OwnAccounts accounts) {
        this.check = check;
        this.bind = bind;
        this.oauth = oauth;
        this.accounts = accounts;
    }

    public void register(RoutesConfig routes) {
        String one = "/api/v1/oauth/accounts/{id}";
        routes.post("/api/v1/oauth/accounts/authorize", this::authorize);
        routes.post("/api/v1/oauth/accounts", this::bindWithKey);
        routes.get("/api/v1/oauth/accounts", this::list);
        routes.get(one, ctx -> withOwn(ctx, (owner, id) -> accounts().get(owner, id).map(OwnAccountViews::of)));
        routes.patch(one, this::edit);
        routes.delete(one, ctx -> {
            Optional<AccountId> id = id(ctx);
            if (id.isPresent() && accounts().delete(PortalAuth.of(ctx).user().id(), id.get())) {
                ctx.status(204);
            } else {
                ApiError.notFound(ctx, "account");
            }
        });
        routes.post(one + "/check", ctx -> withOwn(ctx, (owner, id) -> check.check(owner, id).map(OwnAccountViews::check)));
        routes.get(one + "/usage", ctx -> {
            var page = AdminRequest.page(ctx);
            withOwn(ctx, (owner, id) -> accounts().usage(owner, id, page.offset(), Math.min(page.limit(), 500))
                    .map(calls -> OwnAccountViews.usage(calls, page)));
        });
    }

    private void authorize(Context ctx) {
        JsonNode body = AdminRequest.body(ctx);
        reply(ctx, bind.authorize(request(ctx, body)));
    }

    private void bindWithKey(Context ctx) {
        JsonNode body = AdminRequest.body(ctx);
        String credential = AdminRequest.optionalText(body, "api_key").or(() -> clientCredentials(body)).orElse("");
        reply(ctx, bind.bindWithKey(request(ctx, body), credential));
    }

    private static Optional<String> clientCredentials(JsonNode body) {
        Optional<String> id = AdminRequest.optionalText(body, "client_id");
        Optional<String> secret = AdminRequest.optionalText(body, "client_secret");
        return id.isPresent() && secret.isPresent() ? Optional.of(id.get() + ":" + secret.get()) : Optional.empty();
    }

    private static BindAccount.Request request(Context ctx, JsonNode body) {
        return new BindAccount.Request(PortalAuth.of(ctx).user().id(), AdminRequest.requiredText(body, "platform"),
                AdminRequest.requiredText(body, "account_name"), AdminRequest.optionalQuota(body, "daily_quota"));
    }

    private void reply(Context ctx, BindOutcome outcome) {
        switch (outcome) {
            case BindOutcome.AuthorizationStarted started -> {
                Map<String, Object> view = new LinkedHashMap<>();
                view.put("binding", "oauth2");
                view.put("platform", started.platform().wireName());
                view.put("authorization_url", started.authorizationUrl());
                view.put("expires_at", started.expiresAt().toString());
                ctx.json(view);
            }
            case BindOutcome.CredentialsNeeded needed -> ctx.json(OwnAccountViews.credentialsNeeded(needed));
            case BindOutcome.Bound bound -> ctx.status(201).json(OwnAccountViews.of(accounts().view(bound.account(), Optional.empty())));
            case BindOutcome.Invalid invalid -> ApiError.badRequest(ctx, invalid.message());
            case BindOutcome.UnknownState ignored -> ApiError.badRequest(ctx, "unknown or already used state");
            case BindOutcome.AuthorizationExpired ignored -> ApiError.badRequest(ctx, "the authorization expired");
            case BindOutcome.Refused refused -> ApiError.reply(ctx, 502, "authorization_refused", refused.reason());
        }
    }

    private void list(Context ctx) {
        Caller caller = PortalAuth.of(ctx);
        Optional<Platform> platform = Optional.empty();
        String asked = ctx.queryParam("platform");
        if (asked != null && !asked.isBlank()) {
            platform = Optional.of(oauth.resolve(asked.strip())
                    .orElseThrow(() -> new AdminRequest.Invalid("unknown platform '" + asked + "'")));
        }
        ctx.json(Views.list(accounts().list(caller.user().id(), platform).stream().map(OwnAccountViews::of).toList()));
    }

    private void edit(Context ctx) {
        JsonNode body = AdminRequest.body(ctx);
        Optional<String> name = AdminRequest.optionalText(body, "name").or(() -> AdminRequest.optionalText(body, "account_name"));
        if (name.isPresent() && (name.get().isBlank() || name.get().strip().length() > 100)) {
            throw new AdminRequest.Invalid("'name' has 1 to 100 characters");
        }
        JsonNode enabled = body.get("enabled");
        if (enabled != null && !enabled.isBoolean()) {
            throw new AdminRequest.Invalid("'enabled' is true or false");
        }
        java.util.OptionalLong quota = AdminRequest.optionalQuota(body, "daily_quota");
        OwnAccounts.Edit edit = new OwnAccounts.Edit(name, Optional.ofNullable(enabled).map(JsonNode::asBoolean),
                quota.isPresent() ? Optional.of(quota.getAsLong()) : Optional.empty());
        withOwn(ctx, (owner, id) -> accounts().edit(owner, id, edit).map(OwnAccountViews::of));
    }

    /** Replies with what {@code action} finds for the caller's account, or 404 for a missing or foreign one. */
    private static void withOwn(Context ctx, java.util.function.BiFunction<UserId, AccountId, Optional<?>> action) {
        UserId owner = PortalAuth.of(ctx).user().id();
        Optional<?> found = id(ctx).flatMap(id -> action.apply(owner, id));
        if (found.isPresent()) {
            ctx.json(found.get());
        } else {
            ApiError.notFound(ctx, "account");
        }
    }

    private static Optional<AccountId> id(Context ctx) {
        try {
            return Optional.of(new AccountId(UUID.fromString(ctx.pathParam("id"))));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }

    private OwnAccounts accounts() {
        return accounts;
    }
}
