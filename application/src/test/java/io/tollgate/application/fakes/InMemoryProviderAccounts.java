package io.tollgate.application.fakes;

import io.tollgate.domain.account.AccountHealth;
import io.tollgate.domain.account.AccountId;
import io.tollgate.domain.account.ProviderAccount;
import io.tollgate.domain.account.ProviderAccounts;
import io.tollgate.domain.account.SealedCredential;
import io.tollgate.domain.identity.UserId;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** Provider accounts in memory, with their sealed credentials and tokens used per quota day. */
public final class InMemoryProviderAccounts implements ProviderAccounts {

    private final Map<AccountId, ProviderAccount> accounts = new LinkedHashMap<>();
    private final Map<AccountId, SealedCredential> credentials = new HashMap<>();
    private final Map<LocalDate, Map<AccountId, Long>> used = new HashMap<>();
    private final List<Consumer<ProviderAccount>> deletionListeners = new CopyOnWriteArrayList<>();

    @Override
    public synchronized void add(ProviderAccount account, SealedCredential credential) {
        if (accounts.putIfAbsent(account.id(), account) != null) {
            throw new IllegalStateException("the account exists");
        }
        credentials.put(account.id(), credential);
    }

    @Override
    public synchronized Optional<ProviderAccount> byId(AccountId id) {
        return Optional.ofNullable(accounts.get(id));
    }

    @Override
    public synchronized List<ProviderAccount> all() {
        return List.copyOf(accounts.values());
    }

    @Override
    public synchronized List<ProviderAccount> ownedBy(UserId owner) {
        return accounts.values().stream().filter(a -> a.ownedBy(owner)).toList();
    }

    @Override
    public synchronized boolean update(ProviderAccount account) {
        return accounts.replace(account.id(), account) != null;
    }

    @Override
    public synchronized boolean saveHealth(AccountId id, AccountHealth health) {
        ProviderAccount stored = accounts.get(id);
        if (stored == null) {
            return false;
        }
        accounts.put(id, stored.withHealth(health));
        return true;
    }

    @Override
    public synchronized Optional<SealedCredential> credential(AccountId id) {
        return Optional.ofNullable(credentials.get(id));
    }

    @Override
    public synchronized boolean replaceCredential(AccountId id, SealedCredential credential) {
        return accounts.containsKey(id) && credentials.put(id, credential) != null;
    }

    @Override
    public synchronized boolean replaceCredentialIf(AccountId id, SealedCredential expected, SealedCredential replacement) {
        SealedCredential stored = credentials.get(id);
        if (stored == null || !stored.keyId().equals(expected.keyId()) || !java.util.Arrays.equals(stored.sealed(), expected.sealed())) {
            return false;
        }
        credentials.put(id, replacement);
        return true;
    }

    @Override
    public boolean delete(AccountId id) {
        ProviderAccount deleted;
        synchronized (this) {
            credentials.remove(id);
            deleted = accounts.remove(id);
        }
        if (deleted == null) {
            return false;
        }
        deletionListeners.forEach(listener -> listener.accept(deleted));
        return true;
    }

    /** What goes with a deleted account in the database (its usage records), done by the fake that holds it. */
    public void whenDeleted(Consumer<ProviderAccount> listener) {
        deletionListeners.add(listener);
    }

    @Override
    public synchronized Map<AccountId, Long> tokensUsedOn(LocalDate day) {
        return Map.copyOf(used.getOrDefault(day, Map.of()));
    }

    /** What a settlement does in the database adapter: counts an account's tokens on its quota day. */
    public synchronized void addTokens(AccountId id, LocalDate day, long tokens) {
        used.computeIfAbsent(day, d -> new HashMap<>()).merge(id, tokens, Long::sum);
    }
}
