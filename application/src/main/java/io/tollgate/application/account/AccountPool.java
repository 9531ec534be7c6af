package io.tollgate.application.account;

import io.tollgate.application.support.Reloading;
import io.tollgate.domain.account.AccountChooser;
import io.tollgate.domain.account.AccountHealth;
import io.tollgate.domain.account.AccountId;
import io.tollgate.domain.account.AccountStatus;
import io.tollgate.domain.account.breaker.Breaker;
import io.tollgate.domain.account.CredentialCipher;
import io.tollgate.domain.account.FailureClass;
import io.tollgate.domain.account.HealthPolicy;
import io.tollgate.domain.account.Platform;
import io.tollgate.domain.account.ProviderAccount;
import io.tollgate.domain.account.ProviderAccounts;
import io.tollgate.domain.account.QuotaDay;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/**
 * The upstream accounts as routing sees them: an in-memory view, reloaded from the database every few
 * seconds (how nodes sharing it converge), so that picking an account costs no query. Stored health changes are
 * written through at once; each account's circuit breaker lives in memory on this node.
 */
public final class AccountPool {

    private final ProviderAccounts accounts;
    private final CredentialCipher cipher;
    private final HealthPolicy policy;
    private final QuotaDay quotaDay;
    private final Clock clock;
    private final AccountChooser chooser = new AccountChooser();
    private final Breakers breakers;
    private final Reloading<PoolSnapshot> snapshot;

    public AccountPool(ProviderAccounts accounts, CredentialCipher cipher, HealthPolicy policy, QuotaDay quotaDay,
                       Clock clock, Duration reloadEvery) {
        this.accounts = accounts;
        this.cipher = cipher;
        this.policy = policy;
        this.quotaDay = quotaDay;
        this.clock = clock;
        this.breakers = new Breakers(policy);
        this.snapshot = new Reloading<>(this::load, clock, reloadEvery);
    }

    /**
     * The usable system-pool account with the most quota left for this model on one of these platforms, skipping
     * those that failed this request. Accounts users bound for themselves are never in it.
     */
    public Optional<Pick> choose(String model, Set<Platform> platforms, Set<AccountId> alreadyFailed) {
        return choose(ProviderAccount::inSystemPool, model, platforms, alreadyFailed, Optional.empty());
    }

    /** Like {@link #choose}, among the accounts in {@code scope} (e.g. one user's own), {@code preferred} while usable. */
    public Optional<Pick> choose(Predicate<ProviderAccount> scope, String model, Set<Platform> platforms,
                                 Set<AccountId> alreadyFailed, Optional<AccountId> preferred) {
        PoolSnapshot current = current();
        return breakers.choose(chooser, candidates(current, scope, model, platforms), alreadyFailed, clock.instant(), preferred)
                .map(chosen -> new Pick(chosen.account(), current.credentials().get(chosen.account().id()), chosen.ticket()));
    }

    /** Whether some system-pool account could serve the model now (without taking a turn in the round robin). */
    public boolean canServe(String model, Set<Platform> platforms) {
        return canServe(ProviderAccount::inSystemPool, model, platforms);
    }

    public boolean canServe(Predicate<ProviderAccount> scope, String model, Set<Platform> platforms) {
        Instant now = clock.instant();
        return candidates(current(), scope, model, platforms).stream()
                .anyMatch(c -> c.tokensLeft() > 0 && c.account().health().usableAt(now) && breakers.admits(c.account().id(), now));
    }

    private static List<AccountChooser.Candidate> candidates(PoolSnapshot current, Predicate<ProviderAccount> scope,
                                                             String model, Set<Platform> platforms) {
        return current.accounts().stream()
                .filter(a -> scope.test(a) && a.serves(model) && platforms.contains(a.platform()))
                .filter(a -> current.credentials().containsKey(a.id()))
                .map(a -> new AccountChooser.Candidate(a, current.tokensLeft(a)))
                .toList();
    }

    /** Why no account in {@code scope} could be picked: whether any serving account is out of quota, and when quotas reset. */
    public Unavailable unavailable(Predicate<ProviderAccount> scope, String model) {
        PoolSnapshot current = current();
        Instant now = clock.instant();
        boolean exhausted = current.accounts().stream().filter(a -> scope.test(a) && a.serves(model))
                .anyMatch(a -> current.tokensLeft(a) == 0 || a.health().status() == AccountStatus.SUSPENDED);
        return new Unavailable(exhausted, quotaDay.nextReset(now));
    }

