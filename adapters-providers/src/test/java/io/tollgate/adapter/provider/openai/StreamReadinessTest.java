package io.tollgate.adapter.provider.openai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tollgate.adapter.provider.ChunkedAtOnce;
import io.tollgate.adapter.provider.FakePlatform;
import io.tollgate.adapter.provider.Fixtures;
import io.tollgate.application.fakes.SettableClock;
import io.tollgate.domain.account.Platform;
import io.tollgate.domain.relay.StreamEvent;
import io.tollgate.domain.relay.UpstreamResult;
import io.tollgate.domain.relay.UpstreamStream;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A stream says when its next event has already arrived, so the caller's flush can wait for it. */
class StreamReadinessTest {

    private static final String EVENTS = "data: " + StreamingTest.CHUNK_1 + "\n\ndata: " + StreamingTest.CHUNK_2 + "\n\n";

    private static List<Boolean> readyAfterEachEvent(FakePlatform.Script script) throws Exception {
        try (FakePlatform platform = new FakePlatform(script)) {
            return readyAfterEachEvent(platform.baseUrl());
        }
    }

    private static List<Boolean> readyAfterEachEvent(String baseUrl) {
        UpstreamStream stream = assertInstanceOf(UpstreamResult.Streaming.class,
                Fixtures.provider().call(Fixtures.request(Platform.OPENAI, baseUrl, true))).stream();
        List<Boolean> ready = new ArrayList<>();
        for (StreamEvent event = stream.next(); event instanceof StreamEvent.Data; event = stream.next()) {
            ready.add(stream.ready());
        }
        ready.add(stream.ready());
        return ready;
    }

    @Test
    void eventsThatArriveTogetherAreReadyOneAfterAnother() throws Exception {
        assertEquals(List.of(true, true, false), readyAfterEachEvent(FakePlatform.sse(0, EVENTS + "data: [DONE]\n\n")),
                "the second chunk and [DONE] came with the first; nothing is ready once the stream has ended");
    }

    @Test
    void eventsInChunksOfTheirOwnThatArriveTogetherAreReadyOneAfterAnother() throws Exception {
        try (ChunkedAtOnce platform = new ChunkedAtOnce("data: " + StreamingTest.CHUNK_1 + "\n\n",
                "data: " + StreamingTest.CHUNK_2 + "\n\n", "data: [DONE]\n\n")) {
            assertEquals(List.of(true, true, false), readyAfterEachEvent(platform.baseUrl()),
                    "each event is its own HTTP chunk, all on the wire at once: the next one is already here");
        }
    }

    @Test
    void eventsThatArrivedTogetherAreReadWithoutAWatchdogEach() throws Exception {
        // Each watchdog starts at the clock's instant: counting the clock's readings counts the watchdogs.
        AtomicInteger readings = new AtomicInteger();
        Clock counting = new SettableClock(Fixtures.NOW) {
            @Override
            public Instant instant() {
                readings.incrementAndGet();
                return super.instant();
            }
        };
        OpenAiCompatibleProvider provider = Fixtures.provider(counting);
        try (FakePlatform platform = new FakePlatform(FakePlatform.sse(0, EVENTS + EVENTS + "data: [DONE]\n\n"))) {
            UpstreamStream stream = assertInstanceOf(UpstreamResult.Streaming.class,
                    provider.call(Fixtures.request(Platform.OPENAI, platform.baseUrl(), true))).stream();
            readings.set(0);
            List<StreamEvent> events = new ArrayList<>();
            for (StreamEvent event = stream.next(); events.add(event) && event instanceof StreamEvent.Data; event = stream.next()) {
                stream.ready();
            }

            assertEquals(5, events.size(), events.toString());
            assertInstanceOf(StreamEvent.Done.class, events.getLast());
            assertEquals(2, readings.get(), "one for the first read, which waited; one for the rest of the body after [DONE]");
        }
    }

    @Test
    void aNextChunkCutShortInsideItsSizeLineIsCutOffByTheIdleTimeout() throws Exception {
        try (ChunkedAtOnce platform = ChunkedAtOnce.quietInsideASizeLineAfter("data: " + StreamingTest.CHUNK_1 + "\n\n")) {
            UpstreamStream stream = assertInstanceOf(UpstreamResult.Streaming.class, Fixtures.provider().call(
                    Fixtures.request(Platform.OPENAI, platform.baseUrl(), true, Map.of("idleTimeoutMs", "200")))).stream();
            assertInstanceOf(StreamEvent.Data.class, stream.next());
            long started = System.nanoTime();
            assertFalse(stream.ready(), "the next chunk never finished arriving");
            StreamEvent.Failed failed = assertInstanceOf(StreamEvent.Failed.class, stream.next());
            assertEquals(504, failed.failure().status(), failed.failure().message());
            assertTrue(System.nanoTime() - started < TimeUnit.MILLISECONDS.toNanos(2000));
        }
    }

    @Test
    void anEventStillOnItsWayIsNotReady() throws Exception {
        assertEquals(List.of(false, false, false), readyAfterEachEvent(FakePlatform.sse(150, "data: " + StreamingTest.CHUNK_1 + "\n\n",
                "data: " + StreamingTest.CHUNK_2 + "\n\n", "data: [DONE]\n\n")));
    }
}
