package io.tollgate.adapter.provider.openai;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tollgate.adapter.provider.errors.ErrorClassifier;
import io.tollgate.adapter.provider.errors.Failures;
import io.tollgate.adapter.provider.transport.Authorization;
import io.tollgate.adapter.provider.transport.Bodies;
import io.tollgate.adapter.provider.transport.Exchange;
import io.tollgate.adapter.provider.transport.FailureReader;
import io.tollgate.adapter.provider.transport.PlatformCalls;
import io.tollgate.adapter.provider.transport.SseStream;
import io.tollgate.adapter.provider.transport.Timeouts;
import io.tollgate.adapter.provider.transport.Watchdogs;
import io.tollgate.domain.account.FailureClass;
import io.tollgate.domain.account.Platform;
import io.tollgate.domain.account.address.UpstreamAddressRule;
import io.tollgate.domain.relay.ChatProvider;
import io.tollgate.domain.relay.kind.Dialect;
import io.tollgate.domain.relay.UpstreamRequest;
import io.tollgate.domain.relay.UpstreamResult;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;

/**
 * OpenAI's own platform, which speaks the Responses API: a Responses call goes to {@code <base>/responses} as the caller
 * wrote it (model renamed, {@code max_output_tokens} held to the bound), billed on the usage of the Response or of the
 * stream's {@code response.completed}; every other call is the OpenAI-compatible family's.
 */
public final class OpenAiResponsesProvider implements ChatProvider {

    private final ChatProvider family;
    private final Timeouts defaults;
    private final UpstreamAddressRule addresses;
    private final Clock clock;
    private final Watchdogs timer;
    private final Authorization authorization;

    public OpenAiResponsesProvider(ChatProvider family, Timeouts defaults, UpstreamAddressRule addresses, Clock clock,
                                   Watchdogs timer, Authorization authorization) {
        this.family = family;
        this.defaults = defaults;
        this.addresses = addresses;
        this.clock = clock;
        this.timer = timer;
        this.authorization = authorization;
    }

    @Override
    public Set<Platform> platforms() {
        return Set.of(Platform.OPENAI);
    }

    @Override
    public Set<Dialect> dialects() {
        return Set.of(Dialect.CHAT_COMPLETIONS, Dialect.OPENAI_RESPONSES);
    }

    @Override
    public UpstreamResult call(UpstreamRequest request) {
        if (request.dialect() != Dialect.OPENAI_RESPONSES) {
            return family.call(request);
        }
        String asked = ResponsesBody.askedModel(request);
        Optional<ObjectNode> body = ResponsesBody.rewrite(request);
        if (body.isEmpty()) {
            return Failures.failed(FailureClass.CLIENT, 400, "the body is not a JSON object");
        }
        Optional<URI> endpoint = PlatformCalls.endpoint(request.account().baseUrl(), "/responses");
        if (endpoint.isEmpty()) {
            return Failures.failed(FailureClass.TRANSIENT, 502, "the account's base URL is not a valid URI");
        }
        Timeouts timeouts = defaults.forAttempt(request.limits(), request.account().options(), clock.instant());
        HttpPost post = new HttpPost(endpoint.get());
        post.setHeader("Accept", request.stream() ? "text/event-stream" : "application/json");
        post.setHeader("Authorization", authorization.header(request.account(), request.credential()));
        post.setEntity(new ByteArrayEntity(ResponsesBody.bytes(body.get()), ContentType.APPLICATION_JSON));
        FailureReader failures = new FailureReader(Platform.OPENAI, request.credential(), timeouts, clock, timer);
        return PlatformCalls.send(post, timeouts, addresses, exchange -> read(exchange, request.stream(), failures, timeouts, asked));
    }

    private UpstreamResult read(Exchange exchange, boolean stream, FailureReader failures, Timeouts timeouts, String asked)
            throws IOException {
        if (exchange.status() < 200 || exchange.status() >= 300) {
            return failures.failure(exchange);
        }
        ErrorClassifier.Headers headers = exchange::header;
        String contentType = headers.first("content-type").orElse("").toLowerCase(Locale.ROOT);
        if (stream && !contentType.contains("json")) {
            ErrorClassifier.Headers payloadHeaders = name -> name.equalsIgnoreCase("content-type") ? Optional.of("application/json")
                    : headers.first(name);
            return new UpstreamResult.Streaming(new SseStream(exchange, timer, timeouts, clock,
                    new ResponsesFrames(payload -> failures.classify(ErrorClassifier.IN_BODY, payloadHeaders, payload), asked)));
        }
        byte[] reply = Bodies.read(exchange, Bodies.MAX_REPLY + 1, timeouts.idleFrom(clock.instant()), timer);
        if (reply.length > Bodies.MAX_REPLY) {
            return Failures.failed(FailureClass.TRANSIENT, 502, "the reply is larger than " + Bodies.MAX_REPLY + " bytes");
        }
        if (stream) {
            return Failures.failed(FailureClass.TRANSIENT, 502, "the platform answered a stream request with JSON");
        }
        return ResponsesBody.completed(reply);
    }
}
