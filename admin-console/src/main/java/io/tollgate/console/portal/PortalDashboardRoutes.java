package io.tollgate.console.portal;

import io.javalin.config.RoutesConfig;
import io.tollgate.application.relay.usage.charts.ChartRange;
import io.tollgate.application.relay.usage.charts.SpendCharts;
import io.tollgate.console.web.PageGroup;
import io.tollgate.console.web.Web;
import io.tollgate.console.web.chart.SpendView;

/** A user's own spend, charted like the admins' dashboard ({@code ?range=24h|30d}; anything else is the last 24 hours). */
public final class PortalDashboardRoutes implements PageGroup {

    private final SpendCharts charts;

    public PortalDashboardRoutes(SpendCharts charts) {
        this.charts = charts;
    }

    /** The page's record: the chrome and the user's charts. */
    public record Page(PortalChrome chrome, SpendView view) {}

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/me/dashboard", ctx -> {
            ChartRange range = ChartRange.parse(ctx.queryParam("range")).orElse(ChartRange.DAY);
            PortalChrome chrome = PortalGuard.chrome(ctx, "title.me-dashboard", "dashboard");
            Web.render(ctx, "portal_dashboard.jte", new Page(chrome,
                    SpendView.of(charts.of(PortalGuard.user(ctx).id(), range), chrome.t())));
        });
    }
}
