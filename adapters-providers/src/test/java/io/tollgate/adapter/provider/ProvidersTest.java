package io.tollgate.adapter.provider;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tollgate.adapter.provider.anthropic.AnthropicProvider;
import io.tollgate.adapter.provider.dialect.DialectBridge;
import io.tollgate.adapter.provider.mock.MockProvider;
import io.tollgate.adapter.provider.openai.OpenAiCompatibleProvider;
import io.tollgate.adapter.provider.transport.Addresses;
import io.tollgate.domain.account.Platform;
import io.tollgate.domain.relay.ChatProvider;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProvidersTest {

    @Test
    void everyPlatformHasAProviderThatClaimsIt() {
        Map<Platform, ChatProvider> providers = Providers.create(Providers.tokenCounter(), java.time.Clock.systemUTC(),
                new MemoryUpstreamTotpSecrets(), io.tollgate.domain.totp.MemfitModels.DEFAULT, Addresses.OPEN);
        assertEquals(Platform.values().length, providers.size());
        providers.forEach((platform, provider) -> assertTrue(provider.platforms().contains(platform), platform.name()));
        assertTrue(bridged(providers, Platform.MOCK) instanceof MockProvider);
        assertTrue(bridged(providers, Platform.SPARK) instanceof OpenAiCompatibleProvider);
        assertTrue(bridged(providers, Platform.ANTHROPIC) instanceof AnthropicProvider);
    }

    @Test
    void theProvidersAndTheStoredResponsesReaderShareOneWatchdogThread() {
        long before = watchdogThreads();
        for (int node = 0; node < 2; node++) {
            Providers.create(Providers.tokenCounter(), java.time.Clock.systemUTC(), new MemoryUpstreamTotpSecrets(),
                    io.tollgate.domain.totp.MemfitModels.DEFAULT, Addresses.OPEN);
            Providers.storedResponses(java.time.Clock.systemUTC(), Addresses.OPEN);
        }
        // Each watchdog thread wakes every tick, busy or idle: one serves every platform call's waits.
        assertTrue(watchdogThreads() - before <= 1, "watchdog threads before " + before + ", after " + watchdogThreads());
    }

    private static long watchdogThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(thread -> thread.getName().equals("provider-stream-watchdog")).count();
    }

    private static ChatProvider bridged(Map<Platform, ChatProvider> providers, Platform platform) {
        return ((DialectBridge) providers.get(platform)).platform();
    }
}
