package io.tollgate.adapter.persistence.account;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The statements behind {@link JdbiProviderAccounts}; options are bound as parallel key and value arrays. */
interface ProviderAccountsSql {

    String OPTIONS = "jsonb_object(CAST(:optionKeys AS text[]), CAST(:optionValues AS text[]))";

    @SqlUpdate("INSERT INTO provider_accounts (id, platform, name, base_url, models, daily_token_quota, weight,"
            + " status, status_reason, status_until, consecutive_failures, consecutive_auth_failures, options,"
            + " credential_key_id, credential, owner_id) VALUES (:id, :platform, :name, :baseUrl, :models,"
            + " :dailyTokenQuota, :weight, :status, :statusReason, :statusUntil, :consecutiveFailures,"
            + " :consecutiveAuthFailures, " + OPTIONS + ", :keyId, :credential, :ownerId)")
    void add(UUID id, String platform, String name, String baseUrl, String[] models, long dailyTokenQuota,
             int weight, String status, String statusReason, Instant statusUntil, int consecutiveFailures,
             int consecutiveAuthFailures, String[] optionKeys, String[] optionValues, String keyId,
             byte[] credential, UUID ownerId);

    @SqlUpdate("UPDATE provider_accounts SET platform = :platform, name = :name, base_url = :baseUrl,"
            + " models = :models, daily_token_quota = :dailyTokenQuota, weight = :weight, status = :status,"
            + " status_reason = :statusReason, status_until = :statusUntil,"
            + " consecutive_failures = :consecutiveFailures, consecutive_auth_failures = :consecutiveAuthFailures,"
            + " options = " + OPTIONS + " WHERE id = :id")
    int update(UUID id, String platform, String name, String baseUrl, String[] models, long dailyTokenQuota,
               int weight, String status, String statusReason, Instant statusUntil, int consecutiveFailures,
               int consecutiveAuthFailures, String[] optionKeys, String[] optionValues);

    @SqlUpdate("UPDATE provider_accounts SET status = :status, status_reason = :statusReason,"
            + " status_until = :statusUntil, consecutive_failures = :consecutiveFailures,"
            + " consecutive_auth_failures = :consecutiveAuthFailures WHERE id = :id")
    int saveHealth(UUID id, String status, String statusReason, Instant statusUntil, int consecutiveFailures,
                   int consecutiveAuthFailures);

    @SqlQuery("SELECT " + ProviderAccountRow.COLUMNS + " FROM provider_accounts WHERE id = :id")
    Optional<ProviderAccountRow> byId(UUID id);

    @SqlQuery("SELECT " + ProviderAccountRow.COLUMNS + " FROM provider_accounts ORDER BY seq")
    List<ProviderAccountRow> all();

    @SqlQuery("SELECT " + ProviderAccountRow.COLUMNS + " FROM provider_accounts WHERE owner_id = :owner ORDER BY seq")
    List<ProviderAccountRow> ownedBy(UUID owner);

    @SqlQuery("SELECT credential_key_id, credential FROM provider_accounts WHERE id = :id")
    Optional<SealedRow> credential(UUID id);

    @SqlUpdate("UPDATE provider_accounts SET credential_key_id = :keyId, credential = :credential WHERE id = :id")
    int replaceCredential(UUID id, String keyId, byte[] credential);

    @SqlUpdate("UPDATE provider_accounts SET credential_key_id = :keyId, credential = :credential"
            + " WHERE id = :id AND credential_key_id = :expectedKeyId AND credential = :expected")
    int replaceCredentialIf(UUID id, String expectedKeyId, byte[] expected, String keyId, byte[] credential);

    @SqlUpdate("DELETE FROM usage_records WHERE account_id = :id"
            + " AND EXISTS (SELECT 1 FROM provider_accounts WHERE id = :id AND owner_id IS NOT NULL)")
    int deleteOwnedUsage(UUID id);

    @SqlUpdate("DELETE FROM provider_accounts WHERE id = :id")
    int delete(UUID id);

    @SqlQuery("SELECT account_id, tokens FROM account_token_usage WHERE quota_day = :day")
    List<TokenUsageRow> tokensUsedOn(LocalDate day);
}
