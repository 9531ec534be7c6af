package io.tollgate.adapter.http.admin;

import io.tollgate.application.audit.Actors;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.tollgate.adapter.http.support.AdminRequest;
import io.tollgate.adapter.http.support.ApiError;
import io.tollgate.adapter.http.support.Views;
import io.tollgate.application.billing.BillingHistory;
import io.tollgate.application.billing.ChangeBalance;
import io.tollgate.application.billing.CreateUser;
import io.tollgate.application.identity.ChangeUserStatus;
import io.tollgate.application.identity.IssueLegacyToken;
import io.tollgate.application.identity.ListUsers;
import io.tollgate.application.relay.usage.UsageLog;
import io.tollgate.domain.identity.UserId;
import io.tollgate.domain.identity.UserStatus;
import io.tollgate.domain.identity.Username;
import io.tollgate.domain.money.Points;
import java.util.Map;

/** {@code /admin/api/users}: create, list, disable, top up or adjust, ledger, plain tokens. */
public final class AdminUserRoutes {

    private final ListUsers listUsers;
    private final BillingHistory billingHistory;
    private final UsageLog usageLog;
    private final IssueLegacyToken issueLegacyToken;
    private final CreateUser createUser;
    private final ChangeUserStatus changeUserStatus;
    private final ChangeBalance changeBalance;

    public AdminUserRoutes(ListUsers listUsers, BillingHistory billingHistory, UsageLog usageLog,
                           IssueLegacyToken issueLegacyToken, CreateUser createUser,
                           ChangeUserStatus changeUserStatus, ChangeBalance changeBalance) {
        this.listUsers = listUsers;
        this.billingHistory = billingHistory;
        this.usageLog = usageLog;
        this.issueLegacyToken = issueLegacyToken;
        this.createUser = createUser;
        this.changeUserStatus = changeUserStatus;
        this.changeBalance = changeBalance;
    }

    public void register(RoutesConfig routes) {
        routes.post("/admin/api/users", this::create);
        routes.get("/admin/api/users", ctx -> ctx.json(Views.list(listUsers
                .list(AdminRequest.query(ctx, "q"), AdminRequest.page(ctx)).stream().map(Views::user).toList())));
        routes.patch("/admin/api/users/{id}", this::changeStatus);
        routes.post("/admin/api/users/{id}/balance", this::changeBalance);
        routes.get("/admin/api/users/{id}/ledger", ctx -> ctx.json(Views.list(billingHistory
                .ledger(userId(ctx), AdminRequest.page(ctx)).stream().map(Views::ledgerEntry).toList())));
        routes.get("/admin/api/users/{id}/usage", ctx -> ctx.json(Views.list(usageLog
                .of(userId(ctx), AdminRequest.page(ctx)).stream().map(Views::usageRecord).toList())));
        routes.post("/admin/api/users/{id}/legacy-token", ctx -> issueLegacyToken.issue(userId(ctx)).ifPresentOrElse(
                token -> ctx.status(201).json(Map.of("token", token, "note", "shown once; plain tokens are deprecated, prefer JWTs")),
                () -> ApiError.notFound(ctx, "user")));
    }

    private void create(Context ctx) {
        JsonNode body = AdminRequest.body(ctx);
        Username username = AdminRequest.valid("username", () -> new Username(AdminRequest.requiredText(body, "username")));
        String password = AdminRequest.requiredText(body, "password");
        Points balance = AdminRequest.optionalDecimal(body, "balance")
                .map(amount -> AdminRequest.valid("balance", () -> Points.exactly(amount)))
                .orElse(Points.ZERO);
        if (balance.isNegative()) {
            throw new AdminRequest.Invalid("'balance' cannot be negative");
        }
        switch (createUser.create(new CreateUser.Command(username, password, balance, Actors.ADMIN_API))) {
            case CreateUser.Outcome.Created created -> ctx.status(201).json(Views.user(created.user()));
            case CreateUser.Outcome.UsernameTaken taken ->
                    ApiError.reply(ctx, 409, "username_taken", "the username '" + taken.username() + "' is taken");
            case CreateUser.Outcome.WeakPassword weak ->
                    ApiError.badRequest(ctx, "'password' needs at least " + weak.minimumLength() + " characters");
        }
    }

    private void changeStatus(Context ctx) {
        UserId id = userId(ctx);
        String status = AdminRequest.requiredText(AdminRequest.body(ctx), "status");
        UserStatus wanted = UserStatus.fromWireName(status)
                .orElseThrow(() -> new AdminRequest.Invalid("'status' is 'active' or 'disabled'"));
        changeUserStatus.change(id, wanted, Actors.ADMIN_API).ifPresentOrElse(
                user -> ctx.json(Views.user(user)), () -> ApiError.notFound(ctx, "user"));
    }

    private void changeBalance(Context ctx) {
        UserId id = userId(ctx);
        JsonNode body = AdminRequest.body(ctx);
        Points amount = AdminRequest.valid("amount", () -> Points.exactly(AdminRequest.optionalDecimal(body, "amount")
                .orElseThrow(() -> new IllegalArgumentException("is required"))));
        String reason = AdminRequest.optionalText(body, "reason").orElse("");
        switch (changeBalance.change(new ChangeBalance.Command(id, amount, reason, Actors.ADMIN_API))) {
            case ChangeBalance.Outcome.Changed changed -> ctx.json(Map.of("balance", changed.balance().toShortestDecimal()));
            case ChangeBalance.Outcome.WouldOverdraw overdraw -> ApiError.reply(ctx, 409, "would_overdraw",
                    "the balance is " + overdraw.balance() + " and cannot go below 0");
            case ChangeBalance.Outcome.NoSuchUser ignored -> ApiError.notFound(ctx, "user");
            case ChangeBalance.Outcome.Rejected rejected -> ApiError.badRequest(ctx, rejected.why());
        }
    }

    static UserId userId(Context ctx) {
        return UserId.parse(ctx.pathParam("id")).orElseThrow(() -> new AdminRequest.Invalid("'id' is not a user id"));
    }
}
