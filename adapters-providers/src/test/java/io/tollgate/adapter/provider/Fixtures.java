package io.tollgate.adapter.provider;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.tollgate.adapter.provider.glm.GlmAuthorization;
import io.tollgate.adapter.provider.memfit.MemfitClient;
import io.tollgate.adapter.provider.memfit.MemfitSecretFetcher;
import io.tollgate.adapter.provider.memfit.MemfitSecrets;
import io.tollgate.adapter.provider.openai.OpenAiCompatibleProvider;
import io.tollgate.adapter.provider.transport.Timeouts;
import io.tollgate.adapter.provider.transport.Watchdogs;
import io.tollgate.domain.account.AccountHealth;
import io.tollgate.domain.account.AccountId;
import io.tollgate.domain.account.Platform;
import io.tollgate.domain.account.ProviderAccount;
import io.tollgate.domain.relay.StreamEvent;
import io.tollgate.domain.relay.kind.ModelKind;
import io.tollgate.domain.relay.UpstreamRequest;
import io.tollgate.domain.relay.UpstreamResult;
import io.tollgate.domain.relay.UpstreamStream;
import io.tollgate.domain.totp.MemfitModels;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Accounts, requests and a provider pointed at a fake platform. */
public final class Fixtures {

    public static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    public static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    public static final String BODY = "{\"model\":\"gpt-x\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}],\"temperature\":0.70,\"user\":\"u-1\"}";

    private Fixtures() {}

    public static ProviderAccount account(Platform platform, String baseUrl, Map<String, String> options) {
        return new ProviderAccount(new AccountId(UUID.nameUUIDFromBytes(platform.name().getBytes(StandardCharsets.UTF_8))),
                platform, "test " + platform.wireName(), baseUrl, Set.of("gpt-x"), 0, 1, AccountHealth.ENABLED, options);
    }

    public static UpstreamRequest request(Platform platform, String baseUrl, boolean stream, Map<String, String> options) {
        return new UpstreamRequest(account(platform, baseUrl, options), "sk-test-credential-123", "upstream-model",
                BODY.getBytes(StandardCharsets.UTF_8), stream);
    }

    /** A call to a model of {@code kind} with this JSON body. */
    public static UpstreamRequest request(Platform platform, String baseUrl, ModelKind kind, String body) {
        return new UpstreamRequest(account(platform, baseUrl, Map.of()), "sk-test-credential-123", "upstream-model",
                body.getBytes(StandardCharsets.UTF_8), false, java.util.OptionalLong.empty(),
                io.tollgate.domain.relay.AttemptLimits.NONE, kind, UpstreamRequest.JSON);
    }

    public static UpstreamRequest request(Platform platform, String baseUrl, boolean stream) {
        return request(platform, baseUrl, stream, Map.of());
    }

    public static OpenAiCompatibleProvider provider() {
        return provider(CLOCK);
    }

    public static OpenAiCompatibleProvider provider(Clock clock) {
        return new OpenAiCompatibleProvider(Timeouts.DEFAULTS, clock, Watchdogs.timer(), new MemfitClient(MemfitModels.DEFAULT,
                new MemfitSecrets(new MemoryUpstreamTotpSecrets(), new MemfitSecretFetcher(Timeouts.DEFAULTS.connect())), clock),
                new GlmAuthorization(clock));
    }

    public static List<StreamEvent> drain(UpstreamResult result) {
        UpstreamStream stream = assertInstanceOf(UpstreamResult.Streaming.class, result).stream();
        List<StreamEvent> events = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            StreamEvent event = stream.next();
            events.add(event);
            if (!(event instanceof StreamEvent.Data)) {
                break;
            }
        }
        return events;
    }

    public static String text(StreamEvent event) {
        return new String(assertInstanceOf(StreamEvent.Data.class, event).bytes(), StandardCharsets.UTF_8);
    }
}
