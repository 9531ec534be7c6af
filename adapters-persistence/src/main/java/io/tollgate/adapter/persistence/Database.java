package io.tollgate.adapter.persistence;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.tollgate.application.account.PendingAuthorizations;
import io.tollgate.application.identity.LegacyTokens;
import io.tollgate.application.identity.UserPreferences;
import io.tollgate.application.identity.UserSessions;
import io.tollgate.application.relay.PublicUsage;
import io.tollgate.application.relay.RateWindows;
import io.tollgate.application.totp.TotpSecrets;
import io.tollgate.application.totp.UpstreamTotpSecrets;
import io.tollgate.domain.account.AccountCalls;
import io.tollgate.domain.account.ProviderAccounts;
import io.tollgate.domain.account.oauth.OAuthGrants;
import io.tollgate.domain.billing.Consumptions;
import io.tollgate.domain.billing.Ledger;
import io.tollgate.domain.identity.ApiKeys;
import io.tollgate.domain.identity.Users;
import io.tollgate.domain.moderation.SensitiveWords;
import io.tollgate.domain.relay.Metering;
import io.tollgate.domain.relay.Models;
import io.tollgate.domain.shareauth.Workflows;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.postgres.PostgresPlugin;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;

/** The PostgreSQL store: one connection pool, migrated on start, with an adapter for each port. */
public final class Database implements AutoCloseable {

    private final HikariDataSource dataSource;
    private final Jdbi jdbi;
    private final Users users;
    private final Ledger ledger;
    private final Consumptions consumptions;
    private final Workflows workflows;
    private final SensitiveWords sensitiveWords;
    private final LegacyTokens legacyTokens;
    private final ApiKeys apiKeys;
    private final Models models;
    private final ProviderAccounts providerAccounts;
    private final RateWindows rateWindows;
    private final PublicUsage publicUsage;
    private final JdbiMetering metering;

    private Database(HikariDataSource dataSource) {
        this.dataSource = dataSource;
        this.jdbi = Jdbi.create(dataSource).installPlugin(new SqlObjectPlugin()).installPlugin(new PostgresPlugin())
                // Plain functions rather than reflective mappers, which need the row records to be public.
                .registerRowMapper(UserRow.class, UserRow::map)
                .registerRowMapper(LedgerEntryRow.class, LedgerEntryRow::map)
                .registerRowMapper(ConsumptionRow.class, ConsumptionRow::map)
                .registerRowMapper(UnpaidAttemptRow.class, UnpaidAttemptRow::map)
                .registerRowMapper(WorkflowRow.class, WorkflowRow::map)
                .registerRowMapper(ApiKeyRow.class, ApiKeyRow::map)
                .registerRowMapper(ModelRow.class, ModelRow::map)
                .registerRowMapper(ProviderAccountRow.class, ProviderAccountRow::map)
                .registerRowMapper(SealedRow.class, SealedRow::map)
                .registerRowMapper(TokenUsageRow.class, TokenUsageRow::map)
                .registerRowMapper(UsageRecordRow.class, UsageRecordRow::map);
        this.users = new JdbiUsers(jdbi);
        this.ledger = new JdbiLedger(jdbi);
        this.consumptions = new JdbiConsumptions(jdbi);
        this.workflows = new JdbiWorkflows(jdbi);
        this.sensitiveWords = new JdbiSensitiveWords(jdbi);
        this.legacyTokens = new JdbiLegacyTokens(jdbi);
        this.apiKeys = new JdbiApiKeys(jdbi);
        this.models = new JdbiModels(jdbi);
        this.providerAccounts = new JdbiProviderAccounts(jdbi);
        this.rateWindows = new JdbiRateWindows(jdbi);
        this.publicUsage = new JdbiPublicUsage(jdbi);
        this.metering = new JdbiMetering(jdbi);
    }

