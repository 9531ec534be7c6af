package io.tollgate.console.admin;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.tollgate.application.audit.AuditEntry;
import io.tollgate.application.audit.AuditTrail;
import io.tollgate.application.relay.usage.charts.ChartRange;
import io.tollgate.application.relay.usage.charts.SpendCharts;
import io.tollgate.application.support.Page;
import io.tollgate.console.web.Chrome;
import io.tollgate.console.web.PageGroup;
import io.tollgate.console.web.Paging;
import io.tollgate.console.web.Web;
import io.tollgate.console.web.chart.SpendView;
import java.util.List;

/** The dashboard ({@code ?range=24h|30d}; anything else is the last 24 hours) and the audit log. */
public final class DashboardRoutes implements PageGroup {

    private final SpendCharts charts;
    private final AuditTrail audit;

    public DashboardRoutes(SpendCharts charts, AuditTrail audit) {
        this.charts = charts;
        this.audit = audit;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/console", this::dashboard);
        routes.get("/console/audit", ctx -> {
            Page page = Web.page(ctx);
            List<AuditEntry> entries = audit.newest(page);
            Web.render(ctx, "audit.jte", new AuditPage(Web.chrome(ctx, "title.audit", "audit"),
                    Paging.trim(entries, Paging.DEFAULT_LIMIT), new Paging(page.offset(), Paging.DEFAULT_LIMIT,
                    entries.size() > Paging.DEFAULT_LIMIT, "")));
        });
    }

    private void dashboard(Context ctx) {
        ChartRange range = ChartRange.parse(ctx.queryParam("range")).orElse(ChartRange.DAY);
        Chrome chrome = Web.chrome(ctx, "title.dashboard", "dashboard");
        SpendView lastDay = SpendView.of(charts.everyone(ChartRange.DAY), chrome.t());
        SpendView shown = range == ChartRange.DAY ? lastDay : SpendView.of(charts.everyone(range), chrome.t());
        Web.render(ctx, "dashboard.jte", new DashboardPage(chrome, lastDay, shown, charts.accountsToday()));
    }
}
