package io.tollgate.application.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.tollgate.domain.account.Platform;
import io.tollgate.domain.account.ProviderAccount;
import io.tollgate.domain.identity.UserId;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class BindWithKeyTest {

    private final OAuthFixture fixture = new OAuthFixture();
    private final BindAccount bind = fixture.bindAccount();
    private final UserId owner = OAuthFixture.newUser();

    private BindOutcome bindWith(String platform, String name, OptionalLong quota, String key) {
        return bind.bindWithKey(new BindAccount.Request(owner, platform, name, quota), key);
    }

    @Test
    void aValidKeyBindsAnOwnedAccountWithTheKeySealed() {
        ProviderAccount account = assertInstanceOf(BindOutcome.Bound.class,
                bindWith("openai", " my gpt ", OptionalLong.of(20_000), "  sk-user-key \n")).account();

        assertEquals(Platform.OPENAI, account.platform());
        assertEquals("my gpt", account.name());
        assertEquals(20_000, account.dailyTokenQuota());
        assertEquals(Optional.of(owner), account.owner());
        assertEquals(Platform.OPENAI.defaultBaseUrl(), account.baseUrl());
        assertEquals("sk-user-key", fixture.credentialOf(account.id()));
        assertEquals(fixture.cipher.currentKeyId(), fixture.accounts.credential(account.id()).orElseThrow().keyId());
    }

    @Test
    void withoutAQuotaTheAccountGetsThePlatformsFreeQuota() {
        ProviderAccount account = assertInstanceOf(BindOutcome.Bound.class,
                bindWith("qianfan", "ernie", OptionalLong.empty(), "key")).account();

        assertEquals(100_000, account.dailyTokenQuota());
    }

    @Test
    void anUnknownPlatformIsInvalid() {
        assertInstanceOf(BindOutcome.Invalid.class, bindWith("nowhere", "name", OptionalLong.empty(), "key"));
        assertInstanceOf(BindOutcome.Invalid.class, bindWith(null, "name", OptionalLong.empty(), "key"));
        assertEquals(List.of(), fixture.accounts.all());
    }

    @Test
    void aNameMustHave1To100Characters() {
        assertInstanceOf(BindOutcome.Invalid.class, bindWith("openai", "   ", OptionalLong.empty(), "key"));
        assertInstanceOf(BindOutcome.Invalid.class, bindWith("openai", null, OptionalLong.empty(), "key"));
        assertInstanceOf(BindOutcome.Invalid.class, bindWith("openai", "n".repeat(101), OptionalLong.empty(), "key"));
        assertInstanceOf(BindOutcome.Bound.class, bindWith("openai", "n".repeat(100), OptionalLong.empty(), "key"));
        assertEquals(1, fixture.accounts.all().size());
    }

    @Test
    void aNegativeQuotaIsInvalid() {
        assertInstanceOf(BindOutcome.Invalid.class, bindWith("openai", "gpt", OptionalLong.of(-1), "key"));
        assertEquals(List.of(), fixture.accounts.all());
    }

    @Test
    void theKeyMustHave1To4096Characters() {
        assertInstanceOf(BindOutcome.Invalid.class, bindWith("openai", "gpt", OptionalLong.empty(), " "));
        assertInstanceOf(BindOutcome.Invalid.class, bindWith("openai", "gpt", OptionalLong.empty(), null));
        assertInstanceOf(BindOutcome.Invalid.class, bindWith("openai", "gpt", OptionalLong.empty(), "k".repeat(4097)));
        assertEquals(List.of(), fixture.accounts.all());
    }
}
