package io.tollgate.console.admin;

import io.tollgate.application.relay.usage.charts.AccountLoad;
import io.tollgate.console.web.Chrome;
import io.tollgate.console.web.chart.SpendView;
import java.util.List;

/** The dashboard: the last 24 hours' totals, the chosen range's charts and leaders, and the system accounts today. */
public record DashboardPage(Chrome chrome, SpendView lastDay, SpendView range, List<AccountLoad> accounts) {}
