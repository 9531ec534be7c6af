package io.tollgate.adapter.persistence.account;

import static io.tollgate.adapter.persistence.database.Columns.instant;

import io.tollgate.adapter.persistence.database.Columns;
import io.tollgate.domain.account.AccountHealth;
import io.tollgate.domain.account.AccountId;
import io.tollgate.domain.account.AccountStatus;
import io.tollgate.domain.account.Platform;
import io.tollgate.domain.account.ProviderAccount;
import io.tollgate.domain.identity.UserId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.statement.StatementContext;

/** A row of {@code provider_accounts} without the credential; options unpacked into key and value arrays. */
record ProviderAccountRow(UUID id, String platform, String name, String baseUrl, List<String> models,
                          long dailyTokenQuota, int weight, String status, String statusReason, Instant statusUntil,
                          int consecutiveFailures, int consecutiveAuthFailures, List<String> optionKeys,
                          List<String> optionValues, UUID ownerId) {

    static final String COLUMNS = "id, platform, name, base_url, models, daily_token_quota, weight, status,"
            + " status_reason, status_until, consecutive_failures, consecutive_auth_failures,"
            + " (SELECT array_agg(key ORDER BY key) FROM jsonb_each_text(options)) AS option_keys,"
            + " (SELECT array_agg(value ORDER BY key) FROM jsonb_each_text(options)) AS option_values, owner_id";

    static ProviderAccountRow map(ResultSet rs, StatementContext context) throws SQLException {
        return new ProviderAccountRow(rs.getObject("id", UUID.class), rs.getString("platform"), rs.getString("name"),
                rs.getString("base_url"), Columns.strings(rs, "models"), rs.getLong("daily_token_quota"),
                rs.getInt("weight"), rs.getString("status"), rs.getString("status_reason"),
                instant(rs, "status_until"), rs.getInt("consecutive_failures"),
                rs.getInt("consecutive_auth_failures"), Columns.strings(rs, "option_keys"),
                Columns.strings(rs, "option_values"), rs.getObject("owner_id", UUID.class));
    }

    static String statusName(AccountStatus status) {
        return status.wireName();
    }

    ProviderAccount toAccount() {
        Platform wire = Platform.fromWireName(platform)
                .orElseThrow(() -> new IllegalStateException("unknown platform in the database: " + platform));
        AccountHealth health = new AccountHealth(AccountStatus.valueOf(status.toUpperCase(Locale.ROOT)),
                statusReason, Optional.ofNullable(statusUntil), consecutiveFailures, consecutiveAuthFailures);
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < optionKeys.size(); i++) {
            options.put(optionKeys.get(i), optionValues.get(i));
        }
        return new ProviderAccount(new AccountId(id), wire, name, baseUrl, new HashSet<>(models), dailyTokenQuota,
                weight, health, options, Optional.ofNullable(ownerId).map(UserId::new));
    }
}
