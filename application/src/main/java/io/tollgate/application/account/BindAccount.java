package io.tollgate.application.account;

import io.tollgate.domain.account.AccountLimits;
import io.tollgate.domain.account.AccountId;
import io.tollgate.domain.account.Binding;
import io.tollgate.domain.account.CredentialCipher;
import io.tollgate.domain.account.Platform;
import io.tollgate.domain.account.PlatformCatalog;
import io.tollgate.domain.account.PlatformInfo;
import io.tollgate.domain.account.ProviderAccount;
import io.tollgate.domain.account.ProviderAccounts;
import io.tollgate.domain.account.oauth.OAuthClient;
import io.tollgate.domain.account.oauth.OAuthGrant;
import io.tollgate.domain.account.oauth.OAuthGrants;
import io.tollgate.domain.account.oauth.OAuthTokenEndpoint;
import io.tollgate.domain.account.oauth.Pkce;
import io.tollgate.domain.account.oauth.TokenReply;
import io.tollgate.domain.identity.UserId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.Base64;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * Binds a user's own platform account: by OAuth 2.0 authorization code with PKCE where Tollgate is a registered
 * client (the state works once, for ten minutes), or by a key the user pastes where the platform has no OAuth.
 */
public final class BindAccount {

    /** How long a started authorization waits for the platform's redirect. */
    public static final Duration AUTHORIZATION_LIFETIME = Duration.ofMinutes(10);

    /** {@code platform} is a wire name or a guide name ({@code qwen}); no quota means the platform's free quota. */
    public record Request(UserId owner, String platform, String accountName, OptionalLong dailyQuota) {}

    private static final Pattern ORIGIN = Pattern.compile("https?://(\\[[0-9A-Fa-f:.]+]|[A-Za-z0-9.-]{1,253})(:[0-9]{1,5})?");

    private final ProviderAccounts accounts;
    private final PendingAuthorizations pending;
    private final OAuthGrants grants;
    private final OAuthTokenEndpoint tokens;
    private final CredentialCipher cipher;
    private final AccountPool pool;
    private final OAuthSettings settings;
    private final Clock clock;

    public BindAccount(ProviderAccounts accounts, PendingAuthorizations pending, OAuthGrants grants,
                       OAuthTokenEndpoint tokens, CredentialCipher cipher, AccountPool pool, OAuthSettings settings,
                       Clock clock) {
        this.accounts = accounts;
        this.pending = pending;
        this.grants = grants;
        this.tokens = tokens;
        this.cipher = cipher;
        this.pool = pool;
        this.settings = settings;
        this.clock = clock;
    }

    /** Starts an authorization, or says which credentials the platform binds by instead. */
    public BindOutcome authorize(Request request) {
        return authorize(request, Optional.empty());
    }

    /**
     * As above, for a browser on {@code returnOrigin} ({@code http://127.0.0.1:8080}): the platform sends the popup
     * back to the one redirect URI it knows, which may name another host; the state carries the origin to finish on.
     * The state is looked up by its hash, so an origin changed on the way matches no authorization.
     */
    public BindOutcome authorize(Request request, Optional<String> returnOrigin) {
        Optional<String> invalid = invalid(request);
        if (invalid.isPresent()) {
            return new BindOutcome.Invalid(invalid.get());
        }
        Platform platform = settings.resolve(request.platform()).orElseThrow();
        Optional<OAuthClient> client = settings.client(platform);
        if (client.isEmpty()) {
            Binding binding = PlatformCatalog.of(platform).flatMap(i -> i.bindings().stream().findFirst()).orElse(Binding.API_KEY);
            return new BindOutcome.CredentialsNeeded(platform, binding);
        }
        String state = Pkce.randomToken() + returnOrigin.filter(BindAccount::isOrigin)
                .map(origin -> "." + Base64.getUrlEncoder().withoutPadding().encodeToString(origin.getBytes(StandardCharsets.UTF_8)))
                .orElse("");
        String verifier = Pkce.randomToken();
        AccountId account = new AccountId(UUID.randomUUID());
        Instant expiresAt = clock.instant().plus(AUTHORIZATION_LIFETIME);
        pending.add(new PendingAuthorization(Pkce.hash(state), account, request.owner(), platform,
                request.accountName().strip(), info(platform).dailyQuotaOr(request.dailyQuota()), cipher.seal(account, verifier), expiresAt));
        String url = client.get().authorizationUrl(settings.redirectUri(), state, Pkce.challenge(verifier));
        return new BindOutcome.AuthorizationStarted(url, platform, expiresAt);
    }

