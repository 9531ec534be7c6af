package io.tollgate.console.admin.logs;

import io.tollgate.application.relay.logs.LogEntry;
import io.tollgate.console.web.Chrome;

/** One entry of the request log in full: tokens by kind, cost, latency, attempts, payer. */
public record LogDetailPage(Chrome chrome, LogEntry entry) {}
