package io.tollgate.boot;

import io.tollgate.adapter.persistence.DatabaseConfig;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Every row of the tables that hold what callers and admins store, to compare and to name what changed. */
final class TableDigest {

    /** Users, money, keys, models, accounts, workflows, words, calls: not sessions, throttles or rate windows. */
    static final List<String> STORED = List.of("users", "ledger_entries", "consumptions", "unpaid_attempts", "workflows",
            "sensitive_words", "legacy_tokens", "api_keys", "models", "provider_accounts", "account_token_usage",
            "usage_records", "oauth_grants", "oauth_pending", "user_preferences", "public_usage", "memfit_totp_secret");

    private TableDigest() {}

    /** Each stored table's rows as text, in order. */
    static Map<String, List<String>> of(DatabaseConfig db) {
        Map<String, List<String>> tables = new TreeMap<>();
        try (Connection connection = DriverManager.getConnection(db.url(), db.user(), db.password());
             Statement statement = connection.createStatement()) {
            for (String table : STORED) {
                List<String> rows = new ArrayList<>();
                try (ResultSet rs = statement.executeQuery("SELECT t::text FROM \"" + table + "\" t ORDER BY 1")) {
                    while (rs.next()) {
                        rows.add(rs.getString(1));
                    }
                }
                tables.put(table, rows);
            }
        } catch (SQLException failed) {
            throw new IllegalStateException(failed);
        }
        return tables;
    }

    /** The rows that appeared ({@code +}) or went ({@code -}) between two snapshots, one per line; empty when none. */
    static String changes(Map<String, List<String>> before, Map<String, List<String>> after) {
        StringBuilder changes = new StringBuilder();
        before.forEach((table, rows) -> {
            List<String> now = after.getOrDefault(table, List.of());
            rows.stream().filter(row -> !now.contains(row)).forEach(row -> changes.append(table).append(" - ").append(row).append('\n'));
            now.stream().filter(row -> !rows.contains(row)).forEach(row -> changes.append(table).append(" + ").append(row).append('\n'));
        });
        return changes.toString();
    }
}