    /** The platform's redirect: exchanges the code once, stores the tokens sealed, and creates the account. */
    public BindOutcome complete(String state, String code) {
        Optional<PendingAuthorization> taken = state == null || state.isBlank() ? Optional.empty() : pending.take(Pkce.hash(state));
        if (taken.isEmpty()) {
            return new BindOutcome.UnknownState();
        }
        PendingAuthorization started = taken.get();
        // A verifier sealed under a master key retired meanwhile cannot be opened: the user starts again.
        if (!clock.instant().isBefore(started.expiresAt()) || !cipher.holdsKeyOf(started.codeVerifier())) {
            return new BindOutcome.AuthorizationExpired();
        }
        if (code == null || code.isBlank()) {
            return new BindOutcome.Refused("the platform sent no authorization code");
        }
        OAuthClient client = settings.client(started.platform()).orElseThrow(
                () -> new IllegalStateException("no OAuth client for " + started.platform().wireName() + " any more"));
        String verifier = cipher.open(started.account(), started.codeVerifier());
        return switch (tokens.exchangeCode(client, code, verifier, settings.redirectUri())) {
            case TokenReply.Refused refused -> new BindOutcome.Refused(refused.error() + " " + refused.description());
            case TokenReply.Unreachable unreachable -> new BindOutcome.Refused("the platform's token endpoint: " + unreachable.detail());
            case TokenReply.Issued issued -> new BindOutcome.Bound(create(started, client, issued));
        };
    }

    /** Binds by a pasted key ({@code AK:SK} for client-credentials platforms); the key is sealed at once. */
    public BindOutcome bindWithKey(Request request, String credential) {
        Optional<String> invalid = invalid(request);
        if (invalid.isPresent()) {
            return new BindOutcome.Invalid(invalid.get());
        }
        if (credential == null || credential.isBlank() || credential.length() > 4096) {
            return new BindOutcome.Invalid("give the platform's API key (1 to 4096 characters)");
        }
        Platform platform = settings.resolve(request.platform()).orElseThrow();
        AccountId id = new AccountId(UUID.randomUUID());
        ProviderAccount account = info(platform).ownAccount(id, request.accountName().strip(), settings.baseUrl(platform),
                request.dailyQuota(), request.owner());
        accounts.add(account, cipher.seal(id, credential.strip()));
        pool.invalidate();
        return new BindOutcome.Bound(account);
    }

    /** The origin a started authorization's browser came from, read back from its state (empty when none). */
    public static Optional<String> returnOrigin(String state) {
        int dot = state == null ? -1 : state.indexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        try {
            return Optional.of(new String(Base64.getUrlDecoder().decode(state.substring(dot + 1)), StandardCharsets.UTF_8))
                    .filter(BindAccount::isOrigin);
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
    }

    /** {@code http(s)://host[:port]} and nothing more. */
    public static boolean isOrigin(String text) {
        return text != null && ORIGIN.matcher(text).matches();
    }

    private ProviderAccount create(PendingAuthorization started, OAuthClient client, TokenReply.Issued issued) {
        Instant now = clock.instant();
        ProviderAccount account = info(started.platform()).ownAccount(started.account(), started.accountName(),
                client.apiBaseUrl(), OptionalLong.of(started.dailyTokenQuota()), started.owner());
        accounts.add(account, cipher.seal(account.id(), issued.accessToken()));
        grants.save(new OAuthGrant(account.id(), issued.refreshToken().map(t -> cipher.seal(account.id(), t)),
                issued.expiresIn().map(now::plus), Optional.of(now), ""));
        pool.invalidate();
        return account;
    }

    private Optional<String> invalid(Request request) {
        if (settings.resolve(request.platform()).isEmpty()) {
            return Optional.of("unknown platform '" + request.platform() + "'; GET /api/v1/oauth/platforms lists them");
        }
        String name = request.accountName() == null ? "" : request.accountName().strip();
        if (name.isEmpty() || name.length() > 100) {
            return Optional.of("account_name has 1 to 100 characters");
        }
        if (request.dailyQuota().isPresent() && request.dailyQuota().getAsLong() < 0) {
            return Optional.of("daily_quota: " + AccountLimits.QUOTA_RULE);
        }
        return Optional.empty();
    }

    private static PlatformInfo info(Platform platform) {
        return PlatformCatalog.of(platform).orElseThrow(() -> new IllegalStateException("no catalog entry for " + platform));
    }
}
