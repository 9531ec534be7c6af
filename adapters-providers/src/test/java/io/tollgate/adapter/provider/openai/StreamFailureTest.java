package io.tollgate.adapter.provider.openai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tollgate.adapter.provider.FakePlatform;
import io.tollgate.adapter.provider.Fixtures;
import io.tollgate.domain.account.FailureClass;
import io.tollgate.domain.account.Platform;
import io.tollgate.domain.relay.StreamEvent;
import io.tollgate.domain.relay.UpstreamResult;
import io.tollgate.domain.relay.UpstreamStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class StreamFailureTest {

    private static FailureClass failureOf(StreamEvent event) {
        return assertInstanceOf(StreamEvent.Failed.class, event).failure().failureClass();
    }

    @Test
    void anErrorObjectMidStreamFailsTheStream() throws Exception {
        String error = "{\"error\":{\"message\":\"Rate limit reached for requests\",\"type\":\"requests\",\"code\":\"rate_limit_exceeded\"}}";
        try (FakePlatform platform = new FakePlatform(FakePlatform.sse(0, "data: " + StreamingTest.CHUNK_1 + "\n\n",
                "data: " + error + "\n\n"))) {
            List<StreamEvent> events = Fixtures.drain(
                    Fixtures.provider().call(Fixtures.request(Platform.OPENAI, platform.baseUrl(), true)));
            assertEquals(2, events.size());
            StreamEvent.Failed failed = assertInstanceOf(StreamEvent.Failed.class, events.get(1));
            assertEquals(FailureClass.RATE, failed.failure().failureClass());
            assertEquals("Rate limit reached for requests", failed.failure().message());
        }
    }

    @Test
    void aContentRefusalAsTheFirstEventIsTheCallersFault() throws Exception {
        String error = "{\"error\":{\"code\":\"data_inspection_failed\",\"message\":\"Input data may contain inappropriate content.\"}}";
        try (FakePlatform platform = new FakePlatform(FakePlatform.sse(0, "event: error\ndata: " + error + "\n\n"))) {
            List<StreamEvent> events = Fixtures.drain(
                    Fixtures.provider().call(Fixtures.request(Platform.DASHSCOPE, platform.baseUrl(), true)));
            StreamEvent.Failed failed = assertInstanceOf(StreamEvent.Failed.class, events.get(0));
            assertEquals(FailureClass.CLIENT, failed.failure().failureClass());
            assertEquals(400, failed.failure().status());
            assertEquals(error, new String(failed.failure().body(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void theServerClosingMidStreamWithoutDoneIsATransientFailure() throws Exception {
        try (FakePlatform platform = new FakePlatform(FakePlatform.sse(0, "data: " + StreamingTest.CHUNK_1 + "\n\n"))) {
            List<StreamEvent> events = Fixtures.drain(
                    Fixtures.provider().call(Fixtures.request(Platform.OPENAI, platform.baseUrl(), true)));
            assertInstanceOf(StreamEvent.Data.class, events.get(0));
            assertEquals(FailureClass.TRANSIENT, failureOf(events.get(1)));
        }
    }

    @Test
    void aQuietPlatformTimesOutAfterTheIdleTimeout() throws Exception {
        try (FakePlatform platform = new FakePlatform(FakePlatform.sse(3000, "data: " + StreamingTest.CHUNK_1 + "\n\n"))) {
            UpstreamResult result = Fixtures.provider().call(
                    Fixtures.request(Platform.OPENAI, platform.baseUrl(), true, Map.of("idleTimeoutMs", "200")));
            UpstreamStream stream = assertInstanceOf(UpstreamResult.Streaming.class, result).stream();
            assertInstanceOf(StreamEvent.Data.class, stream.next());
            long started = System.nanoTime();
            StreamEvent.Failed failed = assertInstanceOf(StreamEvent.Failed.class, stream.next());
            assertEquals(FailureClass.TRANSIENT, failed.failure().failureClass());
            assertEquals(504, failed.failure().status());
            assertTrue(System.nanoTime() - started < TimeUnit.MILLISECONDS.toNanos(2000));
        }
    }

    @Test
    void cancelStopsTheUpstreamRequestAndIsIdempotent() throws Exception {
        String[] endless = new String[200];
        java.util.Arrays.fill(endless, "data: " + StreamingTest.CHUNK_1 + "\n\n");
        try (FakePlatform platform = new FakePlatform(FakePlatform.sse(20, endless))) {
            UpstreamResult result = Fixtures.provider().call(Fixtures.request(Platform.OPENAI, platform.baseUrl(), true));
            UpstreamStream stream = assertInstanceOf(UpstreamResult.Streaming.class, result).stream();
            assertInstanceOf(StreamEvent.Data.class, stream.next());
            stream.cancel();
            stream.cancel();
            assertInstanceOf(StreamEvent.Failed.class, stream.next());
            assertTrue(platform.brokenPipe.await(3, TimeUnit.SECONDS), "the platform should see the connection closed");
        }
    }

    @Test
    void aStreamRequestRefusedWithAnErrorStatusFailsBeforeStreaming() throws Exception {
        String error = "{\"error\":{\"message\":\"server overloaded\",\"type\":\"server_error\"}}";
        try (FakePlatform platform = new FakePlatform(FakePlatform.json(503, error))) {
            UpstreamResult result = Fixtures.provider().call(Fixtures.request(Platform.OPENAI, platform.baseUrl(), true));
            UpstreamResult.Failed failed = assertInstanceOf(UpstreamResult.Failed.class, result);
            assertEquals(FailureClass.TRANSIENT, failed.failure().failureClass());
            assertEquals(503, failed.failure().status());
        }
    }
}
