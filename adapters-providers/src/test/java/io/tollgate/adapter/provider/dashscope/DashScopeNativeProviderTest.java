package io.tollgate.adapter.provider.dashscope;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tollgate.adapter.provider.FakePlatform;
import io.tollgate.adapter.provider.Fixtures;
import io.tollgate.adapter.provider.transport.Timeouts;
import io.tollgate.adapter.provider.transport.Watchdogs;
import io.tollgate.domain.account.FailureClass;
import io.tollgate.domain.account.Platform;
import io.tollgate.domain.relay.StreamEvent;
import io.tollgate.domain.relay.UpstreamFailure;
import io.tollgate.domain.relay.UpstreamResult;
import io.tollgate.domain.relay.Usage;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DashScopeNativeProviderTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String REPLY = "{\"output\":{\"choices\":[{\"finish_reason\":\"stop\",\"message\":{\"role\":\"assistant\","
            + "\"content\":\"我是通义千问\"}}]},\"usage\":{\"total_tokens\":12,\"output_tokens\":5,\"input_tokens\":7},\"request_id\":\"r-1\"}";

    private static String event(String data, String finish, String usage) {
        return "id:1\nevent:result\n:HTTP_STATUS/200\ndata:{\"output\":{\"choices\":[{\"message\":{\"content\":\"" + data
                + "\",\"role\":\"assistant\"},\"finish_reason\":\"" + finish + "\"}]},\"usage\":" + usage + ",\"request_id\":\"r-2\"}\n\n";
    }

    private static String base(FakePlatform platform) {
        return platform.baseUrl().replaceFirst("/v1$", "");
    }

    private static UpstreamResult call(FakePlatform platform, boolean stream) {
        return new DashScopeNativeProvider(Timeouts.DEFAULTS, Fixtures.CLOCK, Watchdogs.timer())
                .call(Fixtures.request(Platform.DASHSCOPE_NATIVE, base(platform), stream));
    }

    private static UpstreamFailure failure(int status, String body) throws Exception {
        try (FakePlatform platform = new FakePlatform(FakePlatform.json(status, body))) {
            return assertInstanceOf(UpstreamResult.Failed.class, call(platform, false)).failure();
        }
    }

    @Test
    void aReplyBecomesAnOpenAiCompletionAndTheRequestTheNativeShape() throws Exception {
        try (FakePlatform platform = new FakePlatform(FakePlatform.json(200, REPLY))) {
            UpstreamResult.Completed completed = assertInstanceOf(UpstreamResult.Completed.class, call(platform, false));
            JsonNode body = JSON.readTree(completed.body());
            assertEquals("chat.completion", body.path("object").asText());
            assertEquals("我是通义千问", body.path("choices").path(0).path("message").path("content").asText());
            assertEquals("我是通义千问", completed.text());
            assertEquals("stop", body.path("choices").path(0).path("finish_reason").asText());
            assertEquals(12, body.path("usage").path("total_tokens").asInt());
            assertEquals(Optional.of(new Usage(7, 5, false)), completed.usage());
            assertEquals(DashScopeNativeProvider.PATH, platform.last().path());
            assertEquals("Bearer sk-test-credential-123", platform.last().header("Authorization"));
            assertNull(platform.last().header("X-DashScope-SSE"));
            JsonNode sent = JSON.readTree(platform.last().body());
            assertEquals("upstream-model", sent.path("model").asText());
            assertEquals("hi", sent.path("input").path("messages").path(0).path("content").asText());
            assertEquals("message", sent.path("parameters").path("result_format").asText());
            assertTrue(platform.last().bodyText().contains("\"temperature\":0.70"), platform.last().bodyText());
            assertTrue(sent.path("parameters").path("incremental_output").isMissingNode());
        }
    }

    @Test
    void anIncrementalStreamBecomesChunksThenAUsageOnlyChunkThenDone() throws Exception {
        try (FakePlatform platform = new FakePlatform(FakePlatform.sse(5,
                event("我是", "null", "{\"total_tokens\":8,\"output_tokens\":1,\"input_tokens\":7}"),
                event("通义千问", "stop", "{\"total_tokens\":12,\"output_tokens\":5,\"input_tokens\":7}")))) {
            List<StreamEvent> events = Fixtures.drain(call(platform, true));
            assertEquals(4, events.size(), events.toString());
            assertEquals("我是", ((StreamEvent.Data) events.get(0)).text());
            assertEquals("通义千问", ((StreamEvent.Data) events.get(1)).text());
            JsonNode last = JSON.readTree(Fixtures.text(events.get(1)).substring(6));
            assertEquals("stop", last.path("choices").path(0).path("finish_reason").asText());
            assertTrue(JSON.readTree(Fixtures.text(events.get(0)).substring(6)).path("choices").path(0).path("finish_reason").isNull());
            StreamEvent.Data usage = (StreamEvent.Data) events.get(2);
            assertTrue(usage.usageOnly());
            assertEquals(Optional.of(new Usage(7, 5, false)), usage.usage());
            assertInstanceOf(StreamEvent.Done.class, events.get(3));
            assertEquals("enable", platform.last().header("X-DashScope-SSE"));
            assertTrue(JSON.readTree(platform.last().body()).path("parameters").path("incremental_output").asBoolean());
        }
    }

    @Test
    void anErrorEventMidStreamFailsTheStream() throws Exception {
        String error = "id:2\nevent:error\n:HTTP_STATUS/400\ndata:{\"code\":\"DataInspectionFailed\",\"message\":\"Output data may contain "
                + "inappropriate content.\",\"request_id\":\"r-3\"}\n\n";
        try (FakePlatform platform = new FakePlatform(FakePlatform.sse(5,
                event("我是", "null", "{\"total_tokens\":8,\"output_tokens\":1,\"input_tokens\":7}"), error))) {
            List<StreamEvent> events = Fixtures.drain(call(platform, true));
            assertEquals(2, events.size(), events.toString());
            UpstreamFailure failure = assertInstanceOf(StreamEvent.Failed.class, events.get(1)).failure();
            assertEquals(FailureClass.CLIENT, failure.failureClass());
            assertEquals("Output data may contain inappropriate content.", failure.message());
        }
    }

    @Test
    void arrearageIsQuota() throws Exception {
        assertEquals(FailureClass.QUOTA, failure(400, "{\"code\":\"Arrearage\",\"message\":\"Access denied, please make sure your account "
                + "is in good standing.\",\"request_id\":\"r\"}").failureClass());
    }

    @Test
    void throttlingIsRate() throws Exception {
        assertEquals(FailureClass.RATE, failure(429, "{\"code\":\"Throttling.RateQuota\",\"message\":\"Requests rate limit exceeded\","
                + "\"request_id\":\"r\"}").failureClass());
        assertEquals(FailureClass.RATE, failure(400, "{\"code\":\"Throttling.AllocationQuota\",\"message\":\"Free allocated quota "
                + "exceeded.\",\"request_id\":\"r\"}").failureClass());
    }

    @Test
    void invalidApiKeyIsAuth() throws Exception {
        assertEquals(FailureClass.AUTH, failure(401, "{\"code\":\"InvalidApiKey\",\"message\":\"Invalid API-key provided.\","
                + "\"request_id\":\"r\"}").failureClass());
    }

    @Test
    void serverErrorsAreTransientAndOtherBadRequestsTheCallers() throws Exception {
        assertEquals(FailureClass.TRANSIENT, failure(500, "{\"code\":\"InternalError\",\"message\":\"oops\",\"request_id\":\"r\"}").failureClass());
        UpstreamFailure refusal = failure(400, "{\"code\":\"DataInspectionFailed\",\"message\":\"Input data may contain inappropriate "
                + "content.\",\"request_id\":\"r\"}");
        assertEquals(FailureClass.CLIENT, refusal.failureClass());
        assertEquals("DataInspectionFailed", JSON.readTree(refusal.body()).path("error").path("code").asText());
        assertEquals(FailureClass.CLIENT, failure(400, "{\"code\":\"InvalidParameter\",\"message\":\"bad\",\"request_id\":\"r\"}").failureClass());
    }

    @Test
    void nativeCachedTokensAreCacheReadsAndReachTheCallerInOpenAiShape() throws Exception {
        String reply = REPLY.replace("\"input_tokens\":7}", "\"input_tokens\":1000,\"prompt_tokens_details\":{\"cached_tokens\":600}}");
        try (FakePlatform platform = new FakePlatform(FakePlatform.json(200, reply))) {
            UpstreamResult.Completed completed = assertInstanceOf(UpstreamResult.Completed.class, call(platform, false));
            assertEquals(Optional.of(new Usage(1000, 5, 600, 0, false)), completed.usage());
            assertEquals(600, JSON.readTree(completed.body()).path("usage").path("prompt_tokens_details").path("cached_tokens").asInt());
        }
    }

    @Test
    void aNativeStreamsLastEventCarriesItsCacheReads() throws Exception {
        try (FakePlatform platform = new FakePlatform(FakePlatform.sse(0, event("hi", "stop",
                "{\"input_tokens\":1000,\"output_tokens\":5,\"total_tokens\":1005,\"prompt_tokens_details\":{\"cached_tokens\":600}}")))) {
            List<StreamEvent> events = Fixtures.drain(call(platform, true));
            Optional<Usage> usage = events.stream().filter(StreamEvent.Data.class::isInstance).map(StreamEvent.Data.class::cast)
                    .map(StreamEvent.Data::usage).flatMap(Optional::stream).findFirst();
            assertEquals(Optional.of(new Usage(1000, 5, 600, 0, false)), usage);
        }
    }
}
