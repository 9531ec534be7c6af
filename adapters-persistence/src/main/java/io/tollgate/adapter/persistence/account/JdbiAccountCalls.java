package io.tollgate.adapter.persistence.account;

import static io.tollgate.adapter.persistence.database.Columns.instant;

import io.tollgate.adapter.persistence.database.Columns;
import io.tollgate.domain.account.AccountCall;
import io.tollgate.domain.account.AccountCalls;
import io.tollgate.domain.account.AccountId;
import io.tollgate.domain.account.CallSummary;
import io.tollgate.domain.account.FailureClass;
import io.tollgate.domain.identity.UserId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;

/** Calls on users' own accounts: a usage record with summaries and the account's day counter, in one transaction. */
final class JdbiAccountCalls implements AccountCalls {

    /**
     * The columns of {@code usage_records} a call on an own account fills: no key, and a cost of nothing. Its units are
     * its tokens, the unit of an account's quota.
     */
    private static final String COLUMNS = "request_id, key_id, user_id, account_id, model, prompt_tokens, completion_tokens,"
            + " estimated, cost, latency_ms, status, error_class, at, quota_day, request_summary, response_summary, error_detail,"
            + " kind, units";

    private final Jdbi jdbi;

    JdbiAccountCalls(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void record(AccountCall call) {
        jdbi.useTransaction(handle -> {
            handle.createUpdate("INSERT INTO usage_records (" + COLUMNS + ", attempts) VALUES"
                            + " (:requestId, NULL, :user, :account, :model, :prompt, :completion, :estimated, 0, :latency,"
                            + " :status, :errorClass, :at, :day, :request, :response, :error, :kind, :units, :attempts)")
                    .bind("requestId", call.requestId())
                    .bind("user", call.user().map(UserId::value).orElse(null))
                    .bind("account", call.account().value())
                    .bind("model", call.model())
                    .bind("prompt", call.promptTokens())
                    .bind("completion", call.completionTokens())
                    .bind("estimated", call.estimated())
                    .bind("latency", call.latencyMillis())
                    .bind("status", Columns.name(call.outcome()))
                    .bind("errorClass", call.failure().map(Columns::name).orElse(null))
                    .bind("at", call.at())
                    .bind("day", call.quotaDay())
                    .bind("request", call.summary().request())
                    .bind("response", call.summary().response())
                    .bind("error", call.summary().error())
                    .bind("kind", call.kind())
                    .bind("units", call.totalTokens())
                    .bind("attempts", Columns.attempts(call.attempts()))
                    .execute();
            handle.createUpdate("INSERT INTO account_token_usage (account_id, quota_day, tokens) VALUES (:account, :day, :tokens)"
                            + " ON CONFLICT (account_id, quota_day) DO UPDATE SET tokens = account_token_usage.tokens + EXCLUDED.tokens")
                    .bind("account", call.account().value()).bind("day", call.quotaDay())
                    .bind("tokens", call.totalTokens()).execute();
        });
    }

    @Override
    public List<AccountCall> page(AccountId account, int offset, int limit) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT " + COLUMNS + " FROM usage_records WHERE account_id = :account ORDER BY at DESC, id DESC LIMIT :limit OFFSET :offset")
                .bind("account", account.value()).bind("limit", Math.max(0, limit)).bind("offset", Math.max(0, offset))
                .map(JdbiAccountCalls::map).list());
    }

    @Override
    public Map<AccountId, Instant> lastCalled(Collection<AccountId> accounts) {
        UUID[] ids = accounts.stream().map(AccountId::value).toArray(UUID[]::new);
        return jdbi.withHandle(handle -> handle.createQuery("SELECT a.id, (SELECT max(u.at) FROM usage_records u"
                        + " WHERE u.account_id = a.id) AS at FROM unnest(:ids) AS a(id)")
                .bind("ids", ids)
                .map((rs, ctx) -> Map.entry(rs.getObject("id", UUID.class), Optional.ofNullable(instant(rs, "at"))))
                .list())
                .stream().filter(e -> e.getValue().isPresent())
                .collect(Collectors.toUnmodifiableMap(e -> new AccountId(e.getKey()), e -> e.getValue().get()));
    }

    private static AccountCall map(ResultSet rs, StatementContext context) throws SQLException {
        return new AccountCall(rs.getString("request_id"), Optional.ofNullable(rs.getObject("user_id", UUID.class)).map(UserId::new),
                new AccountId(rs.getObject("account_id", UUID.class)), rs.getString("model"), rs.getLong("prompt_tokens"),
                rs.getLong("completion_tokens"), rs.getBoolean("estimated"), rs.getLong("latency_ms"),
                AccountCall.Outcome.valueOf(rs.getString("status").toUpperCase(Locale.ROOT)),
                Optional.ofNullable(rs.getString("error_class")).map(c -> FailureClass.valueOf(c.toUpperCase(Locale.ROOT))),
                instant(rs, "at"), rs.getObject("quota_day", LocalDate.class),
                new CallSummary(text(rs, "request_summary"), text(rs, "response_summary"), text(rs, "error_detail")),
                rs.getString("kind"));
    }

    private static String text(ResultSet rs, String column) throws SQLException {
        String value = rs.getString(column);
        return value == null ? "" : value;
    }
}
