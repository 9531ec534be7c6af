package io.tollgate.boot;

import io.tollgate.application.audit.AuditTrail;
import io.tollgate.adapter.http.AdminApi;
import io.tollgate.adapter.http.HttpApi;
import io.tollgate.adapter.http.JwtTokenIssuer;
import io.tollgate.adapter.http.MemfitApi;
import io.tollgate.adapter.http.OAuthApi;
import io.tollgate.adapter.http.PortalApi;
import io.tollgate.adapter.http.RelayApi;
import io.tollgate.adapter.http.ShareAuthApi;
import io.tollgate.adapter.persistence.Database;
import io.tollgate.adapter.provider.Providers;
import io.tollgate.application.account.Reminders;
import io.tollgate.domain.account.CredentialCipher;
import io.tollgate.domain.account.Platform;
import io.tollgate.domain.account.oauth.OAuthTokenEndpoint;
import io.tollgate.domain.identity.PasswordHasher;
import io.tollgate.domain.identity.TokenIssuer;
import io.tollgate.domain.relay.ChatProvider;
import io.tollgate.domain.relay.TokenCounter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.function.Function;

/** Builds each context's use cases once, from the ports: the one place that knows which adapter plays which role. */
final class Wiring {

    /** How long another node's change to keys, models or accounts may take to reach this one. */
    static final Duration RELAY_REFRESH = Duration.ofSeconds(5);

    /** The upstream side: platform adapters, a tokenizer, the credential cipher and the platforms' token endpoints. */
    record Upstream(Map<Platform, ChatProvider> providers, TokenCounter tokens, CredentialCipher cipher,
                    OAuthTokenEndpoint oauthTokens, Function<URI, Reminders> reminders) {

        /** The same, with each platform adapter wrapped (to be watched). */
        Upstream wrapped(java.util.function.UnaryOperator<Map<Platform, ChatProvider>> wrap) {
            return new Upstream(wrap.apply(providers), tokens, cipher, oauthTokens, reminders);
        }
    }

    /** Signed tokens: ShareAuth's, and the user API's sessions, which never verify as each other. */
    record Tokens(TokenIssuer shareAuth, TokenIssuer userSessions) {}

    /** Every context's use cases, each built once. */
    record Contexts(AuditTrail audit, IdentityWiring identity, BillingWiring billing, ModerationWiring moderation, TotpWiring totp,
                    AccountWiring account, RelayWiring relay, ShareAuthWiring shareAuth) {}

    private Wiring() {}

    /** ShareAuth's tokens and the user API's sessions, signed with the configured key or one kept in the data directory. */
    static Tokens tokens(Config config, Clock clock) {
        byte[] jwtSecret = config.jwtSecret().map(s -> s.getBytes(StandardCharsets.UTF_8))
                .orElseGet(() -> SecretFiles.readOrCreate(config.dataDir().resolve("jwt-secret"), "JWT signing key",
                        "keep sessions valid across restarts"));
        return new Tokens(new JwtTokenIssuer(jwtSecret, config.jwtTtl(), clock),
                new JwtTokenIssuer(jwtSecret, config.jwtTtl(), clock, JwtTokenIssuer.USER_API));
    }

    static Upstream upstream(Database database, CredentialCipher cipher, Config config, Clock clock) {
        TokenCounter tokenCounter = Providers.tokenCounter();
        return new Upstream(Providers.create(tokenCounter, clock, database.upstreamTotpSecrets(), config.memfitModels(),
                config.upstreamAddresses()), tokenCounter, cipher, Providers.oauthTokens(), Providers::webhookReminders);
    }

    static Contexts contexts(Database database, PasswordHasher hasher, Tokens signed, Upstream upstream, Config config,
                             Clock clock) {
        AuditTrail audit = new AuditTrail(database.auditLog(), clock);
        IdentityWiring identity = IdentityWiring.of(database, hasher, signed.userSessions(), audit, clock);
        ModerationWiring moderation = ModerationWiring.of(database, audit, clock);
        AccountWiring account = AccountWiring.of(database, upstream, config, audit, clock);
        return new Contexts(audit, identity, BillingWiring.of(database, hasher, audit, clock), moderation,
                TotpWiring.of(database, config, audit, clock), account,
                RelayWiring.of(database, identity, account, upstream, config, audit, moderation.screen(), clock),
                ShareAuthWiring.of(database, identity, moderation, signed.shareAuth(), audit, clock));
    }

    /** What each HTTP API calls, taken from the contexts. */
    static HttpApi.Apis httpApis(Contexts c) {
        IdentityWiring identity = c.identity();
        RelayWiring relay = c.relay();
        AccountWiring account = c.account();
        return new HttpApi.Apis(
                new ShareAuthApi(c.shareAuth().init(), c.shareAuth().start(), c.shareAuth().finish()),
                new RelayApi(relay.chat(), relay.listModels(), relay.countTokens(), relay.storedResponses()),
                new AdminApi(c.billing().createUser(), identity.listUsers(), identity.changeUserStatus(),
                        c.billing().changeBalance(), c.billing().history(), identity.issueLegacyToken(), relay.usageLog(),
                        c.shareAuth().workflows(), c.moderation().catalog(), c.moderation().replace(),
                        identity.issueApiKey(), identity.manageApiKeys(), relay.manageModels(), account.manageAccounts(),
                        identity.adminTokens(), relay.keyBudgets()),
                new PortalApi(identity.signIn(), identity.identify(), identity.preferences(), identity.manageApiKeys(),
                        identity.issueApiKey(), account.notifications(), relay.keyBudgets()),
                new OAuthApi(account.oauth(), account.bind(), account.ownAccounts(), relay.checkAccount(),
                        relay.chatWithOwnAccounts()),
                new MemfitApi(c.totp().gate(), c.totp().secret()));
    }
}
