package io.tollgate.adapter.persistence.relay.logs;

import io.tollgate.application.relay.logs.LogCursor;
import io.tollgate.application.relay.logs.LogFilter;
import io.tollgate.application.relay.logs.RequestLog.Direction;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The SQL of one log page: each table's matching rows walked along a (filter, time, id) index from the cursor, at most
 * a page from each, merged by time. Relayed calls sort before ShareAuth finishes of the same instant. Kind and status
 * are written as literals (both are checked against fixed sets) so the planner can use the partial indexes.
 */
record LogQuery(LogFilter filter, Resolved resolved, Optional<LogCursor> cursor, Direction direction) {

    /** The filter's names as ids: a user by username, keys and accounts by id or name. */
    record Resolved(Optional<UUID> user, List<UUID> keys, List<UUID> accounts) {}

    /** The page's (src, num, at) rows, newest first. */
    String pageSql() {
        List<String> parts = new ArrayList<>();
        if (filter.mayMatchCalls()) {
            parts.add(part("'u'", "r.id", "r.at", "usage_records r", callConditions(), "u"));
        }
        if (filter.mayMatchShareAuth()) {
            parts.add(part("'s'", "c.seq", "c.created_at", "consumptions c", shareAuthConditions(), "s"));
        }
        if (parts.isEmpty()) {
            return "SELECT 'u' AS src, 0::bigint AS num, now() AS at WHERE false";
        }
        String order = direction == Direction.OLDER ? " ORDER BY at DESC, src DESC, num DESC" : " ORDER BY at, src, num";
        return "SELECT * FROM (" + String.join(" UNION ALL ", parts) + ") merged" + order + " LIMIT :limit";
    }

    /** The values the SQL names. */
    Map<String, Object> binds() {
        Map<String, Object> binds = new java.util.HashMap<>();
        resolved.user().ifPresent(u -> binds.put("user", u));
        filter.model().ifPresent(m -> binds.put("model", m));
        filter.from().ifPresent(f -> binds.put("from", f));
        filter.to().ifPresent(t -> binds.put("to", t));
        for (int i = 0; i < resolved.keys().size(); i++) {
            binds.put("key" + i, resolved.keys().get(i));
        }
        for (int i = 0; i < resolved.accounts().size(); i++) {
            binds.put("account" + i, resolved.accounts().get(i));
        }
        cursor.ifPresent(c -> {
            binds.put("cursorAt", c.at());
            binds.put("cursorNum", c.id().number());
        });
        return binds;
    }

    private String part(String src, String num, String at, String table, List<String> conditions, String source) {
        List<String> where = new ArrayList<>(conditions);
        cursor.ifPresent(c -> where.add(cursorCondition(num, at, c.id().shareAuth() == source.equals("s"))));
        String order = direction == Direction.OLDER ? at + " DESC, " + num + " DESC" : at + ", " + num;
        return "(SELECT " + src + " AS src, " + num + " AS num, " + at + " AS at FROM " + table
                + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where)) + " ORDER BY " + order + " LIMIT :limit)";
    }

    /**
     * Past the cursor: within the cursor's own table by (time, id); in the other table by time alone, where relayed
     * calls of the cursor's instant come before ShareAuth finishes of it.
     */
    private String cursorCondition(String num, String at, boolean sameTable) {
        boolean older = direction == Direction.OLDER;
        if (sameTable) {
            return "(" + at + ", " + num + ") " + (older ? "<" : ">") + " (:cursorAt, :cursorNum)";
        }
        boolean callsTable = num.startsWith("r.");
        // Older than a finish: calls strictly earlier. Older than a call: finishes of the same instant too.
        String operator = older ? (callsTable ? "<" : "<=") : (callsTable ? ">=" : ">");
        return at + " " + operator + " :cursorAt";
    }

    private List<String> callConditions() {
        List<String> where = new ArrayList<>();
        resolved.user().ifPresent(u -> where.add("r.user_id = :user"));
        where.addAll(oneOf("r.key_id", "key", resolved.keys().size()));
        where.addAll(oneOf("r.account_id", "account", resolved.accounts().size()));
        filter.model().ifPresent(m -> where.add("r.model = :model"));
        filter.kind().ifPresent(k -> where.add("r.kind = '" + k + "'"));
        filter.status().ifPresent(s -> where.add("r.status = '" + s + "'"));
        filter.from().ifPresent(f -> where.add("r.at >= :from"));
        filter.to().ifPresent(t -> where.add("r.at < :to"));
        return where;
    }

    private List<String> shareAuthConditions() {
        List<String> where = new ArrayList<>();
        resolved.user().ifPresent(u -> where.add("c.user_id = :user"));
        filter.model().ifPresent(m -> where.add("c.workflow_name = :model"));
        filter.from().ifPresent(f -> where.add("c.created_at >= :from"));
        filter.to().ifPresent(t -> where.add("c.created_at < :to"));
        return where;
    }

    private static List<String> oneOf(String column, String name, int count) {
        if (count == 0) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            names.add(":" + name + i);
        }
        return List.of(count == 1 ? column + " = " + names.getFirst() : column + " IN (" + String.join(", ", names) + ")");
    }
}
