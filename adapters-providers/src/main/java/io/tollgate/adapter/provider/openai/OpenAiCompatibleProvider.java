package io.tollgate.adapter.provider.openai;

import io.tollgate.adapter.provider.errors.Failures;
import io.tollgate.adapter.provider.memfit.MemfitClient;
import io.tollgate.adapter.provider.shapes.OpenAiShapes;
import io.tollgate.adapter.provider.transport.Addresses;
import io.tollgate.adapter.provider.transport.Authorization;
import io.tollgate.adapter.provider.transport.FailureReader;
import io.tollgate.adapter.provider.transport.PlatformCalls;
import io.tollgate.adapter.provider.transport.Timeouts;
import io.tollgate.adapter.provider.transport.Watchdogs;
import io.tollgate.domain.account.FailureClass;
import io.tollgate.domain.account.Platform;
import io.tollgate.domain.account.ProviderAccount;
import io.tollgate.domain.account.address.UpstreamAddressRule;
import io.tollgate.domain.relay.ChatProvider;
import io.tollgate.domain.relay.kind.FormData;
import io.tollgate.domain.relay.kind.ModelKind;
import io.tollgate.domain.relay.UpstreamRequest;
import io.tollgate.domain.relay.UpstreamResult;
import java.net.URI;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The OpenAI-compatible family (OpenAI, DashScope, Qianfan v2, GLM v4, Spark HTTP) over pooled blocking HTTP/1.1:
 * chat completions, embeddings, (Jina/Cohere-compatible) rerank, speech and transcriptions (multipart).
 */
public final class OpenAiCompatibleProvider implements ChatProvider {

    private static final Logger LOG = LoggerFactory.getLogger(OpenAiCompatibleProvider.class);
    private static final ContentType JSON = ContentType.create("application/json");
    private static final Set<Platform> PLATFORMS =
            EnumSet.of(Platform.OPENAI, Platform.DASHSCOPE, Platform.QIANFAN, Platform.GLM, Platform.SPARK, Platform.AIBALANCE);

    private final Timeouts defaults;
    private final Clock clock;
    private final Watchdogs timer;
    private final MemfitClient memfit;
    private final UpstreamAddressRule addresses;
    private final Authorization authorization;

    public OpenAiCompatibleProvider(Timeouts defaults, Clock clock, Watchdogs timer, MemfitClient memfit,
                             Authorization authorization) {
        this(defaults, Addresses.OPEN, clock, timer, memfit, authorization);
    }

    /** {@code authorization} makes the header from the credential: plain bearer, or GLM's signed token. */
    public OpenAiCompatibleProvider(Timeouts defaults, UpstreamAddressRule addresses, Clock clock, Watchdogs timer,
                             MemfitClient memfit, Authorization authorization) {
        this.addresses = addresses;
        this.authorization = authorization;
        this.defaults = defaults;
        this.clock = clock;
        this.timer = timer;
        this.memfit = memfit;
    }

    @Override
    public Set<Platform> platforms() {
        return PLATFORMS;
    }

    @Override
    public UpstreamResult call(UpstreamRequest request) {
        try {
            return memfit.covers(request) ? memfit.call(request, header -> send(request, Optional.of(header)))
                    : send(request, Optional.empty());
        } catch (RuntimeException fault) {
            LOG.warn("Call to {} failed unexpectedly", request, fault);
            return Failures.failed(FailureClass.TRANSIENT, 502, "the call failed: " + fault.getClass().getSimpleName());
        }
    }

