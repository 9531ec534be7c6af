package io.tollgate.adapter.persistence;

import io.tollgate.adapter.persistence.account.AccountStorage;
import io.tollgate.adapter.persistence.billing.BillingStorage;
import io.tollgate.adapter.persistence.database.ConnectionPool;
import io.tollgate.adapter.persistence.database.DatabaseHealth;
import io.tollgate.adapter.persistence.identity.IdentityStorage;
import io.tollgate.adapter.persistence.moderation.ModerationStorage;
import io.tollgate.adapter.persistence.relay.RelayStorage;
import io.tollgate.adapter.persistence.relay.journal.SettlementJournal;
import java.nio.file.Path;
import java.util.Optional;
import io.tollgate.adapter.persistence.database.SettlementDurability;
import io.tollgate.adapter.persistence.shareauth.ShareAuthStorage;
import io.tollgate.adapter.persistence.totp.TotpStorage;
import io.tollgate.application.account.PendingAuthorizations;
import io.tollgate.application.identity.LegacyTokens;
import io.tollgate.application.identity.UserPreferences;
import io.tollgate.application.identity.UserSessions;
import io.tollgate.application.relay.usage.PublicUsage;
import io.tollgate.application.relay.usage.RateWindows;
import io.tollgate.application.totp.TotpSecrets;
import io.tollgate.application.totp.UpstreamTotpSecrets;
import io.tollgate.domain.account.AccountCalls;
import io.tollgate.domain.account.ProviderAccounts;
import io.tollgate.domain.account.oauth.OAuthGrants;
import io.tollgate.domain.billing.Consumptions;
import io.tollgate.domain.billing.Ledger;
import io.tollgate.application.identity.console.Admins;
import io.tollgate.domain.identity.ApiKeys;
import io.tollgate.application.audit.AuditLog;
import io.tollgate.application.identity.console.ConsoleSessions;
import io.tollgate.application.identity.signin.SignInAttempts;
import io.tollgate.domain.identity.Users;
import io.tollgate.domain.moderation.SensitiveWords;
import io.tollgate.domain.relay.Metering;
import io.tollgate.domain.relay.Models;
import io.tollgate.application.relay.usage.UsageReports;
import io.tollgate.domain.shareauth.Workflows;
import com.zaxxer.hikari.metrics.MetricsTrackerFactory;
import io.tollgate.application.relay.usage.UsageRetention;
import io.tollgate.application.support.Telemetry;
import org.jdbi.v3.core.Jdbi;
import io.tollgate.adapter.persistence.relay.stored.JdbiStoredResponses;
import io.tollgate.application.relay.stored.StoredResponses;
import io.tollgate.adapter.persistence.relay.logs.JdbiRequestLog;
import io.tollgate.application.relay.logs.RequestLog;

/**
 * The PostgreSQL store: one connection pool, migrated on start, with an adapter for each port, made once and kept.
 * Each context's adapters live in the context's package; this class only hands them out.
 */
public final class Database implements AutoCloseable {

    private final ConnectionPool pool;
    private final IdentityStorage identity;
    private final BillingStorage billing;
    private final AccountStorage account;
    private final RelayStorage relay;
    private final TotpStorage totp;
    private final ModerationStorage moderation;
    private final ShareAuthStorage shareAuth;
    private final JdbiSettings settings;
    private final StoredResponses storedResponses;
    private final DatabaseHealth health;
    private final RequestLog requestLog;
    private final io.tollgate.adapter.persistence.charts.JdbiUsageCharts usageCharts;

    private Database(ConnectionPool pool, DatabaseHealth health, Telemetry telemetry, SettlementDurability durability,
                     Optional<Path> journal) {
        this.pool = pool;
        this.health = health;
        Jdbi jdbi = pool.jdbi();
        this.identity = new IdentityStorage(jdbi);
        this.billing = new BillingStorage(jdbi);
        this.account = new AccountStorage(jdbi);
        this.relay = new RelayStorage(jdbi, pool.connections(), telemetry, durability, journal.map(SettlementJournal::open));
        this.totp = new TotpStorage(jdbi);
        this.moderation = new ModerationStorage(jdbi);
        this.shareAuth = new ShareAuthStorage(jdbi);
        this.settings = new JdbiSettings(jdbi);
        this.storedResponses = new JdbiStoredResponses(jdbi);
        this.requestLog = new JdbiRequestLog(jdbi);
        this.usageCharts = new io.tollgate.adapter.persistence.charts.JdbiUsageCharts(jdbi);
    }

