package io.tollgate.adapter.provider.openai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tollgate.adapter.provider.FakePlatform;
import io.tollgate.adapter.provider.Fixtures;
import io.tollgate.domain.account.FailureClass;
import io.tollgate.domain.account.Platform;
import io.tollgate.domain.relay.UpstreamResult;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class NetworkFailureTest {

    @Test
    void aRefusedConnectionIsTransientAndNothingIsThrown() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        UpstreamResult result = Fixtures.provider().call(Fixtures.request(Platform.OPENAI, "http://127.0.0.1:" + port + "/v1", false));
        UpstreamResult.Failed failed = assertInstanceOf(UpstreamResult.Failed.class, result);
        assertEquals(FailureClass.TRANSIENT, failed.failure().failureClass());
        assertEquals(502, failed.failure().status());
    }

    @Test
    void noResponseHeadersWithinTheTimeoutIsTransient() throws Exception {
        try (FakePlatform platform = new FakePlatform(exchange -> Thread.sleep(3000))) {
            long started = System.nanoTime();
            UpstreamResult result = Fixtures.provider().call(
                    Fixtures.request(Platform.GLM, platform.baseUrl(), true, Map.of("timeoutMs", "300")));
            UpstreamResult.Failed failed = assertInstanceOf(UpstreamResult.Failed.class, result);
            assertEquals(FailureClass.TRANSIENT, failed.failure().failureClass());
            assertEquals(504, failed.failure().status());
            assertEquals("no response within 300 ms", failed.failure().message());
            assertTrue(System.nanoTime() - started < TimeUnit.MILLISECONDS.toNanos(2500));
        }
    }

    @Test
    void theWaitForTheResponseHeadersIsAnUntimedReadSoItArmsNoTimerOfItsOwn() throws Exception {
        CountDownLatch asked = new CountDownLatch(1);
        CountDownLatch answer = new CountDownLatch(1);
        try (FakePlatform platform = new FakePlatform(exchange -> {
            asked.countDown();
            answer.await(5, TimeUnit.SECONDS);
            FakePlatform.json(200, "{\"choices\":[]}").serve(exchange);
        })) {
            AtomicReference<UpstreamResult> result = new AtomicReference<>();
            Thread caller = Thread.ofVirtual().start(() -> result.set(Fixtures.provider().call(
                    Fixtures.request(Platform.OPENAI, platform.baseUrl(), false, Map.of("timeoutMs", "10000")))));
            assertTrue(asked.await(5, TimeUnit.SECONDS));
            List<String> reading = List.of();
            for (int look = 0; look < 200 && reading.isEmpty(); look++) {
                Thread.sleep(5);
                reading = Arrays.stream(caller.getStackTrace()).map(StackTraceElement::getMethodName)
                        .filter(method -> method.endsWith("Read") || method.equals("read")).toList();
            }
            answer.countDown();
            caller.join(5_000);
            // NioSocketImpl reads through timedRead whenever the socket has a timeout; a timed read arms a JDK timer.
            assertTrue(!reading.isEmpty() && !reading.contains("timedRead"), "the caller's reads: " + reading);
            assertInstanceOf(UpstreamResult.Completed.class, result.get());
        }
    }

    @Test
    void aBaseUrlWithATrailingSlashStillReachesTheEndpoint() throws Exception {
        try (FakePlatform platform = new FakePlatform(FakePlatform.json(200, "{\"choices\":[]}"))) {
            Fixtures.provider().call(Fixtures.request(Platform.OPENAI, platform.baseUrl() + "/", false));
            assertEquals("/v1/chat/completions", platform.last().path());
        }
    }
}
