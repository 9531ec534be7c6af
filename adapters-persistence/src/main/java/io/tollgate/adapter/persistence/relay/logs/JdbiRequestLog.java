package io.tollgate.adapter.persistence.relay.logs;

import io.tollgate.application.relay.logs.LogCursor;
import io.tollgate.application.relay.logs.LogEntry;
import io.tollgate.application.relay.logs.LogFilter;
import io.tollgate.application.relay.logs.LogId;
import io.tollgate.application.relay.logs.RequestLog;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.SqlStatements;

/** The request log over {@code usage_records} and {@code consumptions}; see {@link LogQuery} for how a page is found. */
public final class JdbiRequestLog implements RequestLog {

    private final Jdbi jdbi;

    public JdbiRequestLog(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public List<LogEntry> page(LogFilter filter, Optional<LogCursor> from, Direction direction, int limit) {
        return jdbi.withHandle(handle -> {
            Optional<LogQuery.Resolved> resolved = resolve(handle, filter);
            if (resolved.isEmpty() || limit <= 0) {
                return List.of();
            }
            LogQuery query = new LogQuery(filter, resolved.get(), from, direction);
            if (!filter.mayMatchCalls() && !filter.mayMatchShareAuth()) {
                return List.of();
            }
            // A cursor's id is named only by the part over the cursor's own table.
            return handle.createQuery("WITH page AS (" + query.pageSql() + ") " + LogRows.SELECT)
                    .configure(SqlStatements.class, statements -> statements.setUnusedBindingAllowed(true))
                    .bindMap(query.binds()).bind("limit", limit).map(LogRows::map).list();
        });
    }

    @Override
    public Optional<LogEntry> entry(LogId id) {
        String page = id.shareAuth() ? "SELECT 's' AS src, seq AS num, created_at AS at FROM consumptions WHERE seq = :num"
                : "SELECT 'u' AS src, id AS num, at FROM usage_records WHERE id = :num";
        return jdbi.withHandle(handle -> {
            Optional<Map.Entry<LogEntry, String>> found = handle.createQuery("WITH page AS (" + page + ") " + LogRows.SELECT)
                    .bind("num", id.number()).map((rs, ctx) -> Map.entry(LogRows.map(rs, ctx), LogRows.attempts(rs, ctx))).findOne();
            return found.map(row -> row.getKey()).map(e -> new LogEntry(e.id(), e.at(), e.requestId(), e.user(), e.key(), e.account(), e.ownAccount(),
                    e.model(), e.kind(), e.status(), e.errorClass(), e.tokens(), e.units(), e.cost(), e.latencyMillis(),
                    attempts(handle, found.get().getValue())));
        });
    }

    /** "account-id:class;…" with each account by name, or by id when it is gone. */
    private static List<LogEntry.Attempt> attempts(Handle handle, String stored) {
        if (stored.isEmpty()) {
            return List.of();
        }
        List<String[]> tried = Arrays.stream(stored.split(";")).map(a -> a.split(":", 2)).filter(a -> a.length == 2).toList();
        Map<String, String> names = handle.createQuery("SELECT id::text AS id, name FROM provider_accounts WHERE id::text IN (<ids>)")
                .bindList("ids", tried.stream().map(a -> a[0]).distinct().toList())
                .map((rs, ctx) -> Map.entry(rs.getString("id"), rs.getString("name"))).stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        List<LogEntry.Attempt> attempts = new ArrayList<>();
        tried.forEach(a -> attempts.add(new LogEntry.Attempt(names.getOrDefault(a[0], a[0]), a[1])));
        return attempts;
    }

    /** The filter's names as ids; empty when a name matches nothing, so nothing can match. */
    private static Optional<LogQuery.Resolved> resolve(Handle handle, LogFilter filter) {
        Optional<UUID> user = Optional.empty();
        if (filter.user().isPresent()) {
            user = handle.createQuery("SELECT id FROM users WHERE username = :name").bind("name", filter.user().get())
                    .mapTo(UUID.class).findOne();
            if (user.isEmpty()) {
                return Optional.empty();
            }
        }
        List<UUID> keys = filter.key().map(k -> ids(handle, "api_keys", k)).orElse(List.of());
        List<UUID> accounts = filter.account().map(a -> ids(handle, "provider_accounts", a)).orElse(List.of());
        if (filter.key().isPresent() && keys.isEmpty() || filter.account().isPresent() && accounts.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new LogQuery.Resolved(user, keys, accounts));
    }

    /** The rows of {@code table} whose id or name is {@code text}. */
    private static List<UUID> ids(Handle handle, String table, String text) {
        Optional<UUID> id = uuid(text);
        String sql = "SELECT id FROM " + table + " WHERE " + (id.isPresent() ? "id = :id" : "name = :name") + " ORDER BY seq DESC LIMIT 20";
        return id.isPresent() ? handle.createQuery(sql).bind("id", id.get()).mapTo(UUID.class).list()
                : handle.createQuery(sql).bind("name", text).mapTo(UUID.class).list();
    }

    private static Optional<UUID> uuid(String text) {
        try {
            return text.length() == 36 ? Optional.of(UUID.fromString(text)) : Optional.empty();
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }
}
