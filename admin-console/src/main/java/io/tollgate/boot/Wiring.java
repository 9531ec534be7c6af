package io.tollgate.boot;

import io.tollgate.adapter.http.UseCases;
import io.tollgate.adapter.persistence.Database;
import io.tollgate.adapter.provider.Providers;
import io.tollgate.application.account.AccountPool;
import io.tollgate.application.account.BindAccount;
import io.tollgate.application.account.ManageAccounts;
import io.tollgate.application.account.Notifications;
import io.tollgate.application.account.OwnAccounts;
import io.tollgate.application.account.Reminders;
import io.tollgate.application.account.RenewCredentials;
import io.tollgate.application.account.SendReminders;
import io.tollgate.application.billing.BillingHistory;
import io.tollgate.application.billing.ChangeBalance;
import io.tollgate.application.billing.CreateUser;
import io.tollgate.application.identity.AuthenticateApiKey;
import io.tollgate.application.identity.AuthenticatePassword;
import io.tollgate.application.identity.AuthenticateToken;
import io.tollgate.application.identity.ChangeUserStatus;
import io.tollgate.application.identity.IdentifyCaller;
import io.tollgate.application.identity.IssueApiKey;
import io.tollgate.application.identity.IssueLegacyToken;
import io.tollgate.application.identity.ListUsers;
import io.tollgate.application.identity.LoginThrottle;
import io.tollgate.application.identity.ManageApiKeys;
import io.tollgate.application.identity.MyPreferences;
import io.tollgate.application.identity.SignIn;
import io.tollgate.application.identity.ThrottledPasswords;
import io.tollgate.application.moderation.ReplaceSensitiveWords;
import io.tollgate.application.moderation.SensitiveWordCatalog;
import io.tollgate.application.relay.ChatWithOwnAccounts;
import io.tollgate.application.relay.CheckAccount;
import io.tollgate.application.relay.KeyLimits;
import io.tollgate.application.relay.ManageModels;
import io.tollgate.application.relay.ModelCatalog;
import io.tollgate.application.relay.PublicLimits;
import io.tollgate.application.relay.RelayChat;
import io.tollgate.application.relay.RelaySettings;
import io.tollgate.application.relay.UsageLog;
import io.tollgate.application.shareauth.FinishConversation;
import io.tollgate.application.shareauth.InitShareSession;
import io.tollgate.application.shareauth.ManageWorkflows;
import io.tollgate.application.shareauth.StartConversation;
import io.tollgate.application.totp.CheckMemfitTotp;
import io.tollgate.application.totp.CurrentTotpSecret;
import io.tollgate.application.totp.ManageTotpSecret;
import io.tollgate.domain.account.CredentialCipher;
import io.tollgate.domain.account.HealthPolicy;
import io.tollgate.domain.account.Platform;
import io.tollgate.domain.account.QuotaDay;
import io.tollgate.domain.account.oauth.OAuthTokenEndpoint;
import io.tollgate.domain.identity.PasswordHasher;
import io.tollgate.domain.identity.TokenIssuer;
import io.tollgate.domain.identity.Users;
import io.tollgate.domain.relay.ChatProvider;
import io.tollgate.domain.relay.TokenCounter;
import io.tollgate.domain.totp.Totp;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** Builds every use case from the ports: the one place that knows which adapter plays which role. */
final class Wiring {

    /** How long another node's change to the sensitive-word list may take to reach this one. */
    static final Duration SENSITIVE_WORDS_REFRESH = Duration.ofSeconds(5);
    /** How long another node's change to keys, models or accounts may take to reach this one. */
    static final Duration RELAY_REFRESH = Duration.ofSeconds(5);
    /** How long another node's rotation of the memfit secret may take to reach this one. */
    static final Duration TOTP_REFRESH = Duration.ofSeconds(2);

    /** The upstream side: platform adapters, a tokenizer, the credential cipher and the platforms' token endpoints. */
    record Upstream(Map<Platform, ChatProvider> providers, TokenCounter tokens, CredentialCipher cipher,
                    OAuthTokenEndpoint oauthTokens, Function<URI, Reminders> reminders) {}

    /** Signed tokens: ShareAuth's, and the user API's sessions, which never verify as each other. */
    record Tokens(TokenIssuer shareAuth, TokenIssuer userSessions) {}

    /** The use cases the routes call, and what the timer runs: credential renewal and, with a webhook, reminders. */
    record Wired(UseCases useCases, RenewCredentials renewal, Optional<SendReminders> reminders) {}

    /** How long before an access token expires the timer renews it. */
    static final Duration RENEW_AHEAD = Duration.ofMinutes(10);

    private Wiring() {}

