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
import java.util.Map;
import java.util.concurrent.TimeUnit;
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
    void aBaseUrlWithATrailingSlashStillReachesTheEndpoint() throws Exception {
        try (FakePlatform platform = new FakePlatform(FakePlatform.json(200, "{\"choices\":[]}"))) {
            Fixtures.provider().call(Fixtures.request(Platform.OPENAI, platform.baseUrl() + "/", false));
            assertEquals("/v1/chat/completions", platform.last().path());
        }
    }
}
