package io.tollgate.application.account;

import io.tollgate.application.fakes.FakeCredentialCipher;
import io.tollgate.application.fakes.FakeOAuthTokenEndpoint;
import io.tollgate.application.fakes.InMemoryAccountCalls;
import io.tollgate.application.fakes.InMemoryOAuthGrants;
import io.tollgate.application.fakes.InMemoryPendingAuthorizations;
import io.tollgate.application.fakes.InMemoryProviderAccounts;
import io.tollgate.application.fakes.SettableClock;
import io.tollgate.domain.account.AccountHealth;
import io.tollgate.domain.account.AccountId;
import io.tollgate.domain.account.HealthPolicy;
import io.tollgate.domain.account.Platform;
import io.tollgate.domain.account.ProviderAccount;
import io.tollgate.domain.account.QuotaDay;
import io.tollgate.domain.account.oauth.OAuthClient;
import io.tollgate.domain.account.oauth.OAuthGrant;
import io.tollgate.domain.identity.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** The account context's use cases over in-memory fakes: DashScope has an OAuth client, other platforms do not. */
final class OAuthFixture {

    static final Instant T0 = Instant.parse("2025-03-01T08:00:00Z");
    static final String REDIRECT_URI = "https://tollgate.example/api/v1/oauth/callback";
    static final OAuthClient DASHSCOPE_CLIENT = new OAuthClient(Platform.DASHSCOPE, "tollgate-app", "client-secret",
            "https://auth.dashscope.example/authorize", "https://auth.dashscope.example/token",
            "https://api.dashscope.example/v1", "chat offline");

    final SettableClock clock = new SettableClock(T0);
    final InMemoryProviderAccounts accounts = new InMemoryProviderAccounts();
    final InMemoryPendingAuthorizations pending = new InMemoryPendingAuthorizations();
    final InMemoryOAuthGrants grants = new InMemoryOAuthGrants(accounts);
    final InMemoryAccountCalls calls = new InMemoryAccountCalls(accounts);
    final FakeOAuthTokenEndpoint tokens = new FakeOAuthTokenEndpoint();
    final FakeCredentialCipher cipher = new FakeCredentialCipher();
    final OAuthSettings settings = new OAuthSettings(Map.of(Platform.DASHSCOPE, DASHSCOPE_CLIENT), REDIRECT_URI, Map.of());
    final AccountPool pool = new AccountPool(accounts, cipher, HealthPolicy.DEFAULT, QuotaDay.SHANGHAI, clock,
            Duration.ofSeconds(5));

    BindAccount bindAccount() {
        return new BindAccount(accounts, pending, grants, tokens, cipher, pool, settings, clock);
    }

    RenewCredentials renewCredentials(Duration ahead) {
        return new RenewCredentials(accounts, grants, tokens, cipher, pool, settings, clock, ahead);
    }

    OwnAccounts ownAccounts() {
        return new OwnAccounts(accounts, grants, calls, pool);
    }

    /** A DashScope account bound by OAuth: its access token as credential, a grant with a sealed refresh token. */
    ProviderAccount oauthAccount(UserId owner, String accessToken, String refreshToken, Instant accessExpiresAt) {
        AccountId id = new AccountId(UUID.randomUUID());
        ProviderAccount account = new ProviderAccount(id, Platform.DASHSCOPE, "bound " + accessToken,
                DASHSCOPE_CLIENT.apiBaseUrl(), Set.of("qwen-plus"), 1_000_000, 1, AccountHealth.ENABLED, Map.of(),
                Optional.of(owner));
        accounts.add(account, cipher.seal(id, accessToken));
        grants.save(new OAuthGrant(id, Optional.of(cipher.seal(id, refreshToken)), Optional.of(accessExpiresAt),
                Optional.of(T0.minus(Duration.ofHours(1))), ""));
        return account;
    }

    String credentialOf(AccountId id) {
        return cipher.open(id, accounts.credential(id).orElseThrow());
    }

    static UserId newUser() {
        return new UserId(UUID.randomUUID());
    }
}
