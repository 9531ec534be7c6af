package io.tollgate.boot;

import io.javalin.Javalin;
import io.tollgate.adapter.http.HttpApi;
import io.tollgate.adapter.http.HttpDrain;
import io.tollgate.adapter.http.HttpSettings;
import io.tollgate.adapter.persistence.Database;
import io.tollgate.adapter.persistence.DatabaseConfig;
import io.tollgate.adapter.persistence.crypto.Argon2PasswordHasher;
import io.tollgate.adapter.persistence.database.EmbeddedDatabase;
import io.tollgate.boot.stop.GracefulStop;
import io.tollgate.application.account.SendReminders;
import io.tollgate.application.audit.AuditTrail;
import io.tollgate.application.identity.console.ResetAdmin;
import io.tollgate.application.relay.usage.ForgetOldCounts;
import io.tollgate.boot.metrics.Observability;
import io.tollgate.console.Console;
import io.tollgate.console.web.ConsoleSettings;
import io.tollgate.domain.account.CredentialCipher;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A running Tollgate: its database (embedded or not) and its HTTP server, stopped together. */
public final class Tollgate implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Tollgate.class);

    private final Optional<EmbeddedDatabase> embedded;
    private final Database database;
    private final Javalin http;
    private final HttpDrain drain;
    private final Housekeeping housekeeping;
    private final Wiring.Contexts contexts;
    private final Observability observability;

    private Tollgate(Optional<EmbeddedDatabase> embedded, Database database, Javalin http, HttpDrain drain,
                     Housekeeping housekeeping, Wiring.Contexts contexts, Observability observability) {
        this.observability = observability;
        this.embedded = embedded;
        this.database = database;
        this.http = http;
        this.drain = drain;
        this.housekeeping = housekeeping;
        this.contexts = contexts;
    }

    /** Runs the timer's renewal round now (tests move a clock rather than wait a minute); how many were renewed. */
    int renewCredentialsNow() {
        return contexts.account().renewal().renewDue();
    }

    /** Runs the timer's reminder round now; how many notices went out (0 without a webhook). */
    int sendRemindersNow() {
        return contexts.account().reminders().map(SendReminders::run).orElse(0);
    }

    /** Starts everything the configuration asks for; on failure, stops what had started. */
    public static Tollgate start(Config config, Clock clock) {
        Optional<EmbeddedDatabase> embedded = startEmbedded(config);
        Database database = null;
        Observability observability = Observability.start(config.ops());
        try {
            database = Database.start(databaseConfig(config, embedded), observability.telemetry(), observability.poolMetrics());
            CredentialCipher cipher = MasterKeys.cipher(config);
            MasterKeys.resealOrRefuse(database, cipher);
            String adminTokenHash = AdminToken.establish(config.adminToken(), database.settings());
            HttpSettings settings = new HttpSettings(config.maxBodyBytes(), config.shareAuthFastGpt(), adminTokenHash,
                    database::isUp, config.trustedProxies());
            Argon2PasswordHasher hasher = new Argon2PasswordHasher();
            Wiring.Contexts contexts = Wiring.contexts(database, hasher, Wiring.tokens(config, clock),
                    Wiring.upstream(database, cipher, config, clock).wrapped(observability::observe), config, clock);
            if (config.mockPlatform()) {
                MockCatalog.addIfEmpty(contexts.relay().manageModels(), contexts.account().manageAccounts());
            }
            ConsoleSettings consoleSettings = new ConsoleSettings(config.trustedProxies(), clock, settings::clientAddress,
                    config.quotaZone());
            Console console = ConsoleWiring.console(database, contexts, hasher, cipher, clock, consoleSettings);
            ConsoleWiring.firstAdmin(database, hasher);
            ConsoleWiring.resealSecrets(database, cipher);
            Optional<MockOAuthServer> mockOAuth = mockOAuth(config);
            Database store = database;
            HttpDrain drain = new HttpDrain(config.shareAuthFastGpt());
            Javalin http = HttpApi.create(Wiring.httpApis(contexts), settings, clock, routes -> {
                observability.register(routes, contexts.relay().models(), config.memfitModels(), store.providerAccounts()::all);
                mockOAuth.ifPresent(mock -> mock.register(routes));
                console.register(routes);
            }, drain).start(config.port());
            LOG.info("Tollgate is listening on port {} (ShareAuth FastGPT mode: {})", http.port(), config.shareAuthFastGpt());
            Housekeeping housekeeping = housekeeping(database, contexts.account(), config, clock);
            return new Tollgate(embedded, database, http, drain, housekeeping, contexts, observability);
        } catch (RuntimeException failed) {
            if (database != null) {
                database.close();
            }
            embedded.ifPresent(EmbeddedDatabase::close);
            observability.close();
            throw failed;
        }
    }

    private static Housekeeping housekeeping(Database database, AccountWiring account, Config config, Clock clock) {
        return new Housekeeping(new ForgetOldCounts(database.rateWindows(), database.publicUsage(), database.metering(),
                account.quotaDay(), clock), account.renewal(), unfinished(database, clock), endedSignInAttempts(database, clock),
                account.reminders(), config.reminderEvery(), oldUsage(database, config, clock));
    }

    /** Rolls up the usage records past their retention; -1 when another node is doing it. */
    private static java.util.function.IntSupplier oldUsage(Database database, Config config, Clock clock) {
        var retention = database.usageRetention();
        return () -> retention.rollUpBefore(java.time.LocalDate.ofInstant(clock.instant(), config.quotaZone())
                .minusDays(config.ops().usageRetentionDays())).orElse(-1);
    }

    private static java.util.function.IntSupplier unfinished(Database database, Clock clock) {
        var pending = database.pendingAuthorizations();
        return () -> pending.forgetExpired(clock.instant());
    }

    private static java.util.function.IntSupplier endedSignInAttempts(Database database, Clock clock) {
        var attempts = database.signInAttempts();
        return () -> attempts.forgetEnded(clock.instant());
    }

    /** The built-in mock OAuth server, when the mock platform binds through it. */
    private static Optional<MockOAuthServer> mockOAuth(Config config) {
        return config.oauth().client(io.tollgate.domain.account.Platform.MOCK)
                .filter(client -> client.clientId().equals(MockOAuthServer.CLIENT_ID))
                .map(client -> new MockOAuthServer(config.oauth().redirectUri()));
    }

    /** Starts only the database, re-seals every credential under the current master key, stops; how many were re-sealed. */
    public static int resealCredentials(Config config) {
        return withDatabaseOnly(config, database -> MasterKeys.resealOrRefuse(database, MasterKeys.cipher(config)));
    }

    /** Starts only the database, resets the console admin's password and second factor, stops. */
    public static ResetAdmin.Outcome resetAdmin(Config config, String username) {
        return withDatabaseOnly(config, database -> new ResetAdmin(database.admins(), database.consoleSessions(),
                new Argon2PasswordHasher(), new AuditTrail(database.auditLog(), Clock.systemUTC()), new SecureRandom())
                .reset(username));
    }

    private static <T> T withDatabaseOnly(Config config, Function<Database, T> work) {
        Optional<EmbeddedDatabase> embedded = startEmbedded(config);
        try (Database database = Database.start(databaseConfig(config, embedded))) {
            return work.apply(database);
        } finally {
            embedded.ifPresent(EmbeddedDatabase::close);
        }
    }

    private static Optional<EmbeddedDatabase> startEmbedded(Config config) {
        return config.dbUrl().isPresent() ? Optional.empty()
                : Optional.of(EmbeddedDatabase.start(config.dataDir().resolve("postgres")));
    }

    private static DatabaseConfig databaseConfig(Config config, Optional<EmbeddedDatabase> embedded) {
        return embedded.map(e -> DatabaseConfig.of(e, DatabaseConfig.DEFAULT_POOL_SIZE))
                .orElseGet(() -> new DatabaseConfig(config.dbUrl().orElseThrow(), config.dbUser().orElse(""),
                        config.dbPassword().orElse(""), DatabaseConfig.DEFAULT_POOL_SIZE))
                .withTimeouts(config.dbTimeouts()).withDurability(config.settlementDurability())
                .withSettlementJournal(config.dataDir().resolve("settlements"));
    }

    public int port() {
        return http.port();
    }

    /** Stops at once: calls still in flight are cut. */
    @Override
    public void close() {
        close(Duration.ZERO);
    }

    /** Refuses new requests, lets those in flight finish for up to {@code grace}, then stops; see {@link GracefulStop}. */
    public HttpDrain.Report close(Duration grace) {
        return GracefulStop.run(drain, grace, () -> {
            http.stop();
            housekeeping.close();
            // closing the database finishes its queued holds and settlements before the pool closes
            database.close();
            embedded.ifPresent(EmbeddedDatabase::close);
            observability.close();
        });
    }
}
