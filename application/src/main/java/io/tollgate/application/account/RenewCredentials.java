package io.tollgate.application.account;

import io.tollgate.domain.account.AccountHealth;
import io.tollgate.domain.account.AccountId;
import io.tollgate.domain.account.AccountStatus;
import io.tollgate.domain.account.CredentialCipher;
import io.tollgate.domain.account.ProviderAccount;
import io.tollgate.domain.account.ProviderAccounts;
import io.tollgate.domain.account.oauth.OAuthClient;
import io.tollgate.domain.account.oauth.OAuthGrant;
import io.tollgate.domain.account.oauth.OAuthGrants;
import io.tollgate.domain.account.oauth.OAuthTokenEndpoint;
import io.tollgate.domain.account.oauth.TokenReply;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Keeps OAuth-bound accounts' access tokens fresh: ahead of expiry on a schedule, and at once when a platform
 * refuses one. A refused refresh marks the account expired with the platform's reason.
 */
public final class RenewCredentials {

    /** How long one node may hold an account's renewal before another may take it over. */
    static final Duration CLAIM = Duration.ofSeconds(20);
    private static final Duration POLL = Duration.ofMillis(100);

    private final ProviderAccounts accounts;
    private final OAuthGrants grants;
    private final OAuthTokenEndpoint tokens;
    private final CredentialCipher cipher;
    private final AccountPool pool;
    private final OAuthSettings settings;
    private final Clock clock;
    private final Duration ahead;
    private final ConcurrentHashMap<AccountId, ReentrantLock> locks = new ConcurrentHashMap<>();

    /** {@code ahead}: how long before expiry the scheduled run renews a token. */
    public RenewCredentials(ProviderAccounts accounts, OAuthGrants grants, OAuthTokenEndpoint tokens,
                            CredentialCipher cipher, AccountPool pool, OAuthSettings settings, Clock clock, Duration ahead) {
        this.accounts = accounts;
        this.grants = grants;
        this.tokens = tokens;
        this.cipher = cipher;
        this.pool = pool;
        this.settings = settings;
        this.clock = clock;
        this.ahead = ahead;
    }

    /** Renews every token expiring within {@code ahead}; how many were renewed. */
    public int renewDue() {
        int renewed = 0;
        for (OAuthGrant grant : grants.expiringBefore(clock.instant().plus(ahead))) {
            renewed += renew(grant.account(), Optional.empty()).isPresent() ? 1 : 0;
        }
        return renewed;
    }

    /**
     * After the platform refused {@code refusedToken}: a renewed token, or empty when it cannot be renewed. When
     * another call renewed it meanwhile, that token is the answer, so a burst of refusals renews once.
     */
    public Optional<String> renewNow(AccountId account, String refusedToken) {
        return renew(account, Optional.of(refusedToken));
    }

    private Optional<String> renew(AccountId id, Optional<String> refusedToken) {
        // A lock rather than synchronized: callers may be virtual threads, which must not pin a carrier during the call.
        if (grants.of(id).isEmpty()) {
            return Optional.empty(); // a pasted key: nothing to renew, and no other node is renewing it either
        }
        ReentrantLock lock = locks.computeIfAbsent(id, any -> new ReentrantLock());
        lock.lock();
        try {
            Instant now = clock.instant();
            if (!grants.claimRenewal(id, now, now.plus(CLAIM))) {
                // Another node is renewing it now; with rotating refresh tokens a second renewal would be refused.
                return refusedToken.isPresent() ? awaitOtherNode(id, refusedToken.get()) : Optional.empty();
            }
            try {
                return renewClaimed(id, refusedToken, now);
            } finally {
                grants.releaseRenewal(id);
            }
        } finally {
            lock.unlock();
        }
    }

    private Optional<String> renewClaimed(AccountId id, Optional<String> refusedToken, Instant now) {
        Optional<OAuthGrant> grant = grants.of(id);
        Optional<ProviderAccount> account = accounts.byId(id);
        if (grant.isEmpty() || account.isEmpty() || account.get().health().status() == AccountStatus.EXPIRED) {
            return Optional.empty();
        }
        if (refusedToken.isEmpty() && !grant.get().expiresBefore(now.plus(ahead))) {
            return Optional.empty(); // renewed meanwhile, here or on another node
        }
        Optional<String> current = accounts.credential(id).map(sealed -> cipher.open(id, sealed));
        if (refusedToken.isPresent() && current.isPresent() && !current.equals(refusedToken)) {
            return current;
        }
        Optional<OAuthClient> client = settings.client(account.get().platform());
        if (grant.get().refreshToken().isEmpty() || client.isEmpty()) {
            return expire(account.get(), grant.get(), "the platform gave no refresh token; authorize the account again");
        }
        String refreshToken = cipher.open(id, grant.get().refreshToken().get());
        return switch (tokens.refresh(client.get(), refreshToken)) {
            case TokenReply.Issued issued -> Optional.of(store(account.get(), grant.get(), issued, now));
            case TokenReply.Refused no -> expire(account.get(), grant.get(),
                    "refresh refused: " + no.error() + (no.description().isBlank() ? "" : " (" + no.description() + ")"));
            case TokenReply.Unreachable unreachable -> {
                grants.save(new OAuthGrant(id, grant.get().refreshToken(), grant.get().accessExpiresAt(),
                        grant.get().refreshedAt(), "refresh failed, will retry: " + unreachable.detail()));
                yield Optional.empty();
            }
        };
    }

    /** The token another node is storing, once it differs from the refused one; empty if none comes in time. */
    private Optional<String> awaitOtherNode(AccountId id, String refusedToken) {
        for (int i = 0; i < CLAIM.toMillis() / POLL.toMillis(); i++) {
            Optional<String> current = accounts.credential(id).map(sealed -> cipher.open(id, sealed));
            if (current.isPresent() && !current.get().equals(refusedToken)) {
                pool.useCredential(id, current.get());
                return current;
            }
            try {
                Thread.sleep(POLL);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private String store(ProviderAccount account, OAuthGrant grant, TokenReply.Issued issued, Instant now) {
        AccountId id = account.id();
        accounts.replaceCredential(id, cipher.seal(id, issued.accessToken()));
        grants.save(new OAuthGrant(id, issued.refreshToken().map(t -> cipher.seal(id, t)).or(grant::refreshToken),
                issued.expiresIn().map(now::plus), Optional.of(now), ""));
        pool.useCredential(id, issued.accessToken());
        return issued.accessToken();
    }

    private Optional<String> expire(ProviderAccount account, OAuthGrant grant, String reason) {
        accounts.saveHealth(account.id(), AccountHealth.expired(reason));
        grants.save(new OAuthGrant(account.id(), grant.refreshToken(), grant.accessExpiresAt(), grant.refreshedAt(), reason));
        pool.invalidate();
        return Optional.empty();
    }
}
