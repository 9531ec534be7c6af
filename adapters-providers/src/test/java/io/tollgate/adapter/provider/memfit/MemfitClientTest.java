package io.tollgate.adapter.provider.memfit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tollgate.adapter.provider.FakePlatform;
import io.tollgate.adapter.provider.Fixtures;
import io.tollgate.adapter.provider.MemoryUpstreamTotpSecrets;
import io.tollgate.adapter.provider.openai.OpenAiCompatibleProvider;
import io.tollgate.adapter.provider.transport.Authorization;
import io.tollgate.adapter.provider.transport.Timeouts;
import io.tollgate.adapter.provider.transport.Watchdogs;
import io.tollgate.domain.account.FailureClass;
import io.tollgate.domain.account.Platform;
import io.tollgate.domain.relay.StreamEvent;
import io.tollgate.domain.relay.UpstreamRequest;
import io.tollgate.domain.relay.UpstreamResult;
import io.tollgate.domain.totp.MemfitModels;
import io.tollgate.domain.totp.Totp;
import io.tollgate.domain.totp.TotpSecret;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The aibalance client against a local aibalance stand-in that checks codes as the real gate does. */
class MemfitClientTest {

    /** What aibalance's gate answers for a wrong code, byte for byte. */
    private static final String FAILED_BODY = "{\"error\":{\"message\":\"Memfit TOTP authentication failed. Please refresh your "
            + "TOTP secret and try again.\",\"type\":\"memfit_totp_auth_failed\"}}";


    private final AtomicReference<TotpSecret> serverSecret = new AtomicReference<>(TotpSecret.random());
    private final AtomicInteger fetches = new AtomicInteger();
    private final AtomicBoolean rotateOnFetch = new AtomicBoolean();
    private final ConcurrentLinkedQueue<Optional<String>> headersSeen = new ConcurrentLinkedQueue<>();
    private final MemoryUpstreamTotpSecrets store = new MemoryUpstreamTotpSecrets();
    private final FakePlatform aibalance;
    private final OpenAiCompatibleProvider provider;

    MemfitClientTest() throws Exception {
        aibalance = new FakePlatform(exchange -> {
            if (exchange.getRequestURI().getPath().equals("/v1/memfit-totp-uuid")) {
                fetches.incrementAndGet();
                FakePlatform.json(200, "{\"format\":\"MEMFIT-AI<uuid>MEMFIT-AI\",\"uuid\":\"MEMFIT-AI" + serverSecret.get().value() + "MEMFIT-AI\"}").serve(exchange);
                if (rotateOnFetch.get()) {
                    serverSecret.set(TotpSecret.random());
                }
                return;
            }
            Optional<String> header = Optional.ofNullable(exchange.getRequestHeaders().getFirst(MemfitWire.HEADER));
            headersSeen.add(header);
            if (header.isPresent() && !Totp.MEMFIT.verify(serverSecret.get().key(),
                    new String(Base64.getDecoder().decode(header.get()), StandardCharsets.US_ASCII), Fixtures.CLOCK.instant())) {
                FakePlatform.json(401, FAILED_BODY).serve(exchange);
            } else if (exchange.getRequestHeaders().getFirst("Accept").contains("event-stream")) {
                FakePlatform.sse(0, "data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"2\"}}]}\n\n", "data: [DONE]\n\n").serve(exchange);
            } else {
                FakePlatform.json(200, "{\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":\"2\"}}],"
                        + "\"usage\":{\"prompt_tokens\":3,\"completion_tokens\":1,\"total_tokens\":4}}").serve(exchange);
            }
        });
        provider = new OpenAiCompatibleProvider(Timeouts.DEFAULTS, Fixtures.CLOCK, Watchdogs.timer(), new MemfitClient(MemfitModels.DEFAULT,
                new MemfitSecrets(store, new MemfitSecretFetcher(Duration.ofSeconds(5))), Fixtures.CLOCK), Authorization.BEARER);
    }

    @AfterEach
    void stop() {
        aibalance.close();
    }

    private UpstreamResult call(String model, boolean stream) {
        return provider.call(new UpstreamRequest(Fixtures.account(Platform.AIBALANCE, aibalance.baseUrl(), Map.of()), "sk-upstream-key",
                model, Fixtures.BODY.getBytes(StandardCharsets.UTF_8), stream));
    }

