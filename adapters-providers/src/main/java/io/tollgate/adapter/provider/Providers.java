package io.tollgate.adapter.provider;

import io.tollgate.adapter.provider.anthropic.AnthropicProvider;
import io.tollgate.adapter.provider.dashscope.DashScopeNativeProvider;
import io.tollgate.adapter.provider.dialect.DialectBridge;
import io.tollgate.adapter.provider.dialect.DialectTranslator;
import io.tollgate.adapter.provider.dialect.messages.MessagesTranslator;
import io.tollgate.adapter.provider.dialect.responses.ResponsesTranslator;
import io.tollgate.adapter.provider.glm.GlmAuthorization;
import io.tollgate.adapter.provider.memfit.MemfitClient;
import io.tollgate.adapter.provider.memfit.MemfitSecretFetcher;
import io.tollgate.adapter.provider.memfit.MemfitSecrets;
import io.tollgate.adapter.provider.mock.MockProvider;
import io.tollgate.adapter.provider.oauth.OAuthTokenClient;
import io.tollgate.adapter.provider.openai.OpenAiCompatibleProvider;
import io.tollgate.adapter.provider.openai.OpenAiResponsesProvider;
import io.tollgate.adapter.provider.qianfan.ErnieV1Provider;
import io.tollgate.adapter.provider.tokens.JtokkitTokenCounter;
import io.tollgate.adapter.provider.transport.Addresses;
import io.tollgate.adapter.provider.transport.Timeouts;
import io.tollgate.adapter.provider.transport.Watchdogs;
import io.tollgate.adapter.provider.webhook.WebhookReminders;
import io.tollgate.application.relay.AccountProbe;
import io.tollgate.domain.account.address.HostResolver;
import io.tollgate.domain.account.oauth.OAuthTokenEndpoint;
import io.tollgate.application.account.Reminders;
import io.tollgate.application.totp.UpstreamTotpSecrets;
import io.tollgate.domain.account.Platform;
import io.tollgate.domain.account.address.UpstreamAddressRule;
import io.tollgate.domain.relay.ChatProvider;
import io.tollgate.domain.relay.kind.Dialect;
import io.tollgate.domain.relay.TokenCounter;
import io.tollgate.domain.totp.MemfitModels;
import java.net.URI;
import io.tollgate.adapter.provider.openai.OpenAiStoredResponses;
import io.tollgate.application.relay.stored.ResponseUpstream;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The one entry point of the provider adapters: a chat provider for every platform, and the tokenizer. */
public final class Providers {

    private Providers() {}

    /** How each caller dialect other than chat completions is carried over a platform that does not speak it. */
    static Map<Dialect, DialectTranslator> translators() {
        Map<Dialect, DialectTranslator> translators = new EnumMap<>(Dialect.class);
        for (DialectTranslator translator : List.<DialectTranslator>of(new MessagesTranslator(),
                new ResponsesTranslator(Clock.systemUTC()))) {
            translators.put(translator.dialect(), translator);
        }
        return translators;
    }

    /**
     * A provider for each platform, sharing one HTTP client, each taking every caller dialect ({@link DialectBridge}):
     * the mock platform counts with {@code tokens}, the clock dates GLM tokens and Retry-After deadlines, aibalance upstreams' memfit secrets live in {@code totpSecrets},
     * and no call connects to an address that {@code addresses} refuses.
     */
    public static Map<Platform, ChatProvider> create(TokenCounter tokens, Clock clock, UpstreamTotpSecrets totpSecrets,
                                                     MemfitModels memfitModels, UpstreamAddressRule addresses) {
        MemfitClient memfit = new MemfitClient(memfitModels,
                new MemfitSecrets(totpSecrets, new MemfitSecretFetcher(Timeouts.DEFAULTS.connect(), addresses)), clock);
        Map<Platform, ChatProvider> providers = new EnumMap<>(Platform.class);
        Watchdogs timer = Watchdogs.shared();
        OpenAiCompatibleProvider family = new OpenAiCompatibleProvider(Timeouts.DEFAULTS, addresses, clock, timer, memfit,
                new GlmAuthorization(clock));
        // Listed after the family, so OpenAI's own platform is the one that also speaks the Responses API.
        for (ChatProvider provider : new ChatProvider[] {family,
                new OpenAiResponsesProvider(family, Timeouts.DEFAULTS, addresses, clock, timer, new GlmAuthorization(clock)),
                new AnthropicProvider(Timeouts.DEFAULTS, addresses, clock, timer),
                new ErnieV1Provider(Timeouts.DEFAULTS, addresses, clock, timer),
                new DashScopeNativeProvider(Timeouts.DEFAULTS, addresses, clock, timer),
                new MockProvider(tokens)}) {
            ChatProvider bridged = new DialectBridge(provider, translators());
            provider.platforms().forEach(platform -> providers.put(platform, bridged));
        }
        return Map.copyOf(providers);
    }

    /** Reads and deletes Responses stored on OpenAI accounts; no call connects to an address that {@code addresses} refuses. */
    public static ResponseUpstream storedResponses(Clock clock, UpstreamAddressRule addresses) {
        return new OpenAiStoredResponses(Timeouts.DEFAULTS, addresses, clock, Watchdogs.shared(), new GlmAuthorization(clock));
    }

    /** Checks accounts with a one-token call through {@code providers}, and says what the platform's answer means. */
    public static AccountProbe accountProbe(Map<Platform, ChatProvider> providers) {
        return new AccountPing(providers);
    }

    /** Host names resolved by the system's resolver, for checking an account's base URL when it is saved. */
    public static HostResolver hostResolver() {
        return Addresses.system();
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
}
