package io.tollgate.application.relay;

import io.tollgate.domain.account.AccountId;
import io.tollgate.domain.account.FailureClass;
import io.tollgate.domain.account.Platform;
import io.tollgate.domain.relay.ChatProvider;
import io.tollgate.domain.relay.StreamEvent;
import io.tollgate.domain.relay.UpstreamFailure;
import io.tollgate.domain.relay.UpstreamRequest;
import io.tollgate.domain.relay.UpstreamResult;
import io.tollgate.domain.relay.Usage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/** A platform whose answers each test scripts per account; it remembers which accounts were called. */
final class ScriptedProvider implements ChatProvider {

    private final Map<AccountId, Deque<Supplier<UpstreamResult>>> scripts = new ConcurrentHashMap<>();
    private final Map<AccountId, Supplier<UpstreamResult>> always = new ConcurrentHashMap<>();
    final List<AccountId> calls = java.util.Collections.synchronizedList(new ArrayList<>());
    final List<UpstreamRequest> requests = java.util.Collections.synchronizedList(new ArrayList<>());

    @Override
    public Set<Platform> platforms() {
        return Set.of(Platform.MOCK, Platform.OPENAI);
    }

    ScriptedProvider next(AccountId account, Supplier<UpstreamResult> result) {
        scripts.computeIfAbsent(account, id -> new ArrayDeque<>()).add(result);
        return this;
    }

    ScriptedProvider always(AccountId account, Supplier<UpstreamResult> result) {
        always.put(account, result);
        return this;
    }

    @Override
    public UpstreamResult call(UpstreamRequest request) {
        AccountId id = request.account().id();
        calls.add(id);
        requests.add(request);
        Deque<Supplier<UpstreamResult>> queue = scripts.get(id);
        Supplier<UpstreamResult> next = queue != null && !queue.isEmpty() ? queue.poll() : always.get(id);
        return next == null ? ok("from " + request.account().name(), 10, 5).get() : next.get();
    }

    static Supplier<UpstreamResult> ok(String content, long prompt, long completion) {
        String body = "{\"id\":\"c1\",\"object\":\"chat.completion\",\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":\""
                + content + "\"},\"finish_reason\":\"stop\"}],\"usage\":{\"prompt_tokens\":" + prompt + ",\"completion_tokens\":" + completion + "}}";
        return () -> new UpstreamResult.Completed(body.getBytes(StandardCharsets.UTF_8), Optional.of(new Usage(prompt, completion, false)),
                content);
    }

    static Supplier<UpstreamResult> fail(FailureClass failureClass, int status, String message) {
        return () -> new UpstreamResult.Failed(new UpstreamFailure(failureClass, status, message,
                status == 429 ? Optional.of(Duration.ofSeconds(20)) : Optional.empty(), "application/json",
                ("{\"error\":{\"message\":\"" + message + "\"}}").getBytes(StandardCharsets.UTF_8)));
    }

    static Supplier<UpstreamResult> stream(FakeStream stream) {
        return () -> new UpstreamResult.Streaming(stream);
    }

    static StreamEvent.Data chunk(String text) {
        String json = "{\"choices\":[{\"index\":0,\"delta\":{\"content\":\"" + text + "\"}}]}";
        return new StreamEvent.Data(("data: " + json + "\n\n").getBytes(StandardCharsets.UTF_8), text, Optional.empty(), false);
    }

    static StreamEvent.Data usageChunk(long prompt, long completion) {
        String json = "{\"choices\":[],\"usage\":{\"prompt_tokens\":" + prompt + ",\"completion_tokens\":" + completion + "}}";
        return new StreamEvent.Data(("data: " + json + "\n\n").getBytes(StandardCharsets.UTF_8), "",
                Optional.of(new Usage(prompt, completion, false)), true);
    }
}
