package io.tollgate.console.admin;

import io.tollgate.application.relay.usage.UsageDigest;
import io.tollgate.console.web.Chrome;
import java.util.List;

/** The last 24 hours: totals, an hourly chart drawn as SVG on the server, and the top users and models. */
public record DashboardPage(Chrome chrome, UsageDigest digest, String errorRate, List<ChartBar> bars, long peak) {}
