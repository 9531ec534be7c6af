package io.tollgate.adapter.provider.mock;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tollgate.adapter.provider.Fixtures;
import io.tollgate.adapter.provider.tokens.JtokkitTokenCounter;
import io.tollgate.domain.account.FailureClass;
import io.tollgate.domain.account.Platform;
import io.tollgate.domain.relay.StreamEvent;
import io.tollgate.domain.relay.UpstreamRequest;
import io.tollgate.domain.relay.UpstreamResult;
import io.tollgate.domain.relay.Usage;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MockProviderTest {

    private static final JtokkitTokenCounter TOKENS = new JtokkitTokenCounter();
    private static final ObjectMapper JSON = new ObjectMapper();

    private static UpstreamRequest request(boolean stream, Map<String, String> options) {
        return Fixtures.request(Platform.MOCK, Platform.MOCK.defaultBaseUrl(), stream, options);
    }

    @Test
    void theSameRequestGetsTheSameReply() throws Exception {
        UpstreamResult.Completed first = assertInstanceOf(UpstreamResult.Completed.class,
                new MockProvider(TOKENS).call(request(false, Map.of())));
        UpstreamResult.Completed second = assertInstanceOf(UpstreamResult.Completed.class,
                new MockProvider(TOKENS).call(request(false, Map.of())));
        assertArrayEquals(first.body(), second.body());
        JsonNode reply = JSON.readTree(first.body());
        assertEquals("chat.completion", reply.path("object").asText());
        assertEquals("upstream-model", reply.path("model").asText());
        String content = reply.path("choices").path(0).path("message").path("content").asText();
        assertTrue(content.contains("\"hi\""), content);
        assertEquals(content, first.text());
        Usage usage = first.usage().orElseThrow();
        assertEquals(TOKENS.count(content), usage.completionTokens());
        assertEquals(reply.path("usage").path("prompt_tokens").asLong(), usage.promptTokens());
        assertTrue(usage.promptTokens() > 0);
    }

    @Test
    void theReplyStopsAtMaxTokensAndAtTheModelsMaximumWhenAskedForMore() throws Exception {
        UpstreamRequest base = request(false, Map.of());
        byte[] asksFor3 = "{\"max_tokens\":3,\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}".getBytes(StandardCharsets.UTF_8);
        byte[] asksForMany = "{\"max_completion_tokens\":100000,\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}"
                .getBytes(StandardCharsets.UTF_8);
        MockProvider mock = new MockProvider(TOKENS);

        UpstreamResult.Completed three = assertInstanceOf(UpstreamResult.Completed.class,
                mock.call(new UpstreamRequest(base.account(), "", "m", asksFor3, false)));
        UpstreamResult.Completed bounded = assertInstanceOf(UpstreamResult.Completed.class,
                mock.call(new UpstreamRequest(base.account(), "", "m", asksForMany, false, java.util.OptionalLong.of(5))));

        assertEquals(3, three.usage().orElseThrow().completionTokens());
        assertEquals("length", JSON.readTree(three.body()).path("choices").path(0).path("finish_reason").asText());
        assertEquals(5, bounded.usage().orElseThrow().completionTokens());
        String text = JSON.readTree(bounded.body()).path("choices").path(0).path("message").path("content").asText();
        assertEquals(5, TOKENS.count(text));
    }

    @Test
    void aDifferentRequestGetsADifferentReply() {
        UpstreamRequest base = request(false, Map.of());
        UpstreamRequest other = new UpstreamRequest(base.account(), "", "upstream-model",
                "{\"messages\":[{\"role\":\"user\",\"content\":\"something else\"}]}".getBytes(StandardCharsets.UTF_8), false);
        MockProvider mock = new MockProvider(TOKENS);
        assertNotEquals(new String(((UpstreamResult.Completed) mock.call(base)).body(), StandardCharsets.UTF_8),
                new String(((UpstreamResult.Completed) mock.call(other)).body(), StandardCharsets.UTF_8));
    }

    @Test
    void streamsTheConfiguredNumberOfChunksThenUsageThenDone() throws Exception {
        List<StreamEvent> events = Fixtures.drain(new MockProvider(TOKENS).call(request(true, Map.of("chunks", "3"))));
        assertEquals(5, events.size());
        StringBuilder text = new StringBuilder();
        for (StreamEvent event : events.subList(0, 3)) {
            StreamEvent.Data data = assertInstanceOf(StreamEvent.Data.class, event);
            String framed = new String(data.bytes(), StandardCharsets.UTF_8);
            assertTrue(framed.startsWith("data: {") && framed.endsWith("}\n\n"), framed);
            assertEquals(data.text(), JSON.readTree(framed.substring(6)).path("choices").path(0).path("delta").path("content").asText());
            text.append(data.text());
        }
        StreamEvent.Data usage = assertInstanceOf(StreamEvent.Data.class, events.get(3));
        assertTrue(usage.usageOnly());
        assertEquals(TOKENS.count(text.toString()), usage.usage().orElseThrow().completionTokens());
        assertInstanceOf(StreamEvent.Done.class, events.get(4));
        assertEquals(MockProvider.DEFAULT_CHUNKS + 2, Fixtures.drain(new MockProvider(TOKENS).call(request(true, Map.of()))).size());
    }

    @Test
    void failStatusAndClassMakeEveryCallFail() {
        UpstreamResult result = new MockProvider(TOKENS).call(request(false, Map.of("failStatus", "429", "failClass", "quota")));
        UpstreamResult.Failed failed = assertInstanceOf(UpstreamResult.Failed.class, result);
        assertEquals(FailureClass.QUOTA, failed.failure().failureClass());
        assertEquals(429, failed.failure().status());
        UpstreamResult byStatus = new MockProvider(TOKENS).call(request(true, Map.of("failStatus", "401")));
        assertEquals(FailureClass.AUTH, assertInstanceOf(UpstreamResult.Failed.class, byStatus).failure().failureClass());
    }

    @Test
    void failEveryMakesEveryNthCallFail() {
        MockProvider mock = new MockProvider(TOKENS);
        StringBuilder outcomes = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            outcomes.append(mock.call(request(false, Map.of("failEvery", "3"))) instanceof UpstreamResult.Failed ? 'F' : 'o');
        }
        assertEquals("ooFooF", outcomes.toString());
    }

    @Test
    void latencyDelaysTheAnswer() {
        long started = System.nanoTime();
        assertInstanceOf(UpstreamResult.Completed.class, new MockProvider(TOKENS).call(request(false, Map.of("latencyMs", "150"))));
        assertTrue(System.nanoTime() - started >= 150_000_000L);
    }
}
