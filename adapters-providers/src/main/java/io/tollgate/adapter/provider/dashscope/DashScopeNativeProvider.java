package io.tollgate.adapter.provider.dashscope;

import io.tollgate.adapter.provider.errors.Failures;
import io.tollgate.adapter.provider.shapes.KindShapes;
import io.tollgate.adapter.provider.shapes.NativeKindReader;
import io.tollgate.adapter.provider.shapes.NativeReader;
import io.tollgate.adapter.provider.shapes.OpenAiShapes;
import io.tollgate.adapter.provider.transport.Addresses;
import io.tollgate.adapter.provider.transport.PlatformCalls;
import io.tollgate.adapter.provider.transport.Timeouts;
import io.tollgate.adapter.provider.transport.Watchdogs;
import io.tollgate.domain.account.FailureClass;
import io.tollgate.domain.account.Platform;
import io.tollgate.domain.account.address.UpstreamAddressRule;
import io.tollgate.domain.relay.ChatProvider;
import io.tollgate.domain.relay.UpstreamRequest;
import io.tollgate.domain.relay.UpstreamResult;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Qwen over DashScope's native API (text generation, text embedding, text rerank), answered in OpenAI's or Jina's format. */
public final class DashScopeNativeProvider implements ChatProvider {

    private static final Logger LOG = LoggerFactory.getLogger(DashScopeNativeProvider.class);
    static final String PATH = "/api/v1/services/aigc/text-generation/generation";

    private final Timeouts defaults;
    private final Clock clock;
    private final Watchdogs timer;
    private final UpstreamAddressRule addresses;

    public DashScopeNativeProvider(Timeouts defaults, Clock clock, Watchdogs timer) {
        this(defaults, Addresses.OPEN, clock, timer);
    }

    public DashScopeNativeProvider(Timeouts defaults, UpstreamAddressRule addresses, Clock clock, Watchdogs timer) {
        this.addresses = addresses;
        this.defaults = defaults;
        this.clock = clock;
        this.timer = timer;
    }

    @Override
    public Set<Platform> platforms() {
        return Set.of(Platform.DASHSCOPE_NATIVE);
    }

    @Override
    public UpstreamResult call(UpstreamRequest request) {
        try {
            return switch (request.kind()) {
                case CHAT -> chat(request);
                case EMBEDDING, RERANK -> kind(request);
                case SPEECH, TRANSCRIPTION -> OpenAiShapes.unsupportedKind(Platform.DASHSCOPE_NATIVE, request.kind());
            };
        } catch (RuntimeException fault) {
            LOG.warn("Call to {} failed unexpectedly", request, fault);
            return Failures.failed(FailureClass.TRANSIENT, 502, "the call failed: " + fault.getClass().getSimpleName());
        }
    }

    private UpstreamResult chat(UpstreamRequest request) {
        Timeouts timeouts = defaults.forAttempt(request.limits(), request.account().options(), clock.instant());
        Optional<byte[]> body = DashScopeRequest.translate(request);
        if (body.isEmpty()) {
            return OpenAiShapes.notAChatRequest();
        }
        Optional<URI> endpoint = PlatformCalls.endpoint(request.account().baseUrl(), PATH);
        if (endpoint.isEmpty()) {
            return Failures.failed(FailureClass.TRANSIENT, 502, "the account's base URL is not a valid URI");
        }
        HttpPost post = new HttpPost(endpoint.get());
        post.setHeader("Authorization", "Bearer " + request.credential());
        post.setHeader("Accept", request.stream() ? "text/event-stream" : "application/json");
        if (request.stream()) {
            post.setHeader("X-DashScope-SSE", "enable");
        }
        post.setEntity(new ByteArrayEntity(body.get(), ContentType.APPLICATION_JSON));
        NativeReader reader = new NativeReader(DashScopeDialect.INSTANCE, request.credential(), request.upstreamModel(),
                timeouts, clock, timer);
        return PlatformCalls.send(post, timeouts, addresses, exchange -> reader.read(exchange, request.stream()));
    }

    /** An embeddings or rerank call to its native service, answered in OpenAI's or Jina's shape. */
    private UpstreamResult kind(UpstreamRequest request) {
        Optional<List<DashScopeKinds.Call>> calls = DashScopeKinds.of(request.kind(), request.upstreamModel(), request.body());
        if (calls.isEmpty()) {
            return KindShapes.notTexts();
        }
        Timeouts timeouts = defaults.forAttempt(request.limits(), request.account().options(), clock.instant());
        return KindShapes.inTurn(calls.get(), call -> send(request, call, timeouts));
    }

    private UpstreamResult send(UpstreamRequest request, DashScopeKinds.Call call, Timeouts timeouts) {
        Optional<URI> endpoint = PlatformCalls.endpoint(request.account().baseUrl(), call.path());
        if (endpoint.isEmpty()) {
            return Failures.failed(FailureClass.TRANSIENT, 502, "the account's base URL is not a valid URI");
        }
        HttpPost post = new HttpPost(endpoint.get());
        post.setHeader("Authorization", "Bearer " + request.credential());
        post.setHeader("Accept", "application/json");
        post.setEntity(new ByteArrayEntity(call.body().toString().getBytes(StandardCharsets.UTF_8), ContentType.APPLICATION_JSON));
        NativeKindReader reader = new NativeKindReader(DashScopeDialect.INSTANCE, request.credential(), request.upstreamModel(),
                timeouts, clock, timer);
        return PlatformCalls.send(post, timeouts, addresses, exchange -> reader.read(exchange, call.translation()));
    }
}
