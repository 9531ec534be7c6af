package io.tollgate.console.admin.logs;

import io.javalin.http.Context;
import io.tollgate.application.relay.logs.LogCursor;
import io.tollgate.application.relay.logs.LogFilter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The log's filter form as typed: user (a username), key and account (an id or name), model, kind, status, and a time
 * range in the operator's zone ({@code 2026-12-05T08:30} or a whole day {@code 2026-12-05}; {@code to} is exclusive).
 */
public record LogForm(Map<String, String> fields) {

    static final List<String> NAMES = List.of("user", "key", "model", "account", "kind", "status", "from", "to");
    private static final int LONGEST = 200;

    static LogForm of(Context ctx) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String name : NAMES) {
            String value = Optional.ofNullable(ctx.queryParam(name)).map(String::strip).orElse("");
            if (value.length() > LONGEST) {
                throw new IllegalArgumentException("'" + name + "' is longer than " + LONGEST + " characters");
            }
            // PostgreSQL text cannot hold a NUL: no stored name has one.
            if (value.indexOf('\u0000') >= 0) {
                throw new IllegalArgumentException("'" + name + "' holds a NUL character");
            }
            fields.put(name, value);
        }
        return new LogForm(fields);
    }

    public String get(String name) {
        return fields.getOrDefault(name, "");
    }

    /** The filter, times read in {@code zone}; refuses a kind, status or time it cannot read. */
    LogFilter filter(ZoneId zone) {
        return new LogFilter(text("user"), text("key"), text("model"), text("account"), text("kind"), text("status"),
                time("from", zone), time("to", zone));
    }

    /** The query string that keeps the filter, ending in '&' when not empty. */
    String query() {
        StringBuilder query = new StringBuilder();
        fields.forEach((name, value) -> {
            if (!value.isEmpty()) {
                query.append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8)).append('&');
            }
        });
        return query.toString();
    }

    private Optional<String> text(String name) {
        return Optional.of(get(name)).filter(v -> !v.isEmpty());
    }

    private Optional<Instant> time(String name, ZoneId zone) {
        String value = get(name);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        try {
            LocalDateTime local = value.length() == 10 ? LocalDate.parse(value).atStartOfDay() : LocalDateTime.parse(value);
            Instant at = local.atZone(zone).toInstant();
            if (at.isBefore(LogCursor.EARLIEST) || at.isAfter(LogCursor.LATEST)) {
                throw new DateTimeException("out of range");
            }
            return Optional.of(at);
        } catch (DateTimeException unreadable) {
            throw new IllegalArgumentException("'" + name + "' is a date (2026-12-05) or a time (2026-12-05T08:30)");
        }
    }
}
