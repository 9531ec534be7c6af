package io.tollgate.console.admin;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.tollgate.application.billing.BillingHistory;
import io.tollgate.application.billing.ChangeBalance;
import io.tollgate.application.billing.CreateUser;
import io.tollgate.application.identity.ChangeUserStatus;
import io.tollgate.application.identity.ListUsers;
import io.tollgate.application.support.Page;
import io.tollgate.application.relay.usage.UsageLog;
import io.tollgate.console.web.Forms;
import io.tollgate.console.web.PageGroup;
import io.tollgate.console.web.Paging;
import io.tollgate.console.web.Web;
import io.tollgate.console.web.text.LanguageChoice;
import io.tollgate.domain.billing.LedgerEntry;
import io.tollgate.domain.identity.User;
import io.tollgate.domain.identity.UserId;
import io.tollgate.domain.identity.UserStatus;
import io.tollgate.domain.identity.Username;
import io.tollgate.domain.money.Points;
import io.tollgate.domain.relay.UsageRecord;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/** Users: search, create, disable or enable, top up or adjust with a reason, and the ledger. */
public final class UserRoutes implements PageGroup {

    private final ListUsers listUsers;
    private final CreateUser createUser;
    private final BillingHistory billingHistory;
    private final UsageLog usageLog;
    private final ChangeUserStatus changeUserStatus;
    private final ChangeBalance changeBalance;

    public UserRoutes(ListUsers listUsers, CreateUser createUser, BillingHistory billingHistory, UsageLog usageLog,
                      ChangeUserStatus changeUserStatus, ChangeBalance changeBalance) {
        this.listUsers = listUsers;
        this.createUser = createUser;
        this.billingHistory = billingHistory;
        this.usageLog = usageLog;
        this.changeUserStatus = changeUserStatus;
        this.changeBalance = changeBalance;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/console/users", ctx -> list(ctx, 200, ""));
        routes.post("/console/users", Forms.safe(this::create));
        routes.get("/console/users/{id}", ctx -> withUser(ctx, user -> show(ctx, user, 200, "")));
        routes.get("/console/users/{id}/usage", ctx -> withUser(ctx, user -> usage(ctx, user)));
        routes.post("/console/users/{id}/status", Forms.safe(ctx -> withUser(ctx, user -> status(ctx, user))));
        routes.post("/console/users/{id}/balance", Forms.safe(ctx -> withUser(ctx, user -> balance(ctx, user))));
    }

    private void list(Context ctx, int status, String error) {
        String query = Optional.ofNullable(ctx.queryParam("q")).map(String::strip).orElse("");
        Page page = Web.page(ctx);
        List<User> users = listUsers.list(query, page);
        String keep = query.isEmpty() ? "" : "q=" + URLEncoder.encode(query, StandardCharsets.UTF_8) + "&";
        ctx.status(status);
        Web.render(ctx, "users.jte", new UsersPage(Web.chrome(ctx, "title.users", "users"), query, Paging.trim(users, Paging.DEFAULT_LIMIT),
                new Paging(page.offset(), Paging.DEFAULT_LIMIT, users.size() > Paging.DEFAULT_LIMIT, keep), error));
    }

    private void create(Context ctx) {
        String balance = Optional.ofNullable(ctx.formParam("balance")).map(String::strip).filter(b -> !b.isEmpty()).orElse("0");
        var command = new CreateUser.Command(new Username(Forms.required(ctx, "username")), ctx.formParam("password"),
                Points.exactly(balance), Web.actor(ctx));
        switch (createUser.create(command)) {
            case CreateUser.Outcome.Created created ->
                    ctx.redirect("/console/users/" + created.user().id() + "?done=user-created", HttpStatus.SEE_OTHER);
            case CreateUser.Outcome.UsernameTaken taken -> list(ctx, 409, LanguageChoice.of(ctx).format("users.error.taken", taken.username().value()));
            case CreateUser.Outcome.WeakPassword weak -> list(ctx, 400, LanguageChoice.of(ctx).format("users.error.weak", weak.minimumLength()));
        }
    }

    private void show(Context ctx, User user, int status, String error) {
        Page page = Web.page(ctx);
        List<LedgerEntry> ledger = billingHistory.ledger(user.id(), page);
        ctx.status(status);
        Web.render(ctx, "user.jte", new UserPage(Web.chrome(ctx, "title.user", "users", user.username().value()), user,
                Paging.trim(ledger, Paging.DEFAULT_LIMIT), new Paging(page.offset(), Paging.DEFAULT_LIMIT,
                ledger.size() > Paging.DEFAULT_LIMIT, ""), error));
    }

    private void usage(Context ctx, User user) {
        Page page = Web.page(ctx);
        List<UsageRecord> calls = usageLog.of(user.id(), page);
        Web.render(ctx, "usage.jte", new UsagePage(Web.chrome(ctx, "title.user-usage", "users", user.username().value()), user,
                Paging.trim(calls, Paging.DEFAULT_LIMIT), new Paging(page.offset(), Paging.DEFAULT_LIMIT,
                calls.size() > Paging.DEFAULT_LIMIT, "")));
    }

    private void status(Context ctx, User user) {
        UserStatus status = UserStatus.fromWireName(Forms.required(ctx, "status"))
                .orElseThrow(() -> new IllegalArgumentException("status is 'active' or 'disabled'"));
        changeUserStatus.change(user.id(), status, Web.actor(ctx));
        ctx.redirect("/console/users/" + user.id() + "?done=user-status", HttpStatus.SEE_OTHER);
    }

    private void balance(Context ctx, User user) {
        Points amount = Points.exactly(Forms.required(ctx, "amount"));
        String reason = Forms.required(ctx, "reason");
        switch (changeBalance.change(new ChangeBalance.Command(user.id(), amount, reason, Web.actor(ctx)))) {
            case ChangeBalance.Outcome.Changed changed -> ctx.redirect("/console/users/" + user.id() + "?done=balance", HttpStatus.SEE_OTHER);
            case ChangeBalance.Outcome.WouldOverdraw overdraw -> show(ctx, user, 409,
                    LanguageChoice.of(ctx).format("user.error.overdraw", LanguageChoice.of(ctx).points(overdraw.balance().toShortestDecimal())));
            case ChangeBalance.Outcome.NoSuchUser missing -> Web.refuse(ctx, 404, "not_found", "No such user.");
            case ChangeBalance.Outcome.Rejected rejected -> show(ctx, user, 400, rejected.why());
        }
    }

    private void withUser(Context ctx, java.util.function.Consumer<User> then) {
        Optional<User> user = UserId.parse(ctx.pathParam("id")).flatMap(listUsers::byId);
        if (user.isEmpty()) {
            Web.refuse(ctx, 404, "not_found", "No such user.");
            return;
        }
        then.accept(user.get());
    }
}
