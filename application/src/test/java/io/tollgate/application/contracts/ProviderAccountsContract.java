package io.tollgate.application.contracts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tollgate.domain.account.AccountCall;
import io.tollgate.domain.account.AccountCalls;
import io.tollgate.domain.account.AccountHealth;
import io.tollgate.domain.account.AccountId;
import io.tollgate.domain.account.AccountStatus;
import io.tollgate.domain.account.CallSummary;
import io.tollgate.domain.account.Platform;
import io.tollgate.domain.account.ProviderAccount;
import io.tollgate.domain.account.ProviderAccounts;
import io.tollgate.domain.account.SealedCredential;
import io.tollgate.domain.account.oauth.OAuthGrant;
import io.tollgate.domain.account.oauth.OAuthGrants;
import io.tollgate.domain.identity.UserId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link ProviderAccounts} does: accounts with settings, health and a sealed credential kept apart. */
public abstract class ProviderAccountsContract {

    protected static final Instant T0 = Instant.parse("2025-03-01T08:00:00Z");

    private ProviderAccounts accounts;

    /** New, empty accounts. */
    protected abstract ProviderAccounts newAccounts();

    /** A user who may own accounts, in the store {@link #newAccounts()} returned last. */
    protected abstract UserId newOwner(String name);

    /** Calls on own accounts, in the store {@link #newAccounts()} returned last. */
    protected abstract AccountCalls calls();

    /** OAuth grants, in the store {@link #newAccounts()} returned last. */
    protected abstract OAuthGrants grants();

    @BeforeEach
    void createAccounts() {
        accounts = newAccounts();
    }

    private static ProviderAccount account(String name) {
        return new ProviderAccount(new AccountId(UUID.randomUUID()), Platform.QIANFAN, name,
                "https://qianfan.example/v2", Set.of("ernie-4.0", "ernie-speed"), 1_000_000, 3,
                AccountHealth.ENABLED, Map.of("appid", "app-1", "region", "bj"));
    }

    private static ProviderAccount owned(String name, UserId owner) {
        return new ProviderAccount(new AccountId(UUID.randomUUID()), Platform.DASHSCOPE, name,
                "https://dashscope.example/v1", Set.of("qwen-plus"), 1_000_000, 1, AccountHealth.ENABLED, Map.of(),
                Optional.of(owner));
    }

    private static AccountCall callOn(ProviderAccount account, UserId user) {
        return new AccountCall("r-" + account.name(), Optional.of(user), account.id(), "qwen-plus", 10, 5, false, 100,
                AccountCall.Outcome.OK, Optional.empty(), T0, LocalDate.of(2025, 3, 1), new CallSummary("hi", "hello", ""));
    }

    private static SealedCredential sealed(String keyId, int... bytes) {
        byte[] sealed = new byte[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            sealed[i] = (byte) bytes[i];
        }
        return new SealedCredential(keyId, sealed);
    }

    @Test
    void anAddedAccountIsFoundWithItsSettingsAndItsSealedCredential() {
        ProviderAccount account = account("main");

        accounts.add(account, sealed("k1", 1, 2, 3));

        assertEquals(Optional.of(account), accounts.byId(account.id()));
        SealedCredential stored = accounts.credential(account.id()).orElseThrow();
        assertEquals("k1", stored.keyId());
        assertArrayEquals(new byte[] {1, 2, 3}, stored.sealed());
        assertEquals(Optional.empty(), accounts.byId(new AccountId(UUID.randomUUID())));
    }

    @Test
    void anAccountWithTheSameIdIsRefused() {
        ProviderAccount account = account("main");
        accounts.add(account, sealed("k1", 1));

        assertThrows(IllegalStateException.class, () -> accounts.add(account, sealed("k1", 2)));
    }

    @Test
    void allAccountsAreListedInTheOrderTheyWereAdded() {
        ProviderAccount first = account("first");
        ProviderAccount second = account("second");
        accounts.add(first, sealed("k1", 1));
        accounts.add(second, sealed("k1", 2));

        assertEquals(List.of(first, second), accounts.all());
    }

    @Test
    void anUpdateReplacesSettingsAndHealth() {
        ProviderAccount account = account("main");
        accounts.add(account, sealed("k1", 1));
        ProviderAccount changed = new ProviderAccount(account.id(), Platform.GLM, "renamed", "http://127.0.0.1:9/v4",
                Set.of("glm-4"), 0, 1000, new AccountHealth(AccountStatus.COOLING_DOWN, "429",
                Optional.of(T0.plusSeconds(30)), 2, 0), Map.of());

        assertTrue(accounts.update(changed));

        assertEquals(Optional.of(changed), accounts.byId(account.id()));
        assertFalse(accounts.update(account("stranger")));
    }

    @Test
    void healthIsSavedOnItsOwn() {
        ProviderAccount account = account("main");
        accounts.add(account, sealed("k1", 1));
        AccountHealth suspended = new AccountHealth(AccountStatus.SUSPENDED, "quota", Optional.of(T0), 1, 3);

        assertTrue(accounts.saveHealth(account.id(), suspended));

        assertEquals(Optional.of(account.withHealth(suspended)), accounts.byId(account.id()));
        assertFalse(accounts.saveHealth(new AccountId(UUID.randomUUID()), suspended));
    }

