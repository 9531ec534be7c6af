package io.tollgate.console.admin;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.tollgate.application.audit.AuditEntry;
import io.tollgate.application.audit.AuditTrail;
import io.tollgate.application.support.Page;
import io.tollgate.application.relay.usage.UsageDigest;
import io.tollgate.application.relay.usage.UsageDashboard;
import io.tollgate.console.web.PageGroup;
import io.tollgate.console.web.Paging;
import io.tollgate.console.web.Web;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The dashboard and the audit log. */
public final class DashboardRoutes implements PageGroup {

    static final int CHART_HEIGHT = 120;
    static final int BAR_WIDTH = 20;

    private final UsageDashboard dashboard;
    private final AuditTrail audit;
    private final java.time.Clock clock;

    public DashboardRoutes(UsageDashboard dashboard, AuditTrail audit, java.time.Clock clock) {
        this.dashboard = dashboard;
        this.audit = audit;
        this.clock = clock;
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
        UsageDigest digest = dashboard.lastDay();
        long permille = digest.errorPerMille();
        String errorRate = permille / 10 + "." + permille % 10 + " %";
        long peak = Math.max(1, digest.hours().stream().mapToLong(UsageDigest.Hour::requests).max().orElse(1));
        Web.render(ctx, "dashboard.jte", new DashboardPage(Web.chrome(ctx, "title.dashboard", "dashboard"), digest, errorRate,
                bars(digest, peak, clock.instant().truncatedTo(ChronoUnit.HOURS)), peak));
    }

    /** 24 slots ending with the current hour; hours without calls are drawn as empty slots. */
    static List<ChartBar> bars(UsageDigest digest, long peak, Instant currentHour) {
        Map<Instant, UsageDigest.Hour> byHour = new HashMap<>();
        digest.hours().forEach(hour -> byHour.put(hour.start(), hour));
        List<ChartBar> bars = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            Instant start = currentHour.minus(Duration.ofHours(23 - i));
            UsageDigest.Hour hour = byHour.getOrDefault(start, new UsageDigest.Hour(start, 0, 0));
            int height = (int) (hour.requests() * CHART_HEIGHT / peak);
            int failHeight = (int) (hour.failed() * CHART_HEIGHT / peak);
            String label = start.atOffset(ZoneOffset.UTC).getHour() + ":00 UTC — " + hour.requests() + " requests, "
                    + hour.failed() + " failed";
            bars.add(new ChartBar(i * BAR_WIDTH, CHART_HEIGHT - height, height, CHART_HEIGHT - failHeight, failHeight, label));
        }
        return bars;
    }
}
