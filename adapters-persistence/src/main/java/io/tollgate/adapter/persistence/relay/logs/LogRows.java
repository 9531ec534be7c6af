package io.tollgate.adapter.persistence.relay.logs;

import static io.tollgate.adapter.persistence.database.Columns.instant;

import io.tollgate.application.relay.logs.LogEntry;
import io.tollgate.application.relay.logs.LogId;
import io.tollgate.domain.money.Points;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.statement.StatementContext;

/** The log's rows with names joined in: usage records and ShareAuth finishes side by side; never a credential. */
final class LogRows {

    /** Reads the entries a {@code page} CTE of (src, num, at) names, newest first. */
    static final String SELECT = """
            SELECT p.src, p.num, p.at, r.request_id, u.username, k.name AS key_name, a.name AS account_name,
                   a.owner_id IS NOT NULL AS own_account, coalesce(r.model, c.workflow_name) AS model,
                   coalesce(r.kind, 'shareauth') AS kind, coalesce(r.status, 'ok') AS status, r.error_class,
                   coalesce(r.prompt_tokens, 0) AS prompt_tokens, coalesce(r.cached_tokens, 0) AS cached_tokens,
                   coalesce(r.cache_write_tokens, 0) AS cache_write_tokens,
                   coalesce(r.completion_tokens, 0) AS completion_tokens, coalesce(r.estimated, false) AS estimated,
                   coalesce(r.units, 0) AS units, coalesce(r.cost, c.charge) AS cost, coalesce(r.latency_ms, 0) AS latency_ms,
                   r.attempts
            FROM page p
            LEFT JOIN usage_records r ON p.src = 'u' AND r.id = p.num
            LEFT JOIN consumptions c ON p.src = 's' AND c.seq = p.num
            LEFT JOIN users u ON u.id = coalesce(r.user_id, c.user_id)
            LEFT JOIN api_keys k ON k.id = r.key_id
            LEFT JOIN provider_accounts a ON a.id = r.account_id
            ORDER BY p.at DESC, p.src DESC, p.num DESC""";

    private LogRows() {}

    /** An entry; its attempts are read apart (the stored text, in {@link #attempts}). */
    static LogEntry map(ResultSet rs, StatementContext context) throws SQLException {
        boolean shareAuth = rs.getString("src").equals("s");
        String kind = rs.getString("kind");
        long prompt = rs.getLong("prompt_tokens");
        long completion = rs.getLong("completion_tokens");
        Optional<String> account = Optional.ofNullable(rs.getString("account_name"));
        return new LogEntry(new LogId(shareAuth, rs.getLong("num")), instant(rs, "at"),
                Optional.ofNullable(rs.getString("request_id")).orElse(""), Optional.ofNullable(rs.getString("username")),
                Optional.ofNullable(rs.getString("key_name")), account,
                rs.getBoolean("own_account") ? account : Optional.empty(), rs.getString("model"), kind, rs.getString("status"),
                Optional.ofNullable(rs.getString("error_class")),
                new LogEntry.Tokens(prompt, rs.getLong("cached_tokens"), rs.getLong("cache_write_tokens"), completion,
                        rs.getBoolean("estimated")),
                // Chat rows written before kinds existed hold no units of their own: a chat call's units are its tokens.
                kind.equals("chat") ? prompt + completion : rs.getLong("units"), Points.exactly(rs.getBigDecimal("cost")),
                rs.getLong("latency_ms"), List.of());
    }

    /** The stored attempts text of an entry, for {@link JdbiRequestLog#entry}. */
    static String attempts(ResultSet rs, StatementContext context) throws SQLException {
        return Optional.ofNullable(rs.getString("attempts")).orElse("");
    }
}
