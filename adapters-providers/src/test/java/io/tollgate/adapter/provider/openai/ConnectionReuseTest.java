package io.tollgate.adapter.provider.openai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.tollgate.adapter.provider.FakePlatform;
import io.tollgate.adapter.provider.Fixtures;
import io.tollgate.domain.account.Platform;
import io.tollgate.domain.relay.StreamEvent;
import io.tollgate.domain.relay.UpstreamResult;
import io.tollgate.domain.relay.UpstreamStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** Which calls leave their connection in the pool: the platform tells connections apart by the client's port. */
class ConnectionReuseTest {

    private static final String REPLY = "{\"choices\":[],\"usage\":{\"prompt_tokens\":1,\"completion_tokens\":1,\"total_tokens\":2}}";

    private final List<Integer> ports = new CopyOnWriteArrayList<>();

    private FakePlatform.Script recording(FakePlatform.Script script) {
        return exchange -> {
            ports.add(exchange.getRemoteAddress().getPort());
            script.serve(exchange);
        };
    }

    @Test
    void twoWholeRepliesInARowShareOneConnection() throws Exception {
        try (FakePlatform platform = new FakePlatform(recording(FakePlatform.json(200, REPLY)))) {
            OpenAiCompatibleProvider provider = Fixtures.provider();
            assertInstanceOf(UpstreamResult.Completed.class, provider.call(Fixtures.request(Platform.OPENAI, platform.baseUrl(), false)));
            assertInstanceOf(UpstreamResult.Completed.class, provider.call(Fixtures.request(Platform.OPENAI, platform.baseUrl(), false)));
            assertEquals(2, ports.size());
            assertEquals(ports.get(0), ports.get(1));
        }
    }

    @Test
    void aStreamReadToDoneLeavesItsConnectionForTheNextCall() throws Exception {
        try (FakePlatform platform = new FakePlatform(recording(FakePlatform.sse(0, "data: " + StreamingTest.CHUNK_1 + "\n\n",
                "data: [DONE]\n\n")))) {
            OpenAiCompatibleProvider provider = Fixtures.provider();
            for (int i = 0; i < 2; i++) {
                List<StreamEvent> events = Fixtures.drain(provider.call(Fixtures.request(Platform.OPENAI, platform.baseUrl(), true)));
                assertInstanceOf(StreamEvent.Done.class, events.get(events.size() - 1));
            }
            assertEquals(ports.get(0), ports.get(1));
        }
    }

    @Test
    void aCancelledStreamsConnectionIsNotReused() throws Exception {
        String[] endless = new String[200];
        Arrays.fill(endless, "data: " + StreamingTest.CHUNK_1 + "\n\n");
        try (FakePlatform platform = new FakePlatform(recording(exchange -> {
            if (exchange.getRequestHeaders().getFirst("Accept").contains("event-stream")) {
                FakePlatform.sse(20, endless).serve(exchange);
            } else {
                FakePlatform.json(200, REPLY).serve(exchange);
            }
        }))) {
            OpenAiCompatibleProvider provider = Fixtures.provider();
            UpstreamStream stream = assertInstanceOf(UpstreamResult.Streaming.class,
                    provider.call(Fixtures.request(Platform.OPENAI, platform.baseUrl(), true))).stream();
            assertInstanceOf(StreamEvent.Data.class, stream.next());
            stream.cancel();
            assertInstanceOf(UpstreamResult.Completed.class, provider.call(Fixtures.request(Platform.OPENAI, platform.baseUrl(), false)));
            assertNotEquals(ports.get(0), ports.get(1));
        }
    }

    @Test
    void aStreamMayPauseLongerThanTheHeadersTimeoutWithinItsIdleTimeout() throws Exception {
        try (FakePlatform platform = new FakePlatform(FakePlatform.sse(600, "data: " + StreamingTest.CHUNK_1 + "\n\n",
                "data: " + StreamingTest.CHUNK_2 + "\n\n", "data: [DONE]\n\n"))) {
            Map<String, String> options = Map.of("timeoutMs", "300", "idleTimeoutMs", "3000");
            List<StreamEvent> events = Fixtures.drain(
                    Fixtures.provider().call(Fixtures.request(Platform.OPENAI, platform.baseUrl(), true, options)));
            assertEquals(3, events.size(), events.toString());
            assertInstanceOf(StreamEvent.Done.class, events.get(2));
        }
    }
}
