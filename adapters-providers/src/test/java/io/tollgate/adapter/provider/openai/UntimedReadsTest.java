package io.tollgate.adapter.provider.openai;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tollgate.adapter.provider.FakePlatform;
import io.tollgate.adapter.provider.Fixtures;
import io.tollgate.domain.account.Platform;
import io.tollgate.domain.relay.StreamEvent;
import io.tollgate.domain.relay.UpstreamResult;
import io.tollgate.domain.relay.UpstreamStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * A platform call's socket reads wait without a socket timeout: the JDK reads a socket that has one through
 * {@code timedRead}, which on a virtual thread arms a timer and disarms it, waking the timer's thread twice per wait.
 * The watchdogs bound each wait instead (their own tests hold the timeouts).
 */
class UntimedReadsTest {

    /** The socket-read frames of {@code thread} once it waits in one. */
    private static List<String> readsWhileWaiting(Thread thread) throws InterruptedException {
        for (int look = 0; look < 400; look++) {
            List<String> reads = Arrays.stream(thread.getStackTrace())
                    .filter(frame -> frame.getClassName().startsWith("sun.nio.ch.NioSocketImpl"))
                    .map(StackTraceElement::getMethodName).filter(method -> method.toLowerCase(Locale.ROOT).contains("read")).toList();
            if (!reads.isEmpty()) {
                return reads;
            }
            Thread.sleep(5);
        }
        return List.of();
    }

    @Test
    void theWaitForTheResponseHeadersIsAnUntimedRead() throws Exception {
        CountDownLatch answer = new CountDownLatch(1);
        try (FakePlatform platform = new FakePlatform(exchange -> {
            answer.await(5, TimeUnit.SECONDS);
            FakePlatform.json(200, "{\"choices\":[]}").serve(exchange);
        })) {
            AtomicReference<UpstreamResult> result = new AtomicReference<>();
            Thread caller = Thread.ofVirtual().start(() -> result.set(Fixtures.provider().call(
                    Fixtures.request(Platform.OPENAI, platform.baseUrl(), false, Map.of("timeoutMs", "10000")))));
            List<String> reads = readsWhileWaiting(caller);
            answer.countDown();
            caller.join(5_000);
            assertTrue(reads.contains("implRead") && !reads.contains("timedRead"), "the caller's reads: " + reads);
            assertInstanceOf(UpstreamResult.Completed.class, result.get());
        }
    }

    @Test
    void theWaitForAStreamsNextEventIsAnUntimedRead() throws Exception {
        try (FakePlatform platform = new FakePlatform(FakePlatform.sse(400, "data: " + StreamingTest.CHUNK_1 + "\n\n",
                "data: " + StreamingTest.CHUNK_2 + "\n\n", "data: [DONE]\n\n"))) {
            UpstreamStream stream = assertInstanceOf(UpstreamResult.Streaming.class, Fixtures.provider().call(
                    Fixtures.request(Platform.OPENAI, platform.baseUrl(), true, Map.of("idleTimeoutMs", "10000")))).stream();
            assertInstanceOf(StreamEvent.Data.class, stream.next());
            AtomicReference<StreamEvent> second = new AtomicReference<>();
            Thread reader = Thread.ofVirtual().start(() -> second.set(stream.next()));
            List<String> reads = readsWhileWaiting(reader);
            reader.join(5_000);
            assertTrue(reads.contains("implRead") && !reads.contains("timedRead"), "the reader's reads: " + reads);
            assertInstanceOf(StreamEvent.Data.class, second.get());
        }
    }
}