    private UpstreamResult send(UpstreamRequest request, Optional<String> memfitHeader) {
        ProviderAccount account = request.account();
        Timeouts timeouts = defaults.forAttempt(request.limits(), account.options(), clock.instant());
        Optional<String> path = path(account.platform(), request.kind());
        if (path.isEmpty()) {
            return OpenAiShapes.unsupportedKind(account.platform(), request.kind());
        }
        if (request.kind() == ModelKind.TRANSCRIPTION) {
            return transcribe(request, timeouts, endpointOf(account, path.get()), memfitHeader);
        }
        Optional<byte[]> body = RequestRewriter.rewrite(request);
        if (body.isEmpty()) {
            return OpenAiShapes.notAChatRequest();
        }
        Optional<URI> endpoint = PlatformCalls.endpoint(account.baseUrl(), path.get());
        if (endpoint.isEmpty()) {
            return Failures.failed(FailureClass.TRANSIENT, 502, "the account's base URL is not a valid URI");
        }
        HttpPost post = new HttpPost(endpoint.get());
        post.setHeader("Accept", request.stream() ? "text/event-stream" : request.kind() == ModelKind.SPEECH ? "*/*" : "application/json");
        post.setHeader("Authorization", authorization.header(account, request.credential()));
        memfitHeader.ifPresent(value -> post.setHeader(MemfitClient.HEADER, value));
        post.setEntity(new ByteArrayEntity(body.get(), JSON));
        if (request.kind() == ModelKind.SPEECH) {
            FailureReader failures = new FailureReader(account.platform(), request.credential(), timeouts, clock, timer);
            return PlatformCalls.send(post, timeouts, addresses, new AudioReplies(failures, timeouts, clock, timer, request.kind())::read);
        }
        if (request.kind() != ModelKind.CHAT) {
            FailureReader failures = new FailureReader(account.platform(), request.credential(), timeouts, clock, timer);
            return PlatformCalls.send(post, timeouts, addresses, new KindReplies(failures, timeouts, clock, timer)::read);
        }
        return PlatformCalls.send(post, timeouts, addresses, exchange -> new ResponseReader(account.platform(), request.credential(), timeouts,
                clock, timer).read(exchange, request.stream()));
    }

    /** The platform's path for a model of this kind, under the account's base URL; empty for a kind not served yet. */
    private static Optional<String> path(Platform platform, ModelKind kind) {
        return switch (kind) {
            case CHAT -> Optional.of("/chat/completions");
            case EMBEDDING -> Optional.of("/embeddings");
            // Qianfan v2 names its rerank endpoint in the plural; GLM v4 and the Jina/Cohere family say /rerank.
            case RERANK -> Optional.of(platform == Platform.QIANFAN ? "/rerankers" : "/rerank");
            case SPEECH -> Optional.of("/audio/speech");
            case TRANSCRIPTION -> Optional.of("/audio/transcriptions");
        };
    }

    /** The caller's form with the upstream model name, sent as multipart under a boundary of its own. */
    private UpstreamResult transcribe(UpstreamRequest request, Timeouts timeouts, Optional<URI> endpoint,
                                      Optional<String> memfitHeader) {
        Optional<FormData> form = FormData.parse(request.body(), request.contentType());
        if (form.isEmpty()) {
            return Failures.failed(FailureClass.CLIENT, 400, "the request body is not multipart/form-data");
        }
        if (endpoint.isEmpty()) {
            return Failures.failed(FailureClass.TRANSIENT, 502, "the account's base URL is not a valid URI");
        }
        String boundary = "tollgate-" + UUID.randomUUID();
        HttpPost post = new HttpPost(endpoint.get());
        post.setHeader("Accept", "application/json, text/plain, */*");
        post.setHeader("Authorization", authorization.header(request.account(), request.credential()));
        memfitHeader.ifPresent(value -> post.setHeader(MemfitClient.HEADER, value));
        post.setEntity(new ByteArrayEntity(form.get().with("model", request.upstreamModel()).encode(boundary),
                ContentType.parse(FormData.contentType(boundary))));
        FailureReader failures = new FailureReader(request.account().platform(), request.credential(), timeouts, clock, timer);
        return PlatformCalls.send(post, timeouts, addresses, new AudioReplies(failures, timeouts, clock, timer, request.kind())::read);
    }

    private static Optional<URI> endpointOf(ProviderAccount account, String path) {
        return PlatformCalls.endpoint(account.baseUrl(), path);
    }

}
