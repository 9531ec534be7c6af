package io.tollgate.console.admin.logs;

import io.tollgate.application.relay.logs.LogEntry;
import io.tollgate.console.web.Csv;
import java.util.List;

/** The request log as CSV: one row per entry, times in UTC (ISO 8601), points as exact decimals. */
final class LogCsv {

    static final String HEADER = Csv.row(List.of("id", "at", "user", "key", "model", "kind", "status", "error_class", "account",
            "payer", "prompt_tokens", "cached_tokens", "cache_write_tokens", "completion_tokens", "units", "cost", "latency_ms",
            "request_id"));

    private LogCsv() {}

    static String row(LogEntry e) {
        String payer = e.paidByOwnAccount() ? "own account " + e.ownAccount().get() : e.free() ? "none" : "points";
        return Csv.row(List.of(e.id().toString(), e.at().toString(), e.user().orElse(""), e.key().orElse(""), e.model(),
                e.kind(), e.status(), e.errorClass().orElse(""), e.account().orElse(""), payer,
                Long.toString(e.tokens().prompt()), Long.toString(e.tokens().cached()), Long.toString(e.tokens().cacheWrite()),
                Long.toString(e.tokens().completion()), Long.toString(e.units()), e.cost().toShortestDecimal().toPlainString(),
                Long.toString(e.latencyMillis()), e.requestId()));
    }
}
