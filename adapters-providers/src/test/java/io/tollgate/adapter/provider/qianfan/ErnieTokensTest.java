package io.tollgate.adapter.provider.qianfan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tollgate.adapter.provider.FakePlatform;
import io.tollgate.adapter.provider.Fixtures;
import io.tollgate.adapter.provider.transport.Timeouts;
import io.tollgate.adapter.provider.transport.Watchdogs;
import io.tollgate.application.fakes.SettableClock;
import io.tollgate.domain.account.FailureClass;
import io.tollgate.domain.relay.UpstreamResult;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class ErnieTokensTest {

    static final String REPLY = "{\"id\":\"as-1\",\"object\":\"chat.completion\",\"created\":1700000000,\"result\":\"你好\","
            + "\"is_truncated\":false,\"need_clear_history\":false,\"usage\":{\"prompt_tokens\":3,\"completion_tokens\":2,\"total_tokens\":5}}";

    private static ErnieV1Provider provider(java.time.Clock clock) {
        return new ErnieV1Provider(Timeouts.DEFAULTS, clock, Watchdogs.timer());
    }

    @Test
    void hundredConcurrentCallsFetchTheTokenOnce() throws Exception {
        try (FakeErnie ernie = new FakeErnie(token -> FakePlatform.json(200, REPLY));
                ExecutorService callers = Executors.newFixedThreadPool(100)) {
            ernie.tokenDelayMs = 300;
            ErnieV1Provider provider = provider(Fixtures.CLOCK);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<UpstreamResult>> results = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                results.add(callers.submit(() -> {
                    start.await();
                    return provider.call(ernie.request(false));
                }));
            }
            start.countDown();
            for (Future<UpstreamResult> result : results) {
                assertInstanceOf(UpstreamResult.Completed.class, result.get());
            }
            assertEquals(1, ernie.tokenFetches.get());
            assertEquals(100, ernie.chatQueries.size());
            assertTrue(ernie.chatQueries.stream().allMatch(query -> query.equals("access_token=tok-1")));
            assertEquals("grant_type=client_credentials&client_id=ak-123&client_secret=sk-456", ernie.tokenQueries.get(0));
        }
    }

    @Test
    void theTokenIsRenewedOnlyWithinADayOfExpiry() throws Exception {
        try (FakeErnie ernie = new FakeErnie(token -> FakePlatform.json(200, REPLY))) {
            SettableClock clock = new SettableClock(Fixtures.NOW);
            ErnieV1Provider provider = provider(clock);
            provider.call(ernie.request(false));
            clock.set(Fixtures.NOW.plus(Duration.ofDays(28)));
            provider.call(ernie.request(false));
            assertEquals(1, ernie.tokenFetches.get());
            clock.set(Fixtures.NOW.plus(Duration.ofDays(29)).plusSeconds(1));
            provider.call(ernie.request(false));
            provider.call(ernie.request(false));
            assertEquals(2, ernie.tokenFetches.get());
            assertEquals(List.of("access_token=tok-1", "access_token=tok-1", "access_token=tok-2", "access_token=tok-2"), ernie.chatQueries);
        }
    }

    @Test
    void anExpiredTokenAnswerFetchesANewTokenAndRetriesOnce() throws Exception {
        String expired = "{\"error_code\":111,\"error_msg\":\"Access token expired\"}";
        try (FakeErnie ernie = new FakeErnie(token -> FakePlatform.json(200, token.equals("tok-1") ? expired : REPLY))) {
            ErnieV1Provider provider = provider(Fixtures.CLOCK);
            assertInstanceOf(UpstreamResult.Completed.class, provider.call(ernie.request(false)));
            assertInstanceOf(UpstreamResult.Completed.class, provider.call(ernie.request(false)));
            assertEquals(2, ernie.tokenFetches.get());
            assertEquals(List.of("access_token=tok-1", "access_token=tok-2", "access_token=tok-2"), ernie.chatQueries);
        }
    }

    @Test
    void anInvalidTokenTwiceInARowIsAnAuthFailureAfterOneRetry() throws Exception {
        String invalid = "{\"error_code\":110,\"error_msg\":\"Access token invalid or no longer valid\"}";
        try (FakeErnie ernie = new FakeErnie(token -> FakePlatform.json(200, invalid))) {
            UpstreamResult result = provider(Fixtures.CLOCK).call(ernie.request(false));
            assertEquals(FailureClass.AUTH, assertInstanceOf(UpstreamResult.Failed.class, result).failure().failureClass());
            assertEquals(2, ernie.tokenFetches.get());
            assertEquals(2, ernie.chatQueries.size());
        }
    }

    @Test
    void aRefusedAkSkIsAnAuthFailureWithoutCallingChat() throws Exception {
        try (FakePlatform platform = new FakePlatform(FakePlatform.json(401,
                "{\"error\":\"invalid_client\",\"error_description\":\"unknown client id\"}"))) {
            String base = platform.baseUrl().replaceFirst("/v1$", "");
            UpstreamResult result = provider(Fixtures.CLOCK).call(new io.tollgate.domain.relay.UpstreamRequest(
                    Fixtures.account(io.tollgate.domain.account.Platform.ERNIE_V1, base, java.util.Map.of()), "bad:key",
                    "ernie-4.0-8k", Fixtures.BODY.getBytes(java.nio.charset.StandardCharsets.UTF_8), false));
            UpstreamResult.Failed failed = assertInstanceOf(UpstreamResult.Failed.class, result);
            assertEquals(FailureClass.AUTH, failed.failure().failureClass());
            assertTrue(failed.failure().message().contains("unknown client id"));
            assertEquals(ErnieTokens.PATH, platform.last().path());
        }
    }
}