    /** Connects, brings the schema up to the latest migration, and is ready for use. */
    public static Database start(DatabaseConfig config) {
        // Flyway gets its own connections: it holds more than one at a time, which a small pool may not have.
        Flyway.configure().dataSource(config.url(), config.user(), config.password()).load().migrate();
        return new Database(new HikariDataSource(hikari(config)));
    }

    private static HikariConfig hikari(DatabaseConfig config) {
        HikariConfig hikari = new HikariConfig();
        hikari.setJdbcUrl(config.url());
        hikari.setUsername(config.user());
        hikari.setPassword(config.password());
        hikari.setMaximumPoolSize(config.poolSize());
        // Connections open on demand: a test run creates many small pools.
        hikari.setMinimumIdle(Math.min(2, config.poolSize()));
        hikari.setPoolName("tollgate");
        return hikari;
    }

    public Users users() {
        return users;
    }

    public Ledger ledger() {
        return ledger;
    }

    public Consumptions consumptions() {
        return consumptions;
    }

    public Workflows workflows() {
        return workflows;
    }

    public SensitiveWords sensitiveWords() {
        return sensitiveWords;
    }

    public LegacyTokens legacyTokens() {
        return legacyTokens;
    }

    public ApiKeys apiKeys() {
        return apiKeys;
    }

    public Models models() {
        return models;
    }

    public ProviderAccounts providerAccounts() {
        return providerAccounts;
    }

    public RateWindows rateWindows() {
        return rateWindows;
    }

    public PublicUsage publicUsage() {
        return publicUsage;
    }

    /** Holds and group-committed settlements; its committer thread stops in {@link #close()}. */
    public Metering metering() {
        return metering;
    }

    public OAuthGrants oauthGrants() {
        return new JdbiOAuthGrants(jdbi);
    }

    public PendingAuthorizations pendingAuthorizations() {
        return new JdbiPendingAuthorizations(jdbi);
    }

    public UserSessions userSessions() {
        return new JdbiUserSessions(jdbi);
    }

    public UserPreferences userPreferences() {
        return new JdbiUserPreferences(jdbi);
    }

    public AccountCalls accountCalls() {
        return new JdbiAccountCalls(jdbi);
    }

    /** The server's memfit TOTP secret. */
    public TotpSecrets totpSecrets() {
        return new JdbiTotpSecrets(jdbi);
    }

    /** The memfit TOTP secrets got from aibalance-compatible upstreams. */
    public UpstreamTotpSecrets upstreamTotpSecrets() {
        return new JdbiUpstreamTotpSecrets(jdbi);
    }

    /** The console's administrators. */
    public io.tollgate.application.identity.Admins admins() {
        return new JdbiAdmins(jdbi);
    }

    /** The console's server-side sessions. */
    public io.tollgate.application.identity.ConsoleSessions consoleSessions() {
        return new JdbiConsoleSessions(jdbi);
    }

    /** Sign-in attempts of every password door, counted across nodes. */
    public io.tollgate.application.identity.SignInAttempts signInAttempts() {
        return new JdbiSignInAttempts(jdbi);
    }

    /** The console's audit log. */
    public io.tollgate.application.identity.AuditLog auditLog() {
        return new JdbiAuditLog(jdbi);
    }

    /** The console's usage summaries. */
    public io.tollgate.application.relay.UsageReports usageReports() {
        return new JdbiUsageReports(jdbi);
    }

    public JdbiSettings settings() {
        return new JdbiSettings(jdbi);
    }

    /** Whether the database answers a trivial query now. */
    public boolean isUp() {
        try {
            return jdbi.withHandle(handle -> handle.createQuery("SELECT 1").mapTo(Integer.class).one()) == 1;
        } catch (RuntimeException unreachable) {
            return false;
        }
    }

    /** For the adapter's own tests, which look at raw rows. */
    Jdbi jdbi() {
        return jdbi;
    }

    /** For the adapter's own tests, which count the committer's transactions. */
    JdbiMetering jdbiMetering() {
        return metering;
    }

    /** Finishes the settlements already queued, then closes the pool. */
    @Override
    public void close() {
        metering.close();
        dataSource.close();
    }
}
