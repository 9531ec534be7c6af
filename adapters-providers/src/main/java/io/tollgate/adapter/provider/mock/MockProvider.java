package io.tollgate.adapter.provider.mock;

import io.tollgate.adapter.provider.errors.ErrorClassifier;
import io.tollgate.adapter.provider.errors.Failures;
import io.tollgate.adapter.provider.shapes.ReplyText;
import io.tollgate.domain.account.AccountId;
import io.tollgate.domain.account.FailureClass;
import io.tollgate.domain.account.Platform;
import io.tollgate.domain.relay.ChatProvider;
import io.tollgate.domain.relay.kind.ModelKind;
import io.tollgate.domain.relay.TokenCounter;
import io.tollgate.domain.relay.UpstreamFailure;
import io.tollgate.domain.relay.UpstreamRequest;
import io.tollgate.domain.relay.UpstreamResult;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The built-in mock platform: answers in process, the same request always with the same OpenAI-format reply (chat,
 * embeddings, rerank).
 * Account options: {@code latencyMs}, {@code chunks}, {@code failStatus}/{@code failClass}, {@code failEvery}.
 */
public final class MockProvider implements ChatProvider {

    static final int DEFAULT_CHUNKS = 5;

    private final TokenCounter tokens;
    private final ConcurrentMap<AccountId, AtomicLong> calls = new ConcurrentHashMap<>();

    public MockProvider(TokenCounter tokens) {
        this.tokens = tokens;
    }

    @Override
    public Set<Platform> platforms() {
        return Set.of(Platform.MOCK);
    }

    @Override
    public UpstreamResult call(UpstreamRequest request) {
        Map<String, String> options = request.account().options();
        long latency = number(options, "latencyMs", 0);
        if (latency > 0) {
            try {
                Thread.sleep(latency);
            } catch (InterruptedException stopping) {
                Thread.currentThread().interrupt();
                return Failures.failed(FailureClass.TRANSIENT, 502, "the call was interrupted");
            }
        }
        long count = calls.computeIfAbsent(request.account().id(), id -> new AtomicLong()).incrementAndGet();
        long every = number(options, "failEvery", 0);
        boolean configuredFailure = options.containsKey("failStatus") || options.containsKey("failClass");
        if (every > 0 ? count % every == 0 : configuredFailure) {
            return new UpstreamResult.Failed(failure(options));
        }
        if (request.kind() != ModelKind.CHAT) {
            return MockKinds.answer(request, tokens);
        }
        Optional<MockReply> reply = MockReply.answer(request, tokens);
        if (reply.isEmpty()) {
            return new UpstreamResult.Failed(new UpstreamFailure(FailureClass.CLIENT, 400, "the request body is not a JSON object",
                    Optional.empty(), "application/json", errorBody("the request body is not a JSON object", "invalid_request_error")));
        }
        if (request.stream()) {
            return new UpstreamResult.Streaming(new MockStream(reply.get().chunks((int) number(options, "chunks", DEFAULT_CHUNKS))));
        }
        byte[] completion = reply.get().completion();
        return new UpstreamResult.Completed(completion, Optional.of(reply.get().usage()), ReplyText.of(completion));
    }

    private static UpstreamFailure failure(Map<String, String> options) {
        Optional<FailureClass> named = Optional.ofNullable(options.get("failClass")).flatMap(MockProvider::failureClass);
        int status = (int) number(options, "failStatus", named.map(MockProvider::statusOf).orElse(503));
        FailureClass failureClass = named.orElseGet(() -> ErrorClassifier.classify(Platform.MOCK, status,
                name -> Optional.empty(), new byte[0], Instant.EPOCH).failureClass());
        String message = "mock failure (" + failureClass.name().toLowerCase(Locale.ROOT) + ")";
        return new UpstreamFailure(failureClass, status, message, Optional.empty(), "application/json", errorBody(message, "mock_error"));
    }

    private static Optional<FailureClass> failureClass(String name) {
        try {
            return Optional.of(FailureClass.valueOf(name.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }

    private static int statusOf(FailureClass failureClass) {
        return switch (failureClass) {
            case AUTH -> 401;
            case QUOTA -> 402;
            case RATE -> 429;
            case TRANSIENT -> 503;
            case CLIENT -> 400;
        };
    }

    private static long number(Map<String, String> options, String key, long fallback) {
        try {
            return options.containsKey(key) ? Math.max(0, Long.parseLong(options.get(key).strip())) : fallback;
        } catch (NumberFormatException notANumber) {
            return fallback;
        }
    }

    static byte[] errorBody(String message, String type) {
        return ("{\"error\":{\"message\":\"" + message + "\",\"type\":\"" + type + "\"}}").getBytes(StandardCharsets.UTF_8);
    }
}