    @Test
    void aCredentialIsReplacedOnlyForAnExistingAccount() {
        ProviderAccount account = account("main");
        accounts.add(account, sealed("k1", 1));

        assertTrue(accounts.replaceCredential(account.id(), sealed("k2", 9, 9)));

        assertEquals("k2", accounts.credential(account.id()).orElseThrow().keyId());
        assertFalse(accounts.replaceCredential(new AccountId(UUID.randomUUID()), sealed("k2", 1)));
    }

    @Test
    void aConditionalReplaceHappensOnlyWhileTheCredentialIsUnchanged() {
        ProviderAccount account = account("conditional");
        accounts.add(account, sealed("k1", 1, 2));

        assertFalse(accounts.replaceCredentialIf(account.id(), sealed("k1", 1, 3), sealed("k2", 7)), "changed since it was read");
        assertTrue(accounts.replaceCredentialIf(account.id(), sealed("k1", 1, 2), sealed("k2", 7)));
        assertFalse(accounts.replaceCredentialIf(account.id(), sealed("k1", 1, 2), sealed("k3", 8)), "already replaced");

        assertEquals("k2", accounts.credential(account.id()).orElseThrow().keyId());
        assertFalse(accounts.replaceCredentialIf(new AccountId(UUID.randomUUID()), sealed("k1", 1), sealed("k2", 1)));
    }

    @Test
    void aDeletedAccountTakesItsCredentialAlong() {
        ProviderAccount account = account("main");
        accounts.add(account, sealed("k1", 1));

        assertTrue(accounts.delete(account.id()));

        assertEquals(Optional.empty(), accounts.byId(account.id()));
        assertEquals(Optional.empty(), accounts.credential(account.id()));
        assertFalse(accounts.delete(account.id()));
    }

    @Test
    void aDayWithoutSettlementsHasNoTokensUsed() {
        accounts.add(account("main"), sealed("k1", 1));

        assertEquals(Map.of(), accounts.tokensUsedOn(LocalDate.of(2025, 3, 1)));
    }

    @Test
    void anOwnedAccountIsListedOnlyForItsOwnerOldestFirst() {
        UserId alice = newOwner("alice");
        UserId bob = newOwner("bob");
        ProviderAccount first = owned("alice first", alice);
        ProviderAccount bobs = owned("bob's", bob);
        ProviderAccount second = owned("alice second", alice);
        accounts.add(first, sealed("k1", 1));
        accounts.add(bobs, sealed("k1", 2));
        accounts.add(second, sealed("k1", 3));
        accounts.add(account("system pool"), sealed("k1", 4));

        assertEquals(List.of(first, second), accounts.ownedBy(alice));
        assertEquals(List.of(bobs), accounts.ownedBy(bob));
        assertEquals(List.of(), accounts.ownedBy(newOwner("carol")));
        assertEquals(Optional.of(alice), accounts.byId(first.id()).orElseThrow().owner());
    }

    @Test
    void anOwnedAccountKeepsItsOwnerThroughAnUpdate() {
        UserId alice = newOwner("alice");
        ProviderAccount account = owned("mine", alice);
        accounts.add(account, sealed("k1", 1));
        ProviderAccount renamed = new ProviderAccount(account.id(), account.platform(), "renamed", account.baseUrl(),
                account.models(), 5_000, 1, AccountHealth.disabledByAdmin("disabled by its owner"), Map.of(), account.owner());

        assertTrue(accounts.update(renamed));

        assertEquals(Optional.of(renamed), accounts.byId(account.id()));
        assertEquals(List.of(renamed), accounts.ownedBy(alice));
    }

    @Test
    void deletingAnOwnedAccountRemovesItsUsageRecords() {
        UserId alice = newOwner("alice");
        ProviderAccount account = owned("mine", alice);
        ProviderAccount kept = owned("kept", alice);
        accounts.add(account, sealed("k1", 1));
        accounts.add(kept, sealed("k1", 2));
        AccountCalls calls = calls();
        calls.record(callOn(account, alice));
        calls.record(callOn(kept, alice));

        assertTrue(accounts.delete(account.id()));

        assertEquals(List.of(), calls.page(account.id(), 0, 10));
        assertEquals(1, calls.page(kept.id(), 0, 10).size(), "another account's records went too");
    }

    @Test
    void deletingAnOwnedAccountRemovesItsGrant() {
        ProviderAccount account = owned("mine", newOwner("alice"));
        ProviderAccount kept = owned("kept", newOwner("bob"));
        accounts.add(account, sealed("k1", 1));
        accounts.add(kept, sealed("k1", 2));
        OAuthGrants grants = grants();
        grants.save(new OAuthGrant(account.id(), Optional.of(sealed("k1", 9)), Optional.of(T0), Optional.empty(), ""));
        grants.save(new OAuthGrant(kept.id(), Optional.empty(), Optional.of(T0), Optional.empty(), ""));

        assertTrue(accounts.delete(account.id()));

        assertEquals(Optional.empty(), grants.of(account.id()));
        assertTrue(grants.of(kept.id()).isPresent(), "another account's grant went too");
    }
}
