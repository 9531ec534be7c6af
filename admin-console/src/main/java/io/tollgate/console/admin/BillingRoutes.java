package io.tollgate.console.admin;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.tollgate.application.billing.BillingHistory;
import io.tollgate.application.identity.ListUsers;
import io.tollgate.application.support.Page;
import io.tollgate.console.web.Csv;
import io.tollgate.console.web.Forms;
import io.tollgate.console.web.PageGroup;
import io.tollgate.console.web.Paging;
import io.tollgate.console.web.Web;
import io.tollgate.domain.billing.Consumption;
import io.tollgate.domain.billing.ConsumptionFilter;
import io.tollgate.domain.billing.UnpaidAttempt;
import io.tollgate.domain.identity.UserId;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/** Consumption records (filters, paging, CSV export) and unpaid attempts. */
public final class BillingRoutes implements PageGroup {

    /** The most rows one export writes; a larger history is exported by narrowing the filter. */
    static final int CSV_MAX_ROWS = 100_000;

    private final BillingHistory billingHistory;
    private final ListUsers users;

    public BillingRoutes(BillingHistory billingHistory, ListUsers users) {
        this.billingHistory = billingHistory;
        this.users = users;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/console/consumptions", Forms.safe(this::consumptions));
        routes.get("/console/consumptions.csv", Forms.safe(this::csv));
        routes.get("/console/unpaid", ctx -> {
            Page page = Web.page(ctx);
            List<UnpaidAttempt> attempts = billingHistory.unpaidAttempts(page);
            List<UnpaidAttempt> shown = Paging.trim(attempts, Paging.DEFAULT_LIMIT);
            Web.render(ctx, "unpaid.jte", new UnpaidPage(Web.chrome(ctx, "title.unpaid", "unpaid"), shown,
                    new Paging(page.offset(), Paging.DEFAULT_LIMIT, attempts.size() > Paging.DEFAULT_LIMIT, ""),
                    users.usernames(shown.stream().map(UnpaidAttempt::user).toList())));
        });
    }

    private void consumptions(Context ctx) {
        String user = text(ctx, "userId");
        String workflow = text(ctx, "workflow");
        Page page = Web.page(ctx);
        List<Consumption> rows = billingHistory.consumptions(filter(user, workflow), page);
        List<Consumption> shown = Paging.trim(rows, Paging.DEFAULT_LIMIT);
        String keep = "userId=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&workflow="
                + URLEncoder.encode(workflow, StandardCharsets.UTF_8) + "&";
        Web.render(ctx, "consumptions.jte", new ConsumptionsPage(Web.chrome(ctx, "title.consumptions", "consumptions"),
                user, workflow, shown,
                new Paging(page.offset(), Paging.DEFAULT_LIMIT, rows.size() > Paging.DEFAULT_LIMIT, keep),
                "/console/consumptions.csv?" + keep.substring(0, keep.length() - 1),
                users.usernames(shown.stream().map(Consumption::user).toList())));
    }

    private void csv(Context ctx) {
        ConsumptionFilter filter = filter(text(ctx, "userId"), text(ctx, "workflow"));
        StringBuilder out = new StringBuilder(Csv.row(List.of("id", "at", "user_id", "workflow", "base_points", "multiplier",
                "charge", "balance_after")));
        int offset = 0;
        while (offset < CSV_MAX_ROWS) {
            List<Consumption> batch = billingHistory.consumptions(filter, new Page(offset, Page.MAX_LIMIT));
            for (Consumption c : batch) {
                out.append(Csv.row(List.of(c.id(), c.at().toString(), c.user().toString(), c.workflowName(),
                        c.basePoints().toShortestDecimal().toPlainString(), c.multiplier().toString(),
                        c.charge().toShortestDecimal().toPlainString(), c.balanceAfter().toShortestDecimal().toPlainString())));
            }
            if (batch.size() < Page.MAX_LIMIT) {
                break;
            }
            offset += batch.size();
        }
        ctx.header("Content-Disposition", "attachment; filename=\"consumptions.csv\"")
                .contentType("text/csv; charset=utf-8").result(out.toString());
    }

    /** The user filter takes a user id or a username; a name nobody has is refused like a malformed id. */
    private ConsumptionFilter filter(String user, String workflow) {
        Optional<UserId> id = user.isEmpty() ? Optional.empty()
                : Optional.of(UserId.parse(user).or(() -> users.idOf(user))
                        .orElseThrow(() -> new IllegalArgumentException("the user filter is a user id or a username")));
        return new ConsumptionFilter(id, workflow.isEmpty() ? Optional.empty() : Optional.of(workflow));
    }

    private static String text(Context ctx, String name) {
        return Optional.ofNullable(ctx.queryParam(name)).map(String::strip).orElse("");
    }
}
