package io.tollgate.adapter.provider.anthropic;

import io.tollgate.adapter.provider.errors.Failures;
import io.tollgate.adapter.provider.shapes.OpenAiShapes;
import io.tollgate.adapter.provider.transport.Addresses;
import io.tollgate.adapter.provider.transport.FailureReader;
import io.tollgate.adapter.provider.transport.PlatformCalls;
import io.tollgate.adapter.provider.transport.Timeouts;
import io.tollgate.adapter.provider.transport.Watchdogs;
import io.tollgate.domain.account.FailureClass;
import io.tollgate.domain.account.Platform;
import io.tollgate.domain.account.ProviderAccount;
import io.tollgate.domain.account.address.UpstreamAddressRule;
import io.tollgate.domain.relay.ChatProvider;
import io.tollgate.domain.relay.kind.Dialect;
import io.tollgate.domain.relay.kind.ModelKind;
import io.tollgate.domain.relay.UpstreamRequest;
import io.tollgate.domain.relay.UpstreamResult;
import java.net.URI;
import java.time.Clock;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Anthropic's Messages API, spoken to in OpenAI's format: requests, replies and streams translated both ways. */
public final class AnthropicProvider implements ChatProvider {

    static final String VERSION = "2023-06-01";
    private static final Logger LOG = LoggerFactory.getLogger(AnthropicProvider.class);
    private static final ContentType JSON = ContentType.create("application/json");

    private final Timeouts defaults;
    private final Clock clock;
    private final Watchdogs timer;
    private final UpstreamAddressRule addresses;

    public AnthropicProvider(Timeouts defaults, Clock clock, Watchdogs timer) {
        this(defaults, Addresses.OPEN, clock, timer);
    }

    public AnthropicProvider(Timeouts defaults, UpstreamAddressRule addresses, Clock clock, Watchdogs timer) {
        this.addresses = addresses;
        this.defaults = defaults;
        this.clock = clock;
        this.timer = timer;
    }

    @Override
    public Set<Platform> platforms() {
        return Set.of(Platform.ANTHROPIC);
    }

    /** Chat completions translated, and Anthropic's own Messages passed through. */
    @Override
    public Set<Dialect> dialects() {
        return Set.of(Dialect.CHAT_COMPLETIONS, Dialect.ANTHROPIC_MESSAGES);
    }

    @Override
    public UpstreamResult call(UpstreamRequest request) {
        if (request.kind() != ModelKind.CHAT) {
            return OpenAiShapes.unsupportedKind(Platform.ANTHROPIC, request.kind());
        }
        try {
            return send(request);
        } catch (RuntimeException fault) {
            LOG.warn("Call to {} failed unexpectedly", request, fault);
            return Failures.failed(FailureClass.TRANSIENT, 502, "the call failed: " + fault.getClass().getSimpleName());
        }
    }

    /** Anthropic's own count of a Messages request; empty when the platform gave none (the caller counts instead). */
    @Override
    public OptionalLong countTokens(UpstreamRequest request) {
        Optional<byte[]> body = AnthropicTokenCount.body(request);
        Optional<URI> endpoint = PlatformCalls.endpoint(request.account().baseUrl(), "/messages/count_tokens");
        if (body.isEmpty() || endpoint.isEmpty()) {
            return OptionalLong.empty();
        }
        Timeouts timeouts = defaults.forAttempt(request.limits(), request.account().options(), clock.instant());
        HttpPost post = new HttpPost(endpoint.get());
        post.setHeader("x-api-key", request.credential());
        post.setHeader("anthropic-version", request.dialectHeaders().getOrDefault("anthropic-version", VERSION));
        if (request.dialectHeaders().containsKey("anthropic-beta")) {
            post.setHeader("anthropic-beta", request.dialectHeaders().get("anthropic-beta"));
        }
        post.setEntity(new ByteArrayEntity(body.get(), JSON));
        try {
            return PlatformCalls.send(post, timeouts, addresses, exchange -> AnthropicTokenCount.read(exchange, timeouts, clock, timer))
                    instanceof UpstreamResult.Completed counted ? counted.units() : OptionalLong.empty();
        } catch (RuntimeException fault) {
            LOG.warn("Token count on {} failed unexpectedly", request, fault);
            return OptionalLong.empty();
        }
    }

    private UpstreamResult send(UpstreamRequest request) {
        ProviderAccount account = request.account();
        Timeouts timeouts = defaults.forAttempt(request.limits(), account.options(), clock.instant());
        boolean passThrough = request.dialect() == Dialect.ANTHROPIC_MESSAGES;
        Optional<String> refusal = passThrough ? Optional.empty() : AnthropicRequest.refusal(request.body());
        if (refusal.isPresent()) {
            return Failures.failed(FailureClass.CLIENT, 400, refusal.get());
        }
        Optional<byte[]> body = passThrough ? AnthropicNative.body(request) : AnthropicRequest.translate(request);
        if (body.isEmpty()) {
            return OpenAiShapes.notAChatRequest();
        }
        Optional<URI> endpoint = PlatformCalls.endpoint(account.baseUrl(), "/messages");
        if (endpoint.isEmpty()) {
            return Failures.failed(FailureClass.TRANSIENT, 502, "the account's base URL is not a valid URI");
        }
        HttpPost post = new HttpPost(endpoint.get());
        post.setHeader("Accept", request.stream() ? "text/event-stream" : "application/json");
        post.setHeader("x-api-key", request.credential());
        post.setHeader("anthropic-version", passThrough ? request.dialectHeaders().getOrDefault("anthropic-version", VERSION) : VERSION);
        if (passThrough && request.dialectHeaders().containsKey("anthropic-beta")) {
            post.setHeader("anthropic-beta", request.dialectHeaders().get("anthropic-beta"));
        }
        post.setEntity(new ByteArrayEntity(body.get(), JSON));
        FailureReader reader = new FailureReader(Platform.ANTHROPIC, request.credential(), timeouts, clock, timer);
        Optional<String> jsonTool = passThrough ? Optional.empty() : AnthropicJsonFormat.toolName(request.body());
        return PlatformCalls.send(post, timeouts, addresses, exchange -> new AnthropicResponses(reader, timeouts, clock, timer)
                .read(exchange, request.stream(), passThrough, jsonTool));
    }
}