    static Wired useCases(Database database, PasswordHasher hasher, Tokens signed, Upstream upstream, Config config, Clock clock) {
        TokenIssuer tokens = signed.shareAuth();
        Users users = database.users();
        AuthenticateToken authenticateToken = new AuthenticateToken(tokens, database.legacyTokens(), users);
        SensitiveWordCatalog catalog = new SensitiveWordCatalog(database.sensitiveWords(), clock, SENSITIVE_WORDS_REFRESH);
        AuthenticateApiKey authenticateApiKey = new AuthenticateApiKey(database.apiKeys(), users, new CaffeineRememberedKeys(),
                clock, RELAY_REFRESH);
        ModelCatalog models = new ModelCatalog(database.models(), clock, RELAY_REFRESH);
        HealthPolicy health = new HealthPolicy(config.authFailuresToDisable(), config.failuresToDisable(),
                HealthPolicy.DEFAULT.defaultCooldown(), HealthPolicy.DEFAULT.maxCooldown());
        QuotaDay quotaDay = new QuotaDay(config.quotaZone());
        AccountPool pool = new AccountPool(database.providerAccounts(), upstream.cipher(), health, quotaDay, clock, RELAY_REFRESH);
        RelayChat chat = new RelayChat(authenticateApiKey, models, new KeyLimits(database.rateWindows(), clock),
                new PublicLimits(database.publicUsage(), quotaDay, clock), database.metering(),
                pool, upstream.providers(), upstream.tokens(), new RelaySettings(config.relayMaxAttempts()), clock);
        AuthenticatePassword passwords = new AuthenticatePassword(users, hasher);
        LoginThrottle throttle = throttle(database, clock);
        RenewCredentials renewal = new RenewCredentials(database.providerAccounts(), database.oauthGrants(),
                upstream.oauthTokens(), upstream.cipher(), pool, config.oauth(), clock, RENEW_AHEAD);
        OwnAccounts ownAccounts = new OwnAccounts(database.providerAccounts(), database.oauthGrants(), database.accountCalls(), pool);
        UseCases.Owner owner = new UseCases.Owner(new SignIn(passwords, signed.userSessions(), throttle),
                new IdentifyCaller(authenticateApiKey, new AuthenticateToken(signed.userSessions(), database.legacyTokens(), users)),
                new MyPreferences(database.userPreferences()),
                new BindAccount(database.providerAccounts(), database.pendingAuthorizations(), database.oauthGrants(),
                        upstream.oauthTokens(), upstream.cipher(), pool, config.oauth(), clock),
                ownAccounts,
                new CheckAccount(database.providerAccounts(), upstream.cipher(), Providers.accountProbe(upstream.providers()), renewal),
                new ChatWithOwnAccounts(database.providerAccounts(), pool, upstream.providers(), database.metering(),
                        database.accountCalls(), upstream.tokens(), database.userPreferences(), renewal, chat,
                        new RelaySettings(config.relayMaxAttempts()), clock),
                new Notifications(ownAccounts, database.oauthGrants(), clock),
                config.oauth());
        return new Wired(new UseCases(new UseCases.ShareAuth(
                new InitShareSession(authenticateToken, new ThrottledPasswords(passwords, throttle), tokens, database.workflows()),
                new StartConversation(authenticateToken, catalog),
                new FinishConversation(authenticateToken, database.workflows(), database.consumptions(), clock)), new UseCases.Admin(
                new CreateUser(users, database.ledger(), hasher, clock),
                new ListUsers(users),
                new ChangeUserStatus(users),
                new ChangeBalance(database.ledger(), clock),
                new BillingHistory(database.ledger(), database.consumptions()),
                new IssueLegacyToken(users, database.legacyTokens()),
                new ManageWorkflows(database.workflows()),
                catalog,
                new ReplaceSensitiveWords(catalog),
                new IssueApiKey(users, database.apiKeys(), new SecureRandom(), clock),
                new ManageApiKeys(database.apiKeys(), authenticateApiKey),
                new ManageModels(database.models(), models),
                new ManageAccounts(database.providerAccounts(), upstream.cipher(), pool, database.accountCalls(),
                        config.upstreamAddresses(), Providers.hostResolver())),
                new UseCases.Relay(chat, authenticateApiKey, models, new UsageLog(database.metering())), memfit(database, config, clock),
                owner), renewal, config.reminderWebhook().map(url -> new SendReminders(database.providerAccounts(),
                        owner.notifications(), upstream.reminders().apply(url), quotaDay, clock)));
    }

    /** Every password door counts in the database, so five failures are five on however many nodes. */
    static LoginThrottle throttle(Database database, Clock clock) {
        return new LoginThrottle(database.signInAttempts(), LoginThrottle.DEFAULT_MAX_FAILURES, LoginThrottle.DEFAULT_WINDOW, clock);
    }

    private static UseCases.Memfit memfit(Database database, Config config, Clock clock) {
        CurrentTotpSecret secret = new CurrentTotpSecret(database.totpSecrets(), clock, TOTP_REFRESH);
        secret.get(); // made at first start, so the endpoint and the gate agree from the first request
        return new UseCases.Memfit(new CheckMemfitTotp(config.memfitModels(), secret, Totp.MEMFIT, clock),
                new ManageTotpSecret(secret, Totp.MEMFIT, clock));
    }
}
