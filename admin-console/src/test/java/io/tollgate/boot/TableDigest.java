package io.tollgate.boot;

import io.tollgate.adapter.persistence.DatabaseConfig;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The row count and an MD5 of every row of the tables that hold what callers and admins store, to compare. */
final class TableDigest {

    /** Users, money, keys, models, accounts, workflows, words, calls: not sessions, throttles or rate windows. */
    static final List<String> STORED = List.of("users", "ledger_entries", "consumptions", "unpaid_attempts", "workflows",
            "sensitive_words", "legacy_tokens", "api_keys", "models", "provider_accounts", "account_token_usage",
            "usage_records", "oauth_grants", "oauth_pending", "user_preferences", "public_usage", "memfit_totp_secret");

    private TableDigest() {}

    static Map<String, String> of(DatabaseConfig db) {
        Map<String, String> digests = new TreeMap<>();
        try (Connection connection = DriverManager.getConnection(db.url(), db.user(), db.password());
             Statement statement = connection.createStatement()) {
            for (String table : STORED) {
                try (ResultSet rs = statement.executeQuery("SELECT count(*) || ' rows, md5 '"
                        + " || md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) FROM \"" + table + "\" t")) {
                    rs.next();
                    digests.put(table, rs.getString(1));
                }
            }
        } catch (SQLException failed) {
            throw new IllegalStateException(failed);
        }
        return digests;
    }
}
