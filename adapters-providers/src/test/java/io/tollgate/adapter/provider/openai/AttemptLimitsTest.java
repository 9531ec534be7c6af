package io.tollgate.adapter.provider.openai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tollgate.adapter.provider.FakePlatform;
import io.tollgate.adapter.provider.Fixtures;
import io.tollgate.domain.account.FailureClass;
import io.tollgate.domain.account.Platform;
import io.tollgate.domain.relay.AttemptLimits;
import io.tollgate.domain.relay.StreamEvent;
import io.tollgate.domain.relay.UpstreamRequest;
import io.tollgate.domain.relay.UpstreamResult;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The relay's bounds on one attempt reach the wire: the first-byte wait, the idle wait, and the request's deadline. */
class AttemptLimitsTest {

    private static final String CHUNK = "data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"Hi\"}}]}\n\n";

    private static UpstreamRequest within(UpstreamRequest request, AttemptLimits limits) {
        return new UpstreamRequest(request.account(), request.credential(), request.upstreamModel(), request.body(), request.stream(),
                request.maxOutputTokens(), limits);
    }

    @Test
    void aPlatformThatSendsNothingFailsTheAttemptAfterItsFirstByteWait() throws Exception {
        try (FakePlatform platform = new FakePlatform(exchange -> Thread.sleep(3000))) {
            long started = System.nanoTime();
            UpstreamResult result = Fixtures.provider().call(within(Fixtures.request(Platform.OPENAI, platform.baseUrl(), false),
                    new AttemptLimits(Duration.ofMillis(300), Duration.ofSeconds(60), Fixtures.CLOCK.instant().plusSeconds(60))));
            long millis = (System.nanoTime() - started) / 1_000_000;

            UpstreamResult.Failed failed = assertInstanceOf(UpstreamResult.Failed.class, result);
            assertEquals(FailureClass.TRANSIENT, failed.failure().failureClass());
            assertEquals(504, failed.failure().status());
            assertTrue(millis < 2500, "waited " + millis + " ms");
        }
    }

    @Test
    void aStreamThatPausesPastTheRequestsDeadlineEndsThereThoughItsIdleWaitIsLonger() throws Exception {
        try (FakePlatform platform = new FakePlatform(FakePlatform.sse(5000, CHUNK, CHUNK))) {
            long started = System.nanoTime();
            UpstreamResult.Streaming streaming = assertInstanceOf(UpstreamResult.Streaming.class, Fixtures.provider().call(within(
                    Fixtures.request(Platform.OPENAI, platform.baseUrl(), true),
                    new AttemptLimits(Duration.ofSeconds(5), Duration.ofSeconds(60), Fixtures.CLOCK.instant().plusMillis(800)))));

            assertInstanceOf(StreamEvent.Data.class, streaming.stream().next());
            StreamEvent.Failed cut = assertInstanceOf(StreamEvent.Failed.class, streaming.stream().next());
            long millis = (System.nanoTime() - started) / 1_000_000;

            assertEquals(504, cut.failure().status());
            assertEquals("the request's deadline passed", cut.failure().message());
            assertTrue(millis < 2500, "waited " + millis + " ms");
        }
    }

    @Test
    void aStreamThatPausesLongerThanItsIdleWaitFails() throws Exception {
        try (FakePlatform platform = new FakePlatform(FakePlatform.sse(3000, CHUNK, CHUNK))) {
            UpstreamResult.Streaming streaming = assertInstanceOf(UpstreamResult.Streaming.class, Fixtures.provider().call(within(
                    Fixtures.request(Platform.OPENAI, platform.baseUrl(), true),
                    new AttemptLimits(Duration.ofSeconds(5), Duration.ofMillis(400), Fixtures.CLOCK.instant().plusSeconds(60)))));

            assertInstanceOf(StreamEvent.Data.class, streaming.stream().next());
            StreamEvent.Failed cut = assertInstanceOf(StreamEvent.Failed.class, streaming.stream().next());

            assertEquals("no stream event for 400 ms", cut.failure().message());
        }
    }
}
