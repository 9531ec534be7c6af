package io.tollgate.application.relay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tollgate.application.account.OAuthSettings;
import io.tollgate.application.account.RenewCredentials;
import io.tollgate.application.fakes.FakeCredentialCipher;
import io.tollgate.application.fakes.FakeOAuthTokenEndpoint;
import io.tollgate.application.fakes.InMemoryOAuthGrants;
import io.tollgate.domain.account.AccountHealth;
import io.tollgate.domain.account.AccountId;
import io.tollgate.domain.account.Platform;
import io.tollgate.domain.account.ProviderAccount;
import io.tollgate.domain.identity.UserId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Checking an account with a one-token call: users their own, admins any account, the system pool's included. */
class CheckAccountTest {

    /** A probe whose verdicts the test sets per account; VALID otherwise. It records whom it was asked about. */
    private static final class ScriptedProbe implements AccountProbe {
        final List<AccountId> calls = new ArrayList<>();
        final Map<AccountId, CheckAccount.Result> verdicts = new HashMap<>();

        @Override
        public CheckAccount.Result probe(ProviderAccount account, String credential) {
            calls.add(account.id());
            return verdicts.getOrDefault(account.id(), new CheckAccount.Result(CheckAccount.Verdict.VALID, "the platform answered"));
        }
    }

    private final RelayFixture fixture = new RelayFixture();
    private final FakeCredentialCipher cipher = new FakeCredentialCipher();
    private final ScriptedProbe probe = new ScriptedProbe();
    private final CheckAccount check = new CheckAccount(fixture.accounts, cipher, probe,
            new RenewCredentials(fixture.accounts, new InMemoryOAuthGrants(fixture.accounts), new FakeOAuthTokenEndpoint(), cipher,
                    fixture.pool, new OAuthSettings(Map.of(), "https://tollgate.example/cb", Map.of()), fixture.clock, Duration.ofMinutes(10)), fixture.audit);

    private ProviderAccount owned(UserId owner) {
        AccountId id = new AccountId(UUID.randomUUID());
        ProviderAccount account = new ProviderAccount(id, Platform.OPENAI, "bound", "http://127.0.0.1:1/v1", Set.of(RelayFixture.MODEL),
                1000, 1, AccountHealth.ENABLED, Map.of(), Optional.of(owner));
        fixture.accounts.add(account, cipher.seal(id, "sk-own"));
        return account;
    }

    @Test
    void anAdminChecksASystemPoolAccountWithOneRealCall() {
        ProviderAccount pooled = fixture.account("pooled", 1000);

        Optional<CheckAccount.Result> result = check.checkAny(pooled.id(), "test");

        assertEquals(CheckAccount.Verdict.VALID, result.orElseThrow().verdict());
        assertEquals(List.of(pooled.id()), probe.calls);
    }

    @Test
    void aRefusedSystemPoolKeyIsExpiredWithoutTryingToRenewIt() {
        ProviderAccount pooled = fixture.account("pooled", 1000);
        probe.verdicts.put(pooled.id(), new CheckAccount.Result(CheckAccount.Verdict.EXPIRED, "invalid api key"));

        long start = System.nanoTime();
        CheckAccount.Result result = check.checkAny(pooled.id(), "test").orElseThrow();

        assertEquals(CheckAccount.Verdict.EXPIRED, result.verdict());
        assertEquals("invalid api key", result.detail());
        assertEquals(1, probe.calls.size());
        assertTrue(System.nanoTime() - start < Duration.ofSeconds(2).toNanos(), "no wait for a renewal that cannot come");
    }

    @Test
    void outOfQuotaAndUnreachableAreTheProbesVerdictsAsTheyCame() {
        ProviderAccount full = fixture.account("full", 1000);
        ProviderAccount down = fixture.account("down", 1000);
        probe.verdicts.put(full.id(), new CheckAccount.Result(CheckAccount.Verdict.QUOTA_EXHAUSTED, "insufficient_quota"));
        probe.verdicts.put(down.id(), new CheckAccount.Result(CheckAccount.Verdict.UNREACHABLE, "overloaded"));

        assertEquals(CheckAccount.Verdict.QUOTA_EXHAUSTED, check.checkAny(full.id(), "test").orElseThrow().verdict());
        assertEquals(CheckAccount.Verdict.UNREACHABLE, check.checkAny(down.id(), "test").orElseThrow().verdict());
    }

    @Test
    void anAdminChecksAUsersAccountWhichOnlyItsOwnerMayCheckOtherwise() {
        UserId owner = new UserId(UUID.randomUUID());
        ProviderAccount bound = owned(owner);

        assertEquals(CheckAccount.Verdict.VALID, check.checkAny(bound.id(), "test").orElseThrow().verdict());
        assertEquals(CheckAccount.Verdict.VALID, check.check(owner, bound.id()).orElseThrow().verdict());
        assertEquals(Optional.empty(), check.check(new UserId(UUID.randomUUID()), bound.id()));
    }

    @Test
    void aMissingAccountHasNoVerdictAndNothingIsCalled() {
        assertEquals(Optional.empty(), check.checkAny(new AccountId(UUID.randomUUID()), "test"));
        assertTrue(probe.calls.isEmpty());
    }
}
