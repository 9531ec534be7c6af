package io.tollgate.application.account;

import io.tollgate.application.audit.AuditTrail;
import io.tollgate.application.audit.RecordChanges;
import io.tollgate.domain.account.AccountCall;
import io.tollgate.domain.account.AccountCalls;
import io.tollgate.domain.account.AccountId;
import io.tollgate.domain.account.breaker.Breaker;
import io.tollgate.domain.account.CredentialCipher;
import io.tollgate.domain.account.Platform;
import io.tollgate.domain.account.ProviderAccount;
import io.tollgate.domain.account.ProviderAccounts;
import io.tollgate.domain.account.address.HostResolver;
import io.tollgate.domain.account.address.UpstreamAddressRule;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * Adds, edits, lists and deletes provider accounts (for admins: the system pool's, and users' metadata) and pages
 * through an account's calls; credentials go in sealed and never come out, and every change is audited.
 */
public final class ManageAccounts {

    private final ProviderAccounts accounts;
    private final CredentialCipher cipher;
    private final AccountPool pool;
    private final AccountCalls calls;
    private final UpstreamAddressRule addressRule;
    private final HostResolver resolver;
    private final AuditTrail audit;
    private final AccountNotices owners;
    private final Clock clock;

    public ManageAccounts(ProviderAccounts accounts, CredentialCipher cipher, AccountPool pool, AccountCalls calls,
                          UpstreamAddressRule addressRule, HostResolver resolver, AuditTrail audit) {
        this(accounts, cipher, pool, calls, addressRule, resolver, audit, AccountNotices.NONE, Clock.systemUTC());
    }

    /** As above; a change to a user's own account is also told to that user through {@code owners}. */
    public ManageAccounts(ProviderAccounts accounts, CredentialCipher cipher, AccountPool pool, AccountCalls calls,
                          UpstreamAddressRule addressRule, HostResolver resolver, AuditTrail audit, AccountNotices owners,
                          Clock clock) {
        this.owners = owners;
        this.clock = clock;
        this.accounts = accounts;
        this.cipher = cipher;
        this.pool = pool;
        this.calls = calls;
        this.addressRule = addressRule;
        this.resolver = resolver;
        this.audit = audit;
    }

    /**
     * Adds the account the factory builds for a fresh id, sealing the credential under that id; a base URL the
     * {@link UpstreamAddressRule} refuses is an {@link IllegalArgumentException} naming the reason.
     */
    public ProviderAccount add(Function<AccountId, ProviderAccount> build, String credential, String actor) {
        AccountId id = new AccountId(UUID.randomUUID());
        ProviderAccount account = build.apply(id);
        requireAllowedAddress(account);
        accounts.add(account, cipher.seal(id, credential));
        pool.invalidate();
        audit.record(actor, "add-account", described(account) + " on " + account.platform().wireName());
        return account;
    }

    /** The edited account, or empty when there is none; a new credential replaces the old one when given. */
    public Optional<ProviderAccount> edit(AccountId id, UnaryOperator<ProviderAccount> edit, Optional<String> credential,
                                          String actor) {
        Optional<ProviderAccount> stored = accounts.byId(id);
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        ProviderAccount edited = edit.apply(stored.get());
        if (!edited.baseUrl().equals(stored.get().baseUrl())) {
            // Only a new address is judged here: an account saved before the rule can still be renamed or disabled.
            requireAllowedAddress(edited);
        }
        accounts.update(edited);
        credential.ifPresent(secret -> accounts.replaceCredential(id, cipher.seal(id, secret)));
        pool.invalidate();
        audit.record(actor, "edit-account", described(stored.get()) + ": " + RecordChanges.between(stored.get(), edited)
                + (credential.isPresent() ? ", new credential" : ""));
        tellOwner(edited, change(stored.get(), edited));
        return Optional.of(edited);
    }

    private void requireAllowedAddress(ProviderAccount account) {
        if (account.platform() == Platform.MOCK) {
            return; // the built-in mock answers in process and calls no address
        }
        addressRule.refusal(account.baseUrl(), resolver).ifPresent(reason -> {
            throw new IllegalArgumentException(reason);
        });
    }

    public boolean delete(AccountId id, String actor) {
        Optional<ProviderAccount> stored = accounts.byId(id);
        boolean deleted = accounts.delete(id);
        pool.invalidate();
        if (deleted) {
            audit.record(actor, "delete-account", stored.map(ManageAccounts::described).orElse(id.toString()));
            stored.ifPresent(account -> tellOwner(account, "an admin deleted this account"));
        }
        return deleted;
    }

    private void tellOwner(ProviderAccount account, String change) {
        account.owner().ifPresent(owner -> owners.record(owner, account.id(), account.name(), change, clock.instant()));
    }

    private static String change(ProviderAccount before, ProviderAccount after) {
        if (before.health().status() != after.health().status()) {
            return "an admin set this account to " + after.health().status().wireName();
        }
        return "an admin changed this account's settings";
    }

    private static String described(ProviderAccount account) {
        return account.name() + " (" + account.id() + ")";
    }

    public List<ProviderAccount> list() {
        return accounts.all();
    }

    public Optional<ProviderAccount> byId(AccountId id) {
        return accounts.byId(id);
    }

    /** The account's circuit breaker on this node (kept in memory, so each node has its own). */
    public Breaker breaker(AccountId id) {
        return pool.breaker(id);
    }

    /** The account's calls, newest first (what was asked and answered, never a credential); empty when there is no such account. */
    public Optional<List<AccountCall>> usage(AccountId id, int offset, int limit) {
        if (offset < 0 || limit < 1) {
            throw new IllegalArgumentException("offset is 0 or more and limit 1 or more");
        }
        return accounts.byId(id).map(account -> calls.page(id, offset, limit));
    }
}
