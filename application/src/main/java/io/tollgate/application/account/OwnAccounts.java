package io.tollgate.application.account;

import io.tollgate.domain.account.AccountCall;
import io.tollgate.domain.account.AccountCalls;
import io.tollgate.domain.account.AccountHealth;
import io.tollgate.domain.account.AccountId;
import io.tollgate.domain.account.AccountStatus;
import io.tollgate.domain.account.Platform;
import io.tollgate.domain.account.ProviderAccount;
import io.tollgate.domain.account.ProviderAccounts;
import io.tollgate.domain.account.QuotaUse;
import io.tollgate.domain.account.oauth.OAuthGrant;
import io.tollgate.domain.account.oauth.OAuthGrants;
import io.tollgate.domain.identity.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A user's own accounts: list, read, rename, switch on or off, delete, and page through their calls. Every
 * operation checks ownership first, and another user's account is reported exactly like a missing one.
 */
public final class OwnAccounts {

    /** What an owner may change; empty fields stay as they are. */
    public record Edit(Optional<String> name, Optional<Boolean> enabled, Optional<Long> dailyQuota) {}

    private final ProviderAccounts accounts;
    private final OAuthGrants grants;
    private final AccountCalls calls;
    private final AccountPool pool;

    public OwnAccounts(ProviderAccounts accounts, OAuthGrants grants, AccountCalls calls, AccountPool pool) {
        this.accounts = accounts;
        this.grants = grants;
        this.calls = calls;
        this.pool = pool;
    }

    /** The owner's accounts, optionally of one platform only, oldest first. */
    public List<OwnAccountView> list(UserId owner, Optional<Platform> platform) {
        List<ProviderAccount> owned = accounts.ownedBy(owner).stream()
                .filter(a -> platform.isEmpty() || a.platform() == platform.get()).toList();
        Map<AccountId, Instant> lastUsed = calls.lastCalled(owned.stream().map(ProviderAccount::id).toList());
        return owned.stream().map(a -> view(a, Optional.ofNullable(lastUsed.get(a.id())))).toList();
    }

    /** The account, if it exists and is the owner's. */
    public Optional<OwnAccountView> get(UserId owner, AccountId id) {
        return owned(owner, id).map(a -> view(a, Optional.ofNullable(calls.lastCalled(List.of(id)).get(id))));
    }

    public Optional<OwnAccountView> edit(UserId owner, AccountId id, Edit edit) {
        Optional<ProviderAccount> found = owned(owner, id);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        ProviderAccount a = found.get();
        // An expired account stays expired whatever is asked: only a new authorization brings it back.
        AccountHealth health = edit.enabled().filter(on -> a.health().status() != AccountStatus.EXPIRED)
                .map(on -> on ? AccountHealth.ENABLED : AccountHealth.disabledByAdmin("disabled by its owner"))
                .orElse(a.health());
        ProviderAccount edited = new ProviderAccount(a.id(), a.platform(), edit.name().map(String::strip).orElse(a.name()),
                a.baseUrl(), a.models(), edit.dailyQuota().orElse(a.dailyTokenQuota()), a.weight(), health, a.options(), a.owner());
        accounts.update(edited);
        pool.invalidate();
        return get(owner, id);
    }

    /** Deletes the account with its usage records; false when the owner has no such account. */
    public boolean delete(UserId owner, AccountId id) {
        if (owned(owner, id).isEmpty()) {
            return false;
        }
        boolean deleted = accounts.delete(id);
        pool.invalidate();
        return deleted;
    }

    /** The account's calls, newest first; empty when the owner has no such account. */
    public Optional<List<AccountCall>> usage(UserId owner, AccountId id, int offset, int limit) {
        return owned(owner, id).map(a -> calls.page(id, offset, limit));
    }

    /** The account if the owner has it. */
    public Optional<ProviderAccount> owned(UserId owner, AccountId id) {
        return accounts.byId(id).filter(a -> a.ownedBy(owner));
    }

    /** The view of any account (for admins: metadata only, as for owners). */
    public OwnAccountView view(ProviderAccount account, Optional<Instant> lastUsed) {
        Optional<OAuthGrant> grant = grants.of(account.id());
        String binding = grant.isPresent() ? "oauth2" : account.platform() == Platform.ERNIE_V1 ? "client_credentials" : "api_key";
        return new OwnAccountView(account, new QuotaUse(pool.usedToday(account.id()), account.dailyTokenQuota()),
                pool.nextReset(), grant.flatMap(OAuthGrant::accessExpiresAt), lastUsed, binding);
    }
}