    @Test
    void aNonMemfitModelNeitherFetchesNorSendsTheHeader() {
        assertInstanceOf(UpstreamResult.Completed.class, call("glm-4-flash-free", false));

        assertEquals(0, fetches.get());
        assertEquals(List.of(Optional.empty()), List.copyOf(headersSeen));
    }

    @Test
    void theFirstMemfitCallFetchesSavesAndSendsTheCurrentCode() {
        assertInstanceOf(UpstreamResult.Completed.class, call("memfit-light-free", false));
        assertInstanceOf(UpstreamResult.Completed.class, call("memfit-light-free", false));

        assertEquals(1, fetches.get());
        assertEquals(Optional.of(serverSecret.get()), store.forUpstream(aibalance.baseUrl()));
        String expected = MemfitWire.header(Totp.MEMFIT.code(serverSecret.get().key(), Fixtures.CLOCK.instant()));
        assertEquals(List.of(Optional.of(expected), Optional.of(expected)), List.copyOf(headersSeen));
    }

    @Test
    void aStoredWrongSecretIsRefreshedAndTheCallRetriedOnce() {
        store.save(aibalance.baseUrl(), new TotpSecret("wrong-secret-12345"));

        assertInstanceOf(UpstreamResult.Completed.class, call("memfit-light-free", false));

        assertEquals(1, fetches.get());
        assertEquals(2, headersSeen.size());
        assertEquals(Optional.of(serverSecret.get()), store.forUpstream(aibalance.baseUrl()));
    }

    @Test
    void aStreamRefusedBeforeItsFirstEventIsRetriedInvisibly() {
        store.save(aibalance.baseUrl(), new TotpSecret("wrong-secret-12345"));

        UpstreamResult result = call("memfit-light-free", true);

        UpstreamResult.Streaming streaming = assertInstanceOf(UpstreamResult.Streaming.class, result);
        assertInstanceOf(StreamEvent.Data.class, streaming.stream().next());
        assertInstanceOf(StreamEvent.Done.class, streaming.stream().next());
        assertEquals(1, fetches.get());
    }

    @Test
    void aSecondRefusalGoesBackToTheCallerAsIs() {
        store.save(aibalance.baseUrl(), new TotpSecret("wrong-secret-12345"));
        // The server rotates right after each fetch, so the refreshed secret is stale by the time it is used.
        rotateOnFetch.set(true);

        UpstreamResult result = call("memfit-light-free", false);

        UpstreamResult.Failed failed = assertInstanceOf(UpstreamResult.Failed.class, result);
        assertEquals(FailureClass.CLIENT, failed.failure().failureClass());
        assertEquals(401, failed.failure().status());
        assertEquals(FAILED_BODY, new String(failed.failure().body(), StandardCharsets.UTF_8));
        assertEquals(2, headersSeen.size(), "one retry, not more");
    }

    @Test
    void fiftyConcurrentFirstCallsFetchOnce() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(50);
        try {
            List<Future<UpstreamResult>> results = new java.util.ArrayList<>();
            for (int i = 0; i < 50; i++) {
                results.add(threads.submit(() -> call("memfit-light-free", false)));
            }
            for (Future<UpstreamResult> result : results) {
                assertInstanceOf(UpstreamResult.Completed.class, result.get());
            }
        } finally {
            threads.shutdownNow();
        }
        assertEquals(1, fetches.get());
    }

    @Test
    void anUnreachableSecretEndpointIsATransientFailure() {
        UpstreamResult result = provider.call(new UpstreamRequest(Fixtures.account(Platform.AIBALANCE, "http://127.0.0.1:1/v1", Map.of()),
                "k", "memfit-x", Fixtures.BODY.getBytes(StandardCharsets.UTF_8), false));

        assertEquals(FailureClass.TRANSIENT, assertInstanceOf(UpstreamResult.Failed.class, result).failure().failureClass());
    }

    @Test
    void theSecretEndpointHangsOffTheBaseUrlsV1() {
        assertEquals("http://h:1/v1/memfit-totp-uuid", MemfitSecretFetcher.endpoint("http://h:1/v1/").toString());
        assertEquals("http://h:1/gw/v1/memfit-totp-uuid", MemfitSecretFetcher.endpoint("http://h:1/gw").toString());
        assertTrue(MemfitSecrets.key("http://h:1/v1//").endsWith("/v1"));
    }
}
