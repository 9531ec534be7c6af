package io.tollgate.application.relay;

import io.tollgate.application.account.AccountPool;
import io.tollgate.application.account.ManageAccounts;
import io.tollgate.application.billing.CreateUser;
import io.tollgate.application.fakes.FakeCredentialCipher;
import io.tollgate.application.fakes.FakePasswordHasher;
import io.tollgate.application.fakes.InMemoryAccountCalls;
import io.tollgate.application.fakes.InMemoryApiKeys;
import io.tollgate.application.fakes.InMemoryMetering;
import io.tollgate.application.fakes.InMemoryModels;
import io.tollgate.application.fakes.InMemoryProviderAccounts;
import io.tollgate.application.fakes.InMemoryPublicUsage;
import io.tollgate.application.fakes.InMemoryRateWindows;
import io.tollgate.application.fakes.InMemorySensitiveWords;
import io.tollgate.application.fakes.InMemoryStore;
import io.tollgate.application.fakes.InMemoryUsers;
import io.tollgate.application.fakes.SettableClock;
import io.tollgate.application.identity.AuthenticateApiKey;
import io.tollgate.application.identity.IssueApiKey;
import io.tollgate.application.moderation.ScreenPrompts;
import io.tollgate.application.moderation.SensitiveWordCatalog;
import io.tollgate.application.relay.catalog.ModelCatalog;
import io.tollgate.domain.account.AccountHealth;
import io.tollgate.domain.account.HealthPolicy;
import io.tollgate.domain.account.Platform;
import io.tollgate.domain.account.ProviderAccount;
import io.tollgate.domain.account.QuotaDay;
import io.tollgate.domain.account.address.UpstreamAddressRule;
import io.tollgate.domain.identity.User;
import io.tollgate.domain.identity.Username;
import io.tollgate.domain.money.Points;
import io.tollgate.domain.relay.Model;
import io.tollgate.domain.relay.ModelPrice;
import io.tollgate.domain.relay.ModelRoute;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/** The relay over in-memory fakes and a scripted platform: one user, one model, accounts added per test. */
final class RelayFixture {

    static final String MODEL = "gpt-4o";

    final SettableClock clock = new SettableClock(Instant.parse("2026-03-01T04:00:00Z"));
    final InMemoryUsers users = new InMemoryUsers();
    final InMemoryStore store = new InMemoryStore(users);
    final InMemoryProviderAccounts accounts = new InMemoryProviderAccounts();
    final InMemoryMetering metering = new InMemoryMetering(users, store, accounts);
    final InMemoryApiKeys keys = new InMemoryApiKeys();
    final InMemoryModels models = new InMemoryModels();
    final InMemoryPublicUsage publicUsage = new InMemoryPublicUsage();
    final ScriptedProvider platform = new ScriptedProvider();
    final InMemoryAccountCalls calls = new InMemoryAccountCalls(accounts);
    final io.tollgate.application.fakes.InMemoryAuditLog auditLog = new io.tollgate.application.fakes.InMemoryAuditLog();
    final io.tollgate.application.audit.AuditTrail audit = new io.tollgate.application.audit.AuditTrail(auditLog, clock);
    final AccountPool pool = new AccountPool(accounts, new FakeCredentialCipher(), HealthPolicy.DEFAULT, QuotaDay.SHANGHAI,
            clock, Duration.ofSeconds(5));
    final ManageAccounts manageAccounts = new ManageAccounts(accounts, new FakeCredentialCipher(), pool, calls,
            new UpstreamAddressRule(false), host -> java.util.List.of(), audit);
    final InMemorySensitiveWords sensitiveWords = new InMemorySensitiveWords();
    final SensitiveWordCatalog wordCatalog = new SensitiveWordCatalog(sensitiveWords, clock, Duration.ofSeconds(5));
    final WordCounter tokenizer = new WordCounter();
    final RelayChat relay;

    RelayFixture(ModelPrice price) {
        this(price, Model.DEFAULT_MAX_OUTPUT_TOKENS);
    }

    RelayFixture(ModelPrice price, long maxOutputTokens) {
        models.add(new Model(MODEL, List.of(new ModelRoute(Platform.OPENAI, "gpt-4o-2024")), price, true, Optional.empty(),
                maxOutputTokens));
        ModelCatalog catalog = new ModelCatalog(models, clock, Duration.ofSeconds(5));
        AuthenticateApiKey authenticate = new AuthenticateApiKey(keys, users,
                new io.tollgate.application.fakes.InMemoryRememberedKeys(), clock, Duration.ZERO);
        relay = new RelayChat(authenticate, catalog, new KeyLimits(new InMemoryRateWindows(), clock),
                new PublicLimits(publicUsage, QuotaDay.SHANGHAI, clock), metering, pool,
                Map.of(Platform.OPENAI, platform), tokenizer, new RelaySettings(3),
                new ScreenPrompts(wordCatalog, audit), clock);
    }

    /** Prices that make token counts easy to read: 1,000 points per million prompt tokens, 2,000 per million completion tokens. */
    RelayFixture() {
        this(new ModelPrice(Points.exactly("1000"), Points.exactly("2000"), Points.ZERO));
    }

    User user(String name, String balance) {
        CreateUser.Outcome outcome = new CreateUser(users, store, new FakePasswordHasher(), clock, audit)
                .create(new CreateUser.Command(new Username(name), "password123", Points.exactly(balance), "test"));
        return ((CreateUser.Outcome.Created) outcome).user();
    }

    String key(User user, List<String> patterns, int rpm) {
        IssueApiKey.Outcome issued = new IssueApiKey(users, keys, new SecureRandom(), clock, audit)
                .issue(new IssueApiKey.Command(user.id(), "test key", patterns, Optional.empty(), rpm, 0, Optional.empty()), "test");
        return ((IssueApiKey.Outcome.Issued) issued).secret();
    }

    ProviderAccount account(String name, long dailyQuota) {
        return manageAccounts.add(id -> new ProviderAccount(id, Platform.OPENAI, name, "http://127.0.0.1:1/v1", Set.of(MODEL),
                dailyQuota, 1, AccountHealth.ENABLED, Map.of()), "sk-" + name, "test");
    }

    ProviderAccount stored(ProviderAccount account) {
        return accounts.byId(account.id()).orElseThrow();
    }

    Points balance(User user) {
        return users.byId(user.id()).orElseThrow().balance();
    }

    RelayOutcome chat(String key, boolean stream, boolean wantsUsage, long maxTokens) {
        // Ten words as the word counter splits the body: the hold counts 10 prompt tokens, what the platform reports.
        String body = "{\"model\":\"" + MODEL + "\",\"messages\":[{\"role\":\"user\",\"content\":\"say hello to me and then tell me a joke\"}]}";
        ChatCall call = new ChatCall(MODEL, body.getBytes(StandardCharsets.UTF_8), stream, wantsUsage, OptionalLong.of(maxTokens));
        return relay.relay(new RelayChat.Command(key, call, "req-" + System.nanoTime(), "203.0.113.7"));
    }
}
