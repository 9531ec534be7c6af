package io.tollgate.application.account;

import io.tollgate.domain.account.AccountCall;
import io.tollgate.domain.account.AccountCalls;
import io.tollgate.domain.account.AccountId;
import io.tollgate.domain.account.CredentialCipher;
import io.tollgate.domain.account.ProviderAccount;
import io.tollgate.domain.account.ProviderAccounts;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * Adds, edits, lists and deletes provider accounts (for admins: the system pool's, and users' metadata) and pages
 * through an account's calls; credentials go in sealed and never come out.
 */
public final class ManageAccounts {

    private final ProviderAccounts accounts;
    private final CredentialCipher cipher;
    private final AccountPool pool;
    private final AccountCalls calls;

    public ManageAccounts(ProviderAccounts accounts, CredentialCipher cipher, AccountPool pool, AccountCalls calls) {
        this.accounts = accounts;
        this.cipher = cipher;
        this.pool = pool;
        this.calls = calls;
    }

    /** Adds the account the factory builds for a fresh id, sealing the credential under that id. */
    public ProviderAccount add(Function<AccountId, ProviderAccount> build, String credential) {
        AccountId id = new AccountId(UUID.randomUUID());
        ProviderAccount account = build.apply(id);
        accounts.add(account, cipher.seal(id, credential));
        pool.invalidate();
        return account;
    }

    /** The edited account, or empty when there is none; a new credential replaces the old one when given. */
    public Optional<ProviderAccount> edit(AccountId id, UnaryOperator<ProviderAccount> edit, Optional<String> credential) {
        Optional<ProviderAccount> stored = accounts.byId(id);
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        ProviderAccount edited = edit.apply(stored.get());
        accounts.update(edited);
        credential.ifPresent(secret -> accounts.replaceCredential(id, cipher.seal(id, secret)));
        pool.invalidate();
        return Optional.of(edited);
    }

    public boolean delete(AccountId id) {
        boolean deleted = accounts.delete(id);
        pool.invalidate();
        return deleted;
    }

    public List<ProviderAccount> list() {
        return accounts.all();
    }

    public Optional<ProviderAccount> byId(AccountId id) {
        return accounts.byId(id);
    }

    /** The account's calls, newest first (what was asked and answered, never a credential); empty when there is no such account. */
    public Optional<List<AccountCall>> usage(AccountId id, int offset, int limit) {
        if (offset < 0 || limit < 1) {
            throw new IllegalArgumentException("offset is 0 or more and limit 1 or more");
        }
        return accounts.byId(id).map(account -> calls.page(id, offset, limit));
    }
}
