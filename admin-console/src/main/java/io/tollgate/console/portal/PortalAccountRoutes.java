package io.tollgate.console.portal;

import io.tollgate.domain.account.AccountLimits;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.tollgate.application.account.BindAccount;
import io.tollgate.application.account.BindOutcome;
import io.tollgate.application.account.OAuthSettings;
import io.tollgate.application.account.OwnAccounts;
import io.tollgate.application.relay.CheckAccount;
import io.tollgate.console.web.Forms;
import io.tollgate.console.web.PageGroup;
import io.tollgate.console.web.Paging;
import io.tollgate.console.web.Web;
import io.tollgate.console.web.text.LanguageChoice;
import io.tollgate.console.web.text.Texts;
import io.tollgate.domain.account.AccountId;
import io.tollgate.domain.account.Binding;
import io.tollgate.domain.account.Platform;
import io.tollgate.domain.account.PlatformCatalog;
import io.tollgate.domain.account.PlatformInfo;
import io.tollgate.domain.account.ProviderAccount;
import io.tollgate.domain.identity.UserId;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.BiConsumer;

/**
 * "My platform accounts": add one (authorize in a popup, or paste a key), check, rename, set the quota, switch on or
 * off, delete, and read its calls. Another user's account is not found, like a missing one.
 */
public final class PortalAccountRoutes implements PageGroup {

    private final CheckAccount check;
    private final OwnAccounts accounts;
    private final OAuthSettings oauth;
    private final BindAccount bind;

    public PortalAccountRoutes(CheckAccount check, OwnAccounts accounts, OAuthSettings oauth, BindAccount bind) {
        this.check = check;
        this.accounts = accounts;
        this.oauth = oauth;
        this.bind = bind;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/me/accounts", ctx -> list(ctx, ""));
        routes.post("/me/accounts/authorize", PortalGuard.safe(this::authorize));
        routes.get("/me/accounts/key", ctx -> keyForm(ctx, ""));
        routes.post("/me/accounts/key", PortalGuard.safe(this::bindWithKey));
        routes.post("/me/accounts/{id}/check", ctx -> withOwn(ctx, (owner, account) -> list(ctx,
                check.check(owner, account.id()).map(r -> LanguageChoice.of(ctx).format("accounts.checked", account.name(),
                        LanguageChoice.of(ctx).get("accounts.verdict." + r.verdict().name().toLowerCase(Locale.ROOT)), r.detail())).orElse(""))));
        routes.post("/me/accounts/{id}/edit", PortalGuard.safe(ctx -> withOwn(ctx, (owner, account) -> {
            Optional<String> name = Optional.ofNullable(ctx.formParam("name")).map(String::strip).filter(n -> !n.isEmpty());
            Optional<Long> quota = Optional.ofNullable(ctx.formParam("daily_quota")).map(String::strip).filter(q -> !q.isEmpty())
                    .map(AccountLimits::quota);
            Optional<Boolean> enabled = Optional.ofNullable(ctx.formParam("enabled")).map("true"::equals);
            if (name.isPresent() && name.get().length() > 100) {
                throw new IllegalArgumentException("an account name has 1 to 100 characters");
            }
            accounts.edit(owner, account.id(), new OwnAccounts.Edit(name, enabled, quota));
            ctx.redirect("/me/accounts?done=account-saved", HttpStatus.SEE_OTHER);
        })));
        routes.get("/me/accounts/{id}/delete", ctx -> withOwn(ctx, (owner, account) -> Web.render(ctx, "portal_confirm.jte",
                new PortalPages.Confirm(PortalGuard.chrome(ctx, "title.me-delete", "accounts", account.name()),
                        LanguageChoice.of(ctx).format("me.delete.question", account.name()),
                        "/me/accounts/" + account.id() + "/delete", "/me/accounts"))));
        routes.post("/me/accounts/{id}/delete", ctx -> withOwn(ctx, (owner, account) -> {
            accounts.delete(owner, account.id());
            ctx.redirect("/me/accounts?done=account-deleted", HttpStatus.SEE_OTHER);
        }));
        routes.get("/me/accounts/{id}/usage", ctx -> withOwn(ctx, (owner, account) -> {
            var page = Web.page(ctx);
            var calls = accounts.usage(owner, account.id(), page.offset(), page.limit()).orElse(List.of());
            Web.render(ctx, "portal_usage.jte", new PortalPages.Usage(PortalGuard.chrome(ctx, "title.me-usage", "accounts", account.name()),
                    account.name(), Paging.trim(calls, Paging.DEFAULT_LIMIT),
                    new Paging(page.offset(), Paging.DEFAULT_LIMIT, calls.size() > Paging.DEFAULT_LIMIT, "")));
        }));
    }