    /** Tokens the account has used on the current quota day, as this node knows it. */
    public long usedToday(AccountId account) {
        return current().used(account);
    }

    /** When the current quota day ends. */
    public Instant nextReset() {
        return quotaDay.nextReset(clock.instant());
    }

    /** Why a model has no account now. */
    public record Unavailable(boolean quotaExhausted, Instant resetAt) {}

    public void recordSuccess(Pick pick) {
        breakers.succeeded(pick.account().id(), pick.ticket());
        ProviderAccount account = pick.account();
        AccountHealth after = policy.afterSuccess(account.health());
        if (!after.equals(account.health())) {
            saveHealth(account, after);
        }
    }

    /** Applies the health policy to a failure of this class; {@code detail} becomes the reason. */
    public void recordFailure(Pick pick, FailureClass failure, String detail, Optional<Duration> retryAfter) {
        Instant now = clock.instant();
        ProviderAccount account = pick.account();
        if (failure == FailureClass.CLIENT) {
            // The platform answered, if only to refuse the request: the account is alive.
            breakers.succeeded(account.id(), pick.ticket());
            return;
        }
        breakers.failed(account.id(), pick.ticket(), retryAfter, failure + ": " + detail, now);
        AccountHealth current = current().accounts().stream().filter(a -> a.id().equals(account.id()))
                .findFirst().map(ProviderAccount::health).orElse(account.health());
        AccountHealth after = policy.afterFailure(current, failure, detail, quotaDay.nextReset(now));
        if (!after.equals(current)) {
            saveHealth(account, after);
        }
    }

    /** The attempt ended without telling anything about the account (its caller left, or the request ran out of time). */
    public void release(Pick pick) {
        breakers.released(pick.account().id(), pick.ticket());
    }

    /** The account's circuit breaker on this node. */
    public Breaker breaker(AccountId account) {
        return breakers.of(account);
    }

    /** Counts tokens an account just spent (the settlement writes them to the database too). */
    public void addTokens(AccountId account, long tokens) {
        current().usedSince().computeIfAbsent(account, id -> new AtomicLong()).addAndGet(tokens);
    }

    /** Uses a renewed credential from now on, without waiting for the next reload. */
    public void useCredential(AccountId account, String credential) {
        snapshot.update(current -> {
            Map<AccountId, String> credentials = new HashMap<>(current.credentials());
            credentials.put(account, credential);
            return new PoolSnapshot(current.accounts(), Map.copyOf(credentials), current.day(), current.usedAtLoad(),
                    current.usedSince());
        });
    }

    /** The quota day a call starting now counts against. */
    public LocalDate quotaDay() {
        return quotaDay.dayOf(clock.instant());
    }

    /** Drops the view so the next pick reloads it (after an admin changed accounts on this node). */
    public void invalidate() {
        snapshot.invalidate();
    }

    private void saveHealth(ProviderAccount account, AccountHealth health) {
        accounts.saveHealth(account.id(), health);
        snapshot.update(current -> new PoolSnapshot(current.accounts().stream()
                .map(a -> a.id().equals(account.id()) ? a.withHealth(health) : a).toList(),
                current.credentials(), current.day(), current.usedAtLoad(), current.usedSince()));
    }

    /** The view, reloaded when it is older than the interval or from an earlier quota day. */
    private PoolSnapshot current() {
        return snapshot.get(loadedAt -> !quotaDay.dayOf(loadedAt).equals(quotaDay.dayOf(clock.instant())));
    }

    private PoolSnapshot load() {
        LocalDate day = quotaDay.dayOf(clock.instant());
        List<ProviderAccount> loaded = accounts.all();
        Map<AccountId, String> credentials = new HashMap<>();
        for (ProviderAccount account : loaded) {
            accounts.credential(account.id()).ifPresent(sealed -> credentials.put(account.id(), cipher.open(account.id(), sealed)));
        }
        return new PoolSnapshot(loaded, Map.copyOf(credentials), day, Map.copyOf(accounts.tokensUsedOn(day)),
                new ConcurrentHashMap<>());
    }
}
