package io.tollgate.adapter.provider;

import io.tollgate.domain.account.AccountHealth;
import io.tollgate.domain.account.AccountId;
import io.tollgate.domain.account.Platform;
import io.tollgate.domain.account.ProviderAccount;
import io.tollgate.domain.relay.UpstreamRequest;
import io.tollgate.domain.totp.MemfitModels;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Accounts, requests and a provider pointed at a fake platform. */
final class Fixtures {

    static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    static final String BODY = "{\"model\":\"gpt-x\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}],\"temperature\":0.70,\"user\":\"u-1\"}";

    private Fixtures() {}

    static ProviderAccount account(Platform platform, String baseUrl, Map<String, String> options) {
        return new ProviderAccount(new AccountId(UUID.nameUUIDFromBytes(platform.name().getBytes(StandardCharsets.UTF_8))),
                platform, "test " + platform.wireName(), baseUrl, Set.of("gpt-x"), 0, 1, AccountHealth.ENABLED, options);
    }

    static UpstreamRequest request(Platform platform, String baseUrl, boolean stream, Map<String, String> options) {
        return new UpstreamRequest(account(platform, baseUrl, options), "sk-test-credential-123", "upstream-model",
                BODY.getBytes(StandardCharsets.UTF_8), stream);
    }

    static UpstreamRequest request(Platform platform, String baseUrl, boolean stream) {
        return request(platform, baseUrl, stream, Map.of());
    }

    static OpenAiCompatibleProvider provider() {
        return new OpenAiCompatibleProvider(Timeouts.DEFAULTS, CLOCK, Watchdogs.timer(), new MemfitClient(MemfitModels.DEFAULT,
                new MemfitSecrets(new MemoryUpstreamTotpSecrets(), new MemfitSecretFetcher(Timeouts.DEFAULTS.connect())), CLOCK),
                new GlmAuthorization(CLOCK));
    }
}
