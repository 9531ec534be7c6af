package io.tollgate.adapter.provider;

import io.tollgate.application.account.Reminders;
import io.tollgate.application.totp.UpstreamTotpSecrets;
import io.tollgate.domain.account.Platform;
import io.tollgate.domain.account.address.HostResolver;
import io.tollgate.domain.account.address.UpstreamAddressRule;
import io.tollgate.domain.account.oauth.OAuthTokenEndpoint;
import io.tollgate.domain.relay.ChatProvider;
import io.tollgate.domain.relay.TokenCounter;
import io.tollgate.domain.totp.MemfitModels;
import java.net.InetAddress;
import java.net.URI;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledThreadPoolExecutor;

/** The one entry point of the provider adapters: a chat provider for every platform, and the tokenizer. */
public final class Providers {

    /** The rule when none is given: private networks allowed, link-local and metadata addresses refused. */
    static final UpstreamAddressRule OPEN_ADDRESSES = new UpstreamAddressRule(false);

    private Providers() {}

    /**
     * A provider for each platform, sharing one HTTP client: the mock platform counts with {@code tokens}, the
     * clock dates GLM tokens and Retry-After deadlines, aibalance upstreams' memfit secrets live in {@code totpSecrets},
     * and no call connects to an address that {@code addresses} refuses.
     */
    public static Map<Platform, ChatProvider> create(TokenCounter tokens, Clock clock, UpstreamTotpSecrets totpSecrets,
                                                     MemfitModels memfitModels, UpstreamAddressRule addresses) {
        MemfitClient memfit = new MemfitClient(memfitModels,
                new MemfitSecrets(totpSecrets, new MemfitSecretFetcher(Timeouts.DEFAULTS.connect(), addresses)), clock);
        Map<Platform, ChatProvider> providers = new EnumMap<>(Platform.class);
        ScheduledThreadPoolExecutor timer = timer();
        for (ChatProvider provider : new ChatProvider[] {new OpenAiCompatibleProvider(Timeouts.DEFAULTS, addresses, clock, timer, memfit),
                new AnthropicProvider(Timeouts.DEFAULTS, addresses, clock, timer),
                new ErnieV1Provider(Timeouts.DEFAULTS, addresses, clock, timer),
                new DashScopeNativeProvider(Timeouts.DEFAULTS, addresses, clock, timer),
                new MockProvider(tokens)}) {
            provider.platforms().forEach(platform -> providers.put(platform, provider));
        }
        return Map.copyOf(providers);
    }

    /** Host names resolved by the system's resolver, for checking an account's base URL when it is saved. */
    public static HostResolver hostResolver() {
        return host -> List.of(InetAddress.getAllByName(host));
    }

    /** The client of platforms' OAuth 2.0 token endpoints. */
    public static OAuthTokenEndpoint oauthTokens() {
        return new OAuthTokenClient();
    }

    /** Reminders POSTed as JSON to the operator's webhook. */
    public static Reminders webhookReminders(URI webhook) {
        return new WebhookReminders(webhook);
    }

    /** A tokenizer for estimates when a platform reports no usage. */
    public static TokenCounter tokenCounter() {
        return new JtokkitTokenCounter();
    }

    static ScheduledThreadPoolExecutor timer() {
        ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread thread = new Thread(runnable, "provider-stream-watchdog");
            thread.setDaemon(true);
            return thread;
        });
        // Most watchdogs are cancelled long before they fire: drop them at once instead of at their deadline.
        timer.setRemoveOnCancelPolicy(true);
        return timer;
    }
}
