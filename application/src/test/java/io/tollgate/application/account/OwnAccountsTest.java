package io.tollgate.application.account;

import static io.tollgate.application.account.OAuthFixture.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tollgate.domain.account.AccountCall;
import io.tollgate.domain.account.AccountHealth;
import io.tollgate.domain.account.AccountStatus;
import io.tollgate.domain.account.CallSummary;
import io.tollgate.domain.account.ProviderAccount;
import io.tollgate.domain.identity.UserId;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OwnAccountsTest {

    private final OAuthFixture fixture = new OAuthFixture();
    private final OwnAccounts own = fixture.ownAccounts();
    private final UserId alice = OAuthFixture.newUser();
    private final UserId bob = OAuthFixture.newUser();

    private static OwnAccounts.Edit enable(boolean on) {
        return new OwnAccounts.Edit(Optional.empty(), Optional.of(on), Optional.empty());
    }

    @Test
    void anotherOwnersAccountIsReportedLikeAMissingOneEverywhere() {
        ProviderAccount alices = fixture.oauthAccount(alice, "access-1", "refresh-1", T0.plusSeconds(3600));
        fixture.calls.record(new AccountCall("r-1", Optional.of(alice), alices.id(), "qwen-plus", 1, 1, false, 10,
                AccountCall.Outcome.OK, Optional.empty(), T0, LocalDate.of(2025, 3, 1), new CallSummary("hi", "yo", "")));

        assertEquals(List.of(), own.list(bob, Optional.empty()));
        assertEquals(Optional.empty(), own.get(bob, alices.id()));
        assertEquals(Optional.empty(), own.owned(bob, alices.id()));
        assertEquals(Optional.empty(), own.usage(bob, alices.id(), 0, 10));
        assertEquals(Optional.empty(), own.edit(bob, alices.id(),
                new OwnAccounts.Edit(Optional.of("stolen"), Optional.of(false), Optional.of(1L))));
        assertFalse(own.delete(bob, alices.id()));

        assertEquals(Optional.of(alices), fixture.accounts.byId(alices.id()), "bob changed alice's account");
        assertEquals(1, own.usage(alice, alices.id(), 0, 10).orElseThrow().size());
        assertEquals(1, own.list(alice, Optional.empty()).size());
    }

    @Test
    void anExpiredAccountCannotBeReEnabledByAnEditNorByDisablingItFirst() {
        ProviderAccount account = fixture.oauthAccount(alice, "access-1", "refresh-1", T0.plusSeconds(3600));
        fixture.accounts.saveHealth(account.id(), AccountHealth.expired("refresh refused: invalid_grant"));

        own.edit(alice, account.id(), enable(false));
        OwnAccountView view = own.edit(alice, account.id(), enable(true)).orElseThrow();

        assertEquals(AccountStatus.EXPIRED, view.account().health().status());
        assertEquals(AccountStatus.EXPIRED, fixture.accounts.byId(account.id()).orElseThrow().health().status());
    }

    @Test
    void anOwnerRenamesAndSwitchesOffTheirAccount() {
        ProviderAccount account = fixture.oauthAccount(alice, "access-1", "refresh-1", T0.plusSeconds(3600));

        OwnAccountView view = own.edit(alice, account.id(),
                new OwnAccounts.Edit(Optional.of(" renamed "), Optional.of(false), Optional.of(42L))).orElseThrow();

        assertEquals("renamed", view.account().name());
        assertEquals(42, view.account().dailyTokenQuota());
        assertEquals(AccountStatus.DISABLED, view.account().health().status());
        assertEquals(Optional.of(alice), view.account().owner());
        assertEquals("oauth2", view.binding());
    }

    @Test
    void anOwnerDeletesTheirAccountWithItsCallsAndGrant() {
        ProviderAccount account = fixture.oauthAccount(alice, "access-1", "refresh-1", T0.plusSeconds(3600));
        fixture.calls.record(new AccountCall("r-1", Optional.of(alice), account.id(), "qwen-plus", 1, 1, false, 10,
                AccountCall.Outcome.OK, Optional.empty(), T0, LocalDate.of(2025, 3, 1), new CallSummary("hi", "yo", "")));

        assertTrue(own.delete(alice, account.id()));

        assertEquals(Optional.empty(), own.get(alice, account.id()));
        assertEquals(List.of(), fixture.calls.page(account.id(), 0, 10));
        assertEquals(Optional.empty(), fixture.grants.of(account.id()));
    }
}
