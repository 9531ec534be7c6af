package io.tollgate.application.account;

import io.tollgate.domain.account.AccountId;
import io.tollgate.domain.account.CredentialCipher;
import io.tollgate.domain.account.ProviderAccount;
import io.tollgate.domain.account.ProviderAccounts;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/** Adds, edits, lists and deletes the system pool's provider accounts; credentials go in sealed and never come out. */
public final class ManageAccounts {

    private final ProviderAccounts accounts;
    private final CredentialCipher cipher;
    private final AccountPool pool;

    public ManageAccounts(ProviderAccounts accounts, CredentialCipher cipher, AccountPool pool) {
        this.accounts = accounts;
        this.cipher = cipher;
        this.pool = pool;
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
}
