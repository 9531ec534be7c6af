package io.tollgate.application.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.tollgate.application.fakes.FakeCredentialCipher;
import io.tollgate.application.fakes.InMemoryProviderAccounts;
import io.tollgate.domain.account.AccountHealth;
import io.tollgate.domain.account.AccountId;
import io.tollgate.domain.account.CredentialCipher;
import io.tollgate.domain.account.Platform;
import io.tollgate.domain.account.ProviderAccount;
import io.tollgate.domain.account.SealedCredential;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ResealCredentialsTest {

    private final InMemoryProviderAccounts accounts = new InMemoryProviderAccounts();
    private final FakeCredentialCipher oldKey = new FakeCredentialCipher("old");
    private final FakeCredentialCipher newKey = new FakeCredentialCipher("new");
    private final FakeCredentialCipher rotating = new FakeCredentialCipher("new", "old");

    @Test
    void credentialsUnderThePreviousKeyAreResealedUnderTheCurrentOneAndStillOpen() {
        AccountId first = add(oldKey, "sk-first");
        AccountId second = add(oldKey, "sk-second");

        assertEquals(new ResealCredentials.Outcome.Resealed(2), new ResealCredentials(accounts, rotating).run());

        assertEquals("new", sealed(first).keyId());
        assertEquals("sk-first", newKey.open(first, sealed(first)));
        assertEquals("sk-second", newKey.open(second, sealed(second)));
    }

    @Test
    void credentialsAlreadyUnderTheCurrentKeyAreLeftAsTheyAre() {
        AccountId current = add(newKey, "sk-current");
        AccountId stale = add(oldKey, "sk-stale");
        SealedCredential before = sealed(current);

        assertEquals(new ResealCredentials.Outcome.Resealed(1), new ResealCredentials(accounts, rotating).run());

        assertEquals(before, sealed(current), "the current value was rewritten");
        assertEquals("sk-stale", newKey.open(stale, sealed(stale)));
        assertEquals(new ResealCredentials.Outcome.Resealed(0), new ResealCredentials(accounts, rotating).run());
    }

    @Test
    void aCredentialUnderAKeyTheCipherDoesNotHoldStopsTheRunBeforeAnythingIsWritten() {
        AccountId stale = add(oldKey, "sk-stale");
        AccountId foreign = add(new FakeCredentialCipher("lost"), "sk-foreign");

        assertEquals(new ResealCredentials.Outcome.UnknownKey("lost", "new"), new ResealCredentials(accounts, rotating).run());

        assertEquals("old", sealed(stale).keyId());
        assertEquals("lost", sealed(foreign).keyId());
    }

    @Test
    void withoutThePreviousKeyTheOldCredentialsAreReportedNotOpened() {
        add(oldKey, "sk-stale");

        assertEquals(new ResealCredentials.Outcome.UnknownKey("old", "new"), new ResealCredentials(accounts, newKey).run());
        assertThrows(IllegalStateException.class, () -> newKey.open(accounts.all().get(0).id(),
                sealed(accounts.all().get(0).id())));
    }

    @Test
    void noAccountsIsNothingToDo() {
        assertEquals(new ResealCredentials.Outcome.Resealed(0), new ResealCredentials(accounts, rotating).run());
    }

    private AccountId add(CredentialCipher cipher, String credential) {
        AccountId id = new AccountId(UUID.randomUUID());
        accounts.add(new ProviderAccount(id, Platform.OPENAI, "acct-" + id, "http://127.0.0.1:1/v1", Set.of("gpt"), 1_000, 1,
                AccountHealth.ENABLED, Map.of()), cipher.seal(id, credential));
        return id;
    }

    private SealedCredential sealed(AccountId id) {
        return accounts.credential(id).orElseThrow();
    }
}