    /** Connects, brings the schema up to the latest migration, and is ready for use. */
    public static Database start(DatabaseConfig config) {
        return start(config, Telemetry.NONE, null);
    }

    /** As {@link #start(DatabaseConfig)}, telling {@code telemetry} of holds and settlements, {@code poolMetrics} (if any) of the pool. */
    public static Database start(DatabaseConfig config, Telemetry telemetry, MetricsTrackerFactory poolMetrics) {
        return new Database(ConnectionPool.migrateAndOpen(config.url(), config.user(), config.password(), config.poolSize(),
                config.timeouts(), poolMetrics), new DatabaseHealth(config.url(), config.user(), config.password()), telemetry,
                config.durability(), config.journalInUse());
    }

    /** Rolls usage records past their retention up into daily totals, one node at a time. */
    public UsageRetention usageRetention() {
        return relay.usageRetention();
    }

    public Users users() {
        return identity.users();
    }

    public ApiKeys apiKeys() {
        return identity.apiKeys();
    }

    public LegacyTokens legacyTokens() {
        return identity.legacyTokens();
    }

    public UserSessions userSessions() {
        return identity.userSessions();
    }

    public UserPreferences userPreferences() {
        return identity.userPreferences();
    }

    public Admins admins() {
        return identity.admins();
    }

    public ConsoleSessions consoleSessions() {
        return identity.consoleSessions();
    }

    public SignInAttempts signInAttempts() {
        return identity.signInAttempts();
    }

    public AuditLog auditLog() {
        return identity.auditLog();
    }

    public Ledger ledger() {
        return billing.ledger();
    }

    public Consumptions consumptions() {
        return billing.consumptions();
    }

    public ProviderAccounts providerAccounts() {
        return account.providerAccounts();
    }

    public OAuthGrants oauthGrants() {
        return account.oauthGrants();
    }

    public PendingAuthorizations pendingAuthorizations() {
        return account.pendingAuthorizations();
    }

    public AccountCalls accountCalls() {
        return account.accountCalls();
    }

    public io.tollgate.application.account.ReminderClaims reminderClaims() {
        return account.reminderClaims();
    }

    public Models models() {
        return relay.models();
    }

    public RateWindows rateWindows() {
        return relay.rateWindows();
    }

    public PublicUsage publicUsage() {
        return relay.publicUsage();
    }

    /** Holds and group-committed settlements; their batching threads stop in {@link #close()}. */
    public Metering metering() {
        return relay.metering();
    }

    /** Keys' spend caps and what they spent. */
    public io.tollgate.domain.relay.budget.KeyBudgetBook keyBudgets() {
        return relay.keyBudgets();
    }

    public RequestLog requestLog() {
        return requestLog;
    }

    public UsageReports usageReports() {
        return relay.usageReports();
    }

    /** The dashboards' hourly usage, top users and system accounts' load. */
    public io.tollgate.application.relay.usage.charts.UsageCharts usageCharts() {
        return usageCharts;
    }

    public TotpSecrets totpSecrets() {
        return totp.totpSecrets();
    }

    public UpstreamTotpSecrets upstreamTotpSecrets() {
        return totp.upstreamTotpSecrets();
    }

    public SensitiveWords sensitiveWords() {
        return moderation.sensitiveWords();
    }

    public Workflows workflows() {
        return shareAuth.workflows();
    }

    /** Which OpenAI account stored each Response, for whom. */
    public StoredResponses storedResponses() {
        return storedResponses;
    }

    /** Named values every node sharing the database must agree on. */
    public JdbiSettings settings() {
        return settings;
    }

    /** Users' groups and the ratio set for a group's users. */
    public io.tollgate.application.billing.UserGroups userGroups() {
        return new io.tollgate.adapter.persistence.console.JdbiUserGroups(pool.jdbi());
    }

    /** What admins changed on users' own accounts, for those users to read. */
    public io.tollgate.application.account.AccountNotices accountNotices() {
        return new io.tollgate.adapter.persistence.console.JdbiAccountNotices(pool.jdbi());
    }

    /** Whether the database answered lately, known at once: a background check keeps it (see {@link DatabaseHealth}). */
    public boolean isUp() {
        return health.up();
    }

    /** For the adapter's own tests, which look at raw rows. */
    Jdbi jdbi() {
        return pool.jdbi();
    }

    /** Finishes the holds, settlements and charges already queued, then closes the pool. */
    @Override
    public void close() {
        health.close();
        billing.close();
        relay.close();
        pool.close();
    }
}
