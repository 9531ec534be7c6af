package io.tollgate.adapter.provider.qianfan;

import io.tollgate.adapter.provider.errors.ErrorBody;
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
import java.net.URLEncoder;
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

/**
 * ERNIE over Qianfan v1 (chat, embeddings, reranker), answered in OpenAI's or Jina's format. The credential is
 * {@code AK:SK}; the account option {@code endpoint} names the endpoint when the model's own name is not it.
 */
public final class ErnieV1Provider implements ChatProvider {

    private static final Logger LOG = LoggerFactory.getLogger(ErnieV1Provider.class);
    static final String PATH = "/rpc/2.0/ai_custom/v1/wenxinworkshop/chat/";

    private final Timeouts defaults;
    private final Clock clock;
    private final Watchdogs timer;
    private final ErnieTokens tokens;
    private final UpstreamAddressRule addresses;

    public ErnieV1Provider(Timeouts defaults, Clock clock, Watchdogs timer) {
        this(defaults, Addresses.OPEN, clock, timer);
    }

    public ErnieV1Provider(Timeouts defaults, UpstreamAddressRule addresses, Clock clock, Watchdogs timer) {
        this.addresses = addresses;
        this.defaults = defaults;
        this.clock = clock;
        this.timer = timer;
        this.tokens = new ErnieTokens(addresses, clock, timer);
    }

    @Override
    public Set<Platform> platforms() {
        return Set.of(Platform.ERNIE_V1);
    }

    @Override
    public UpstreamResult call(UpstreamRequest request) {
        try {
            Optional<ErnieCredential> credential = ErnieCredential.parse(request.credential());
            if (credential.isEmpty()) {
                return Failures.failed(FailureClass.AUTH, 401, "the credential is not in the form AK:SK");
            }
            Timeouts timeouts = defaults.forAttempt(request.limits(), request.account().options(), clock.instant());
            Optional<String> endpoint = ErnieEndpoints.of(request.upstreamModel(), request.account().options());
            return switch (request.kind()) {
                case CHAT -> chat(request, credential.get(), endpoint, timeouts);
                case EMBEDDING, RERANK -> kind(request, credential.get(), endpoint, timeouts);
                case SPEECH, TRANSCRIPTION -> OpenAiShapes.unsupportedKind(Platform.ERNIE_V1, request.kind());
            };
        } catch (RuntimeException fault) {
            LOG.warn("Call to {} failed unexpectedly", request, fault);
            return Failures.failed(FailureClass.TRANSIENT, 502, "the call failed: " + fault.getClass().getSimpleName());
        }
    }

    private interface Call {
        UpstreamResult with(String token);
    }

    /** Calls with the account's token; if the platform calls that token invalid or expired, fetches a new one and calls once more. */
    private UpstreamResult withToken(UpstreamRequest request, ErnieCredential credential, Timeouts timeouts, Call call) {
        for (int attempt = 0; ; attempt++) {
            ErnieTokens.Grant grant = tokens.get(request.account(), credential, timeouts);
            if (grant instanceof ErnieTokens.Grant.Refused refused) {
                return new UpstreamResult.Failed(refused.failure());
            }
            String token = ((ErnieTokens.Grant.Issued) grant).token();
            UpstreamResult result = call.with(token);
            if (attempt > 0 || !tokenRejected(result)) {
                return result;
            }
            tokens.invalidate(request.account().id(), token);
        }
    }

    private static boolean tokenRejected(UpstreamResult result) {
        if (!(result instanceof UpstreamResult.Failed failed) || failed.failure().failureClass() != FailureClass.AUTH) {
            return false;
        }
        String code = ErrorBody.parse(failed.failure().body()).code();
        return code.equals("110") || code.equals("111");
    }

    private UpstreamResult chat(UpstreamRequest request, ErnieCredential credential, Optional<String> endpoint, Timeouts timeouts) {
        Optional<byte[]> body = ErnieRequest.translate(request);
        if (body.isEmpty() || endpoint.isEmpty()) {
            return OpenAiShapes.notAChatRequest();
        }
        return withToken(request, credential, timeouts, token -> {
            // The token is what a leaked message could expose here; the AK:SK never goes to the chat endpoint.
            NativeReader reader = new NativeReader(ErnieDialect.INSTANCE, token, request.upstreamModel(), timeouts, clock, timer);
            return post(request.account().baseUrl(), PATH + endpoint.get(), token, body.get(), request.stream(), timeouts,
                    exchange -> reader.read(exchange, request.stream()));
        });
    }

    /** An embeddings or reranker call to its v1 endpoint, answered in OpenAI's or Jina's shape. */
    private UpstreamResult kind(UpstreamRequest request, ErnieCredential credential, Optional<String> endpoint, Timeouts timeouts) {
        Optional<List<ErnieKinds.Call>> calls = ErnieKinds.of(request.kind(), request.upstreamModel(), request.body());
        if (calls.isEmpty()) {
            return KindShapes.notTexts();
        }
        if (endpoint.isEmpty()) {
            return Failures.failed(FailureClass.CLIENT, 400, "the model's name is no Qianfan v1 endpoint");
        }
        return KindShapes.inTurn(calls.get(), call -> withToken(request, credential, timeouts, token -> {
            NativeKindReader reader = new NativeKindReader(ErnieDialect.INSTANCE, token, request.upstreamModel(), timeouts, clock, timer);
            return post(request.account().baseUrl(), call.path() + endpoint.get(), token,
                    call.body().toString().getBytes(StandardCharsets.UTF_8), false, timeouts,
                    exchange -> reader.read(exchange, call.translation()));
        }));
    }

    private UpstreamResult post(String baseUrl, String path, String token, byte[] body, boolean stream, Timeouts timeouts,
                                PlatformCalls.Reader reader) {
        Optional<URI> uri = PlatformCalls.endpoint(baseUrl, path + "?access_token=" + URLEncoder.encode(token, StandardCharsets.UTF_8));
        if (uri.isEmpty()) {
            return Failures.failed(FailureClass.TRANSIENT, 502, "the account's base URL is not a valid URI");
        }
        HttpPost post = new HttpPost(uri.get());
        post.setHeader("Accept", stream ? "text/event-stream" : "application/json");
        post.setEntity(new ByteArrayEntity(body, ContentType.APPLICATION_JSON));
        return PlatformCalls.send(post, timeouts, addresses, reader);
    }
}