    private void list(Context ctx, String checked) {
        UserId owner = PortalGuard.user(ctx).id();
        List<PortalAccountRow> rows = accounts.list(owner, Optional.empty()).stream().map(PortalAccountRow::new).toList();
        List<PortalPages.PlatformChoice> platforms = PlatformCatalog.all().stream()
                .filter(info -> !oauth.bindings(info).isEmpty())
                .map(info -> new PortalPages.PlatformChoice(info.platform().wireName(), label(info, LanguageChoice.of(ctx)))).toList();
        Web.render(ctx, "portal_accounts.jte", new PortalPages.Accounts(PortalGuard.chrome(ctx, "title.me-accounts", "accounts"),
                rows, platforms, checked));
    }

    private String label(PlatformInfo info, Texts t) {
        boolean byOAuth = oauth.bindings(info).contains(Binding.OAUTH2);
        return info.nameZh() + " · " + info.nameEn() + " (" + t.get(byOAuth ? "me.accounts.by-oauth" : "me.accounts.by-key") + ")";
    }

    /** Runs in the popup the add form opens: on to the platform's authorization page, or to the key form. */
    private void authorize(Context ctx) {
        String platform = Forms.required(ctx, "platform");
        String name = Forms.required(ctx, "account_name");
        BindAccount.Request request = new BindAccount.Request(PortalGuard.user(ctx).id(), platform, name, OptionalLong.empty());
        // The form's page is the opener the popup must reach again: its origin, whichever host name the browser used.
        switch (bind.authorize(request, Optional.ofNullable(ctx.header("Origin")))) {
            case BindOutcome.AuthorizationStarted started -> ctx.redirect(started.authorizationUrl(), HttpStatus.SEE_OTHER);
            case BindOutcome.CredentialsNeeded needed -> ctx.redirect("/me/accounts/key?platform=" + encode(needed.platform().wireName())
                    + "&account_name=" + encode(name), HttpStatus.SEE_OTHER);
            case BindOutcome.Invalid invalid -> PortalGuard.refuse(ctx, 400, invalid.message());
            default -> PortalGuard.refuse(ctx, 400, "This platform cannot be bound now.");
        }
    }

    private void keyForm(Context ctx, String error) {
        Optional<Platform> platform = oauth.resolve(ctx.queryParam("platform") == null ? ctx.formParam("platform") : ctx.queryParam("platform"));
        if (platform.isEmpty()) {
            PortalGuard.refuse(ctx, 400, "Unknown platform.");
            return;
        }
        String name = Optional.ofNullable(ctx.queryParam("account_name")).orElse(Optional.ofNullable(ctx.formParam("account_name")).orElse(""));
        boolean pair = PlatformCatalog.of(platform.get()).map(i -> i.bindings().contains(Binding.CLIENT_CREDENTIALS)).orElse(false);
        ctx.status(error.isEmpty() ? 200 : 400);
        Web.render(ctx, "portal_key.jte", new PortalPages.KeyForm(PortalGuard.chrome(ctx, "title.me-add", "accounts", platform.get().displayName()),
                platform.get().wireName(), platform.get().displayName(), name, pair, error));
    }

    private void bindWithKey(Context ctx) {
        String key = Optional.ofNullable(ctx.formParam("api_key")).orElseGet(() -> ctx.formParam("client_id") + ":" + ctx.formParam("client_secret"));
        BindAccount.Request request = new BindAccount.Request(PortalGuard.user(ctx).id(), Forms.required(ctx, "platform"),
                Optional.ofNullable(ctx.formParam("account_name")).orElse(""), OptionalLong.empty());
        switch (bind.bindWithKey(request, key)) {
            case BindOutcome.Bound bound -> Web.render(ctx, "portal_bound.jte",
                    new PortalPages.Bound(PortalGuard.chrome(ctx, "title.me-bound", "accounts"), bound.account().name()));
            case BindOutcome.Invalid invalid -> keyForm(ctx, invalid.message());
            default -> PortalGuard.refuse(ctx, 400, "This platform cannot be bound by key.");
        }
    }

    private void withOwn(Context ctx, BiConsumer<UserId, ProviderAccount> action) {
        UserId owner = PortalGuard.user(ctx).id();
        Optional<ProviderAccount> account = AccountId.parse(ctx.pathParam("id")).flatMap(id -> accounts.owned(owner, id));
        if (account.isEmpty()) {
            PortalGuard.refuse(ctx, 404, "You have no such account.");
            return;
        }
        action.accept(owner, account.get());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
