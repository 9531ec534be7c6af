package io.tollgate.application.account;

import static io.tollgate.application.account.OAuthFixture.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tollgate.domain.account.AccountStatus;
import io.tollgate.domain.account.ProviderAccount;
import io.tollgate.domain.account.oauth.OAuthGrant;
import io.tollgate.domain.account.oauth.TokenReply;
import io.tollgate.domain.identity.UserId;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RenewCredentialsTest {

    private static final Duration AHEAD = Duration.ofMinutes(5);

    private final OAuthFixture fixture = new OAuthFixture();
    private final RenewCredentials renew = fixture.renewCredentials(AHEAD);
    private final UserId owner = OAuthFixture.newUser();

    private static TokenReply.Issued issued(String access, Optional<String> refresh) {
        return new TokenReply.Issued(access, refresh, Optional.of(Duration.ofHours(1)));
    }

    @Test
    void renewDueRenewsOnlyTokensExpiringWithinAhead() {
        ProviderAccount soon = fixture.oauthAccount(owner, "access-soon", "refresh-soon", T0.plus(Duration.ofMinutes(3)));
        ProviderAccount later = fixture.oauthAccount(owner, "access-later", "refresh-later", T0.plus(Duration.ofMinutes(6)));
        fixture.tokens.willReply(issued("access-new", Optional.of("refresh-new")));

        assertEquals(1, renew.renewDue());

        assertEquals(List.of("refresh-soon"), fixture.tokens.refreshes());
        assertEquals("access-new", fixture.credentialOf(soon.id()));
        OAuthGrant grant = fixture.grants.of(soon.id()).orElseThrow();
        assertEquals("refresh-new", fixture.cipher.open(soon.id(), grant.refreshToken().orElseThrow()));
        assertEquals(Optional.of(T0.plus(Duration.ofHours(1))), grant.accessExpiresAt());
        assertEquals(Optional.of(T0), grant.refreshedAt());
        assertEquals("access-later", fixture.credentialOf(later.id()));
    }

    @Test
    void aRenewalWithoutANewRefreshTokenKeepsTheOldOne() {
        ProviderAccount account = fixture.oauthAccount(owner, "access-1", "refresh-1", T0.plusSeconds(60));
        fixture.tokens.willReply(issued("access-2", Optional.empty()));

        assertEquals(Optional.of("access-2"), renew.renewNow(account.id(), "access-1"));

        OAuthGrant grant = fixture.grants.of(account.id()).orElseThrow();
        assertEquals("refresh-1", fixture.cipher.open(account.id(), grant.refreshToken().orElseThrow()));
    }

    @Test
    void aStaleRefusedTokenGetsTheAlreadyRenewedOneWithoutCallingTheEndpoint() {
        ProviderAccount account = fixture.oauthAccount(owner, "access-1", "refresh-1", T0.plusSeconds(60));
        fixture.tokens.willReply(issued("access-2", Optional.of("refresh-2")));
        assertEquals(Optional.of("access-2"), renew.renewNow(account.id(), "access-1"));

        assertEquals(Optional.of("access-2"), renew.renewNow(account.id(), "access-1"));

        assertEquals(List.of("refresh-1"), fixture.tokens.refreshes(), "the second refusal renewed again");
    }

    @Test
    void aRefusedRefreshMarksTheAccountExpiredWithThePlatformsReason() {
        ProviderAccount account = fixture.oauthAccount(owner, "access-1", "refresh-1", T0.plusSeconds(60));
        fixture.tokens.willReply(new TokenReply.Refused("invalid_grant", "consent revoked"));

        assertEquals(Optional.empty(), renew.renewNow(account.id(), "access-1"));

        ProviderAccount after = fixture.accounts.byId(account.id()).orElseThrow();
        assertEquals(AccountStatus.EXPIRED, after.health().status());
        assertTrue(after.health().reason().contains("invalid_grant"), after.health().reason());
        assertTrue(after.health().reason().contains("consent revoked"), after.health().reason());
        assertTrue(fixture.grants.of(account.id()).orElseThrow().lastError().contains("invalid_grant"));
        assertEquals(Optional.empty(), renew.renewNow(account.id(), "access-1"), "an expired account is not renewed");
        assertEquals(1, fixture.tokens.refreshes().size());
    }

    @Test
    void anUnreachableEndpointKeepsTheAccountEnabledAndRecordsTheError() {
        ProviderAccount account = fixture.oauthAccount(owner, "access-1", "refresh-1", T0.plusSeconds(60));
        fixture.tokens.willReply(new TokenReply.Unreachable("connect timed out"));

        assertEquals(0, renew.renewDue());

        assertEquals(AccountStatus.ENABLED, fixture.accounts.byId(account.id()).orElseThrow().health().status());
        OAuthGrant grant = fixture.grants.of(account.id()).orElseThrow();
        assertTrue(grant.lastError().contains("connect timed out"), grant.lastError());
        assertEquals("refresh-1", fixture.cipher.open(account.id(), grant.refreshToken().orElseThrow()));
        assertEquals(Optional.of(T0.plusSeconds(60)), grant.accessExpiresAt());
        assertEquals("access-1", fixture.credentialOf(account.id()));
    }

    @Test
    void whileAnotherNodeRenewsTheTimerSkipsAndARefusedCallTakesThatNodesToken() {
        ProviderAccount account = fixture.oauthAccount(owner, "access-1", "refresh-1", T0.plusSeconds(60));
        assertTrue(fixture.grants.claimRenewal(account.id(), T0, T0.plusSeconds(20)), "another node claims it");

        assertEquals(0, renew.renewDue());
        fixture.accounts.replaceCredential(account.id(), fixture.cipher.seal(account.id(), "access-from-the-other-node"));

        assertEquals(Optional.of("access-from-the-other-node"), renew.renewNow(account.id(), "access-1"));
        assertEquals(List.of(), fixture.tokens.refreshes(), "this node never spent the refresh token");
    }

    @Test
    void withoutAGrantThereIsNothingToRenewAndTheAnswerComesAtOnce() {
        ProviderAccount noGrant = fixture.oauthAccount(owner, "access-2", "refresh-2", T0.plusSeconds(60));
        fixture.accounts.delete(noGrant.id());
        long started = System.nanoTime();

        assertEquals(Optional.empty(), renew.renewNow(noGrant.id(), "access-2"));

        assertTrue(System.nanoTime() - started < java.time.Duration.ofSeconds(2).toNanos(), "no wait for another node");
        assertEquals(List.of(), fixture.tokens.refreshes());
    }
}
