package io.tollgate.console.portal;

import io.tollgate.application.relay.budget.ManageKeyBudgets;
import io.tollgate.domain.identity.ApiKey;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.tollgate.application.account.Notifications;
import io.tollgate.application.audit.Actors;
import io.tollgate.application.identity.IssueApiKey;
import io.tollgate.application.identity.ManageApiKeys;
import io.tollgate.application.identity.MyPreferences;
import io.tollgate.application.support.Page;
import io.tollgate.application.relay.usage.UsageLog;
import io.tollgate.console.web.PageGroup;
import io.tollgate.console.web.KeyBudgetText;
import io.tollgate.console.web.Web;
import io.tollgate.console.web.text.LanguageChoice;
import io.tollgate.console.web.text.Texts;
import io.tollgate.domain.identity.ApiKeyId;
import io.tollgate.domain.identity.User;
import java.util.List;
import java.util.Optional;

/** The user's home page: balance, whether calls may fall back to points, notices, API keys and recent calls. */
public final class PortalHomeRoutes implements PageGroup {

    private final MyPreferences preferences;
    private final IssueApiKey issueApiKey;
    private final ManageApiKeys apiKeys;
    private final Notifications notifications;
    private final UsageLog usageLog;
    private final ManageKeyBudgets budgets;

    public PortalHomeRoutes(MyPreferences preferences, IssueApiKey issueApiKey, ManageApiKeys apiKeys,
                            Notifications notifications, UsageLog usageLog, ManageKeyBudgets budgets) {
        this.budgets = budgets;
        this.preferences = preferences;
        this.issueApiKey = issueApiKey;
        this.apiKeys = apiKeys;
        this.notifications = notifications;
        this.usageLog = usageLog;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/me", ctx -> home(ctx, Optional.empty()));
        routes.post("/me/fallback", ctx -> {
            preferences.allowPointsFallback(PortalGuard.user(ctx).id(), "on".equals(ctx.formParam("points_fallback")));
            ctx.redirect("/me?done=preferences", HttpStatus.SEE_OTHER);
        });
        routes.post("/me/keys", PortalGuard.safe(ctx -> {
            String name = Optional.ofNullable(ctx.formParam("name")).map(String::strip).filter(n -> !n.isEmpty()).orElse("default");
            IssueApiKey.Command command = new IssueApiKey.Command(PortalGuard.user(ctx).id(), name, List.of(), Optional.empty(), 0, 0,
                    Optional.empty());
            switch (issueApiKey.issue(command, Actors.user(PortalGuard.user(ctx).username()))) {
                case IssueApiKey.Outcome.Issued issued -> home(ctx, Optional.of(issued.secret()));
                case IssueApiKey.Outcome.NoSuchUser gone -> PortalGuard.refuse(ctx, 404, "Your user is gone.");
                case IssueApiKey.Outcome.WiderThanCreator never -> throw new IllegalStateException("a session has no key to exceed");
            }
        }));
        routes.post("/me/keys/{id}/revoke", ctx -> {
            Optional<ApiKeyId> id = ApiKeyId.parse(ctx.pathParam("id"));
            if (id.isEmpty() || !apiKeys.revokeOwn(PortalGuard.user(ctx).id(), id.get(), Actors.user(PortalGuard.user(ctx).username()))) {
                PortalGuard.refuse(ctx, 404, "You have no such API key.");
                return;
            }
            ctx.redirect("/me?done=key-revoked", HttpStatus.SEE_OTHER);
        });
    }

    private void home(Context ctx, Optional<String> newKey) {
        User user = PortalGuard.user(ctx);
        List<ApiKey> keys = apiKeys.list(Optional.of(user.id()), new Page(0, 100));
        Texts t = LanguageChoice.of(ctx);
        Web.render(ctx, "portal_home.jte", new PortalPages.Home(PortalGuard.chrome(ctx, "title.me-home", "home"),
                t.points(user.balance().toShortestDecimal()), preferences.pointsFallback(user.id()),
                notifications.of(user.id()), keys, newKey, usageLog.of(user.id(), new Page(0, 20)),
                KeyBudgetText.of(keys, budgets, t)));
    }
}
