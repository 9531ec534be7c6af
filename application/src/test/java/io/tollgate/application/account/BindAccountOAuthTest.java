package io.tollgate.application.account;

import static io.tollgate.application.account.OAuthFixture.DASHSCOPE_CLIENT;
import static io.tollgate.application.account.OAuthFixture.REDIRECT_URI;
import static io.tollgate.application.account.OAuthFixture.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tollgate.application.fakes.FakeOAuthTokenEndpoint;
import io.tollgate.domain.account.Binding;
import io.tollgate.domain.account.Platform;
import io.tollgate.domain.account.ProviderAccount;
import io.tollgate.domain.account.oauth.OAuthGrant;
import io.tollgate.domain.account.oauth.Pkce;
import io.tollgate.domain.account.oauth.TokenReply;
import io.tollgate.domain.identity.UserId;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class BindAccountOAuthTest {

    private final OAuthFixture fixture = new OAuthFixture();
    private final BindAccount bind = fixture.bindAccount();
    private final UserId owner = OAuthFixture.newUser();

    private String startAndGetState() {
        var started = (BindOutcome.AuthorizationStarted) bind.authorize(
                new BindAccount.Request(owner, "dashscope", "my qwen", OptionalLong.empty()));
        return QueryParameters.of(started.authorizationUrl()).get("state");
    }

    private static TokenReply.Issued issued() {
        return new TokenReply.Issued("access-1", Optional.of("refresh-1"), Optional.of(Duration.ofHours(2)));
    }

    @Test
    void authorizeKeepsThePendingAuthorizationUnderTheStatesHashWithASealedVerifierAndAnS256Challenge() {
        var started = assertInstanceOf(BindOutcome.AuthorizationStarted.class,
                bind.authorize(new BindAccount.Request(owner, "qwen", " my qwen ", OptionalLong.of(5_000))));
        Map<String, String> query = QueryParameters.of(started.authorizationUrl());

        assertTrue(started.authorizationUrl().startsWith(DASHSCOPE_CLIENT.authorizeUrl() + "?"), started.authorizationUrl());
        assertEquals("code", query.get("response_type"));
        assertEquals("tollgate-app", query.get("client_id"));
        assertEquals(REDIRECT_URI, query.get("redirect_uri"));
        assertEquals("chat offline", query.get("scope"));
        assertEquals("S256", query.get("code_challenge_method"));
        assertEquals(T0.plus(BindAccount.AUTHORIZATION_LIFETIME), started.expiresAt());

        PendingAuthorization pending = fixture.pending.take(Pkce.hash(query.get("state"))).orElseThrow();
        assertEquals(owner, pending.owner());
        assertEquals(Platform.DASHSCOPE, pending.platform());
        assertEquals("my qwen", pending.accountName());
        assertEquals(5_000, pending.dailyTokenQuota());
        assertEquals(fixture.cipher.currentKeyId(), pending.codeVerifier().keyId());
        String verifier = fixture.cipher.open(pending.account(), pending.codeVerifier());
        assertEquals(Pkce.challenge(verifier), query.get("code_challenge"));
        assertEquals(43, verifier.length());
    }

    @Test
    void aStateNeverIssuedOrAlreadyUsedIsUnknown() {
        String state = startAndGetState();
        fixture.tokens.willReply(issued());

        assertInstanceOf(BindOutcome.UnknownState.class, bind.complete("never-issued", "code-1"));
        assertInstanceOf(BindOutcome.UnknownState.class, bind.complete("", "code-1"));
        assertInstanceOf(BindOutcome.Bound.class, bind.complete(state, "code-1"));
        assertInstanceOf(BindOutcome.UnknownState.class, bind.complete(state, "code-1"));
        assertEquals(1, fixture.accounts.all().size());
    }

    @Test
    void anAuthorizationCompletedTenMinutesLaterHasExpiredAndCallsNoEndpoint() {
        String state = startAndGetState();
        fixture.clock.advance(Duration.ofMinutes(10));

        assertInstanceOf(BindOutcome.AuthorizationExpired.class, bind.complete(state, "code-1"));

        assertEquals(List.of(), fixture.tokens.exchanges());
        assertEquals(List.of(), fixture.accounts.all());
    }

    @Test
    void anAuthorizationCompletedJustInsideTenMinutesStillBinds() {
        String state = startAndGetState();
        fixture.clock.advance(Duration.ofMinutes(10).minusSeconds(1));
        fixture.tokens.willReply(issued());

        assertInstanceOf(BindOutcome.Bound.class, bind.complete(state, "code-1"));
    }

    @Test
    void aCodeThePlatformRefusesCreatesNoAccount() {
        String state = startAndGetState();
        fixture.tokens.willReply(new TokenReply.Refused("invalid_grant", "code expired"));

        var refused = assertInstanceOf(BindOutcome.Refused.class, bind.complete(state, "bad-code"));

        assertTrue(refused.reason().contains("invalid_grant"), refused.reason());
        assertEquals(List.of(), fixture.accounts.all());
        assertEquals(List.of(), fixture.grants.all());
    }

    @Test
    void aGrantedCodeCreatesAnOwnedAccountWithTheFreeQuotaAndTheRefreshTokenSealed() {
        String state = startAndGetState();
        fixture.clock.advance(Duration.ofMinutes(1));
        fixture.tokens.willReply(issued());

        ProviderAccount account = assertInstanceOf(BindOutcome.Bound.class, bind.complete(state, "code-1")).account();

        assertEquals(Optional.of(owner), account.owner());
        assertEquals(1_000_000, account.dailyTokenQuota(), "DashScope's free daily tokens");
        assertEquals(DASHSCOPE_CLIENT.apiBaseUrl(), account.baseUrl());
        assertEquals(List.of(account), fixture.accounts.ownedBy(owner));
        assertEquals("access-1", fixture.credentialOf(account.id()));
        OAuthGrant grant = fixture.grants.of(account.id()).orElseThrow();
        assertEquals(fixture.cipher.currentKeyId(), grant.refreshToken().orElseThrow().keyId());
        assertEquals("refresh-1", fixture.cipher.open(account.id(), grant.refreshToken().orElseThrow()));
        assertEquals(Optional.of(T0.plus(Duration.ofMinutes(1)).plus(Duration.ofHours(2))), grant.accessExpiresAt());
        FakeOAuthTokenEndpoint.Exchange exchange = fixture.tokens.exchanges().get(0);
        assertEquals("code-1", exchange.code());
        assertEquals(REDIRECT_URI, exchange.redirectUri());
        assertEquals(43, exchange.codeVerifier().length());
    }

    @Test
    void aPlatformWithoutAnOAuthClientAsksForCredentialsAndStartsNothing() {
        var needed = assertInstanceOf(BindOutcome.CredentialsNeeded.class,
                bind.authorize(new BindAccount.Request(owner, "openai", "my gpt", OptionalLong.empty())));

        assertEquals(Platform.OPENAI, needed.platform());
        assertEquals(Binding.API_KEY, needed.binding());
        assertEquals(0, fixture.pending.size());
    }

    @Test
    void anAuthorizationStartedUnderAMasterKeyRetiredSinceHasExpiredRatherThanFailing() {
        String state = startAndGetState();
        BindAccount afterRotation = new BindAccount(fixture.accounts, fixture.pending, fixture.grants, fixture.tokens,
                new io.tollgate.application.fakes.FakeCredentialCipher("fake-2"), fixture.pool, fixture.settings, fixture.clock);

        assertEquals(new BindOutcome.AuthorizationExpired(), afterRotation.complete(state, "code-1"));
        assertEquals(List.of(), fixture.tokens.exchanges());
    }
}
