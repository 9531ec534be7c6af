package io.tollgate.adapter.provider.openai;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tollgate.adapter.provider.FakePlatform;
import io.tollgate.adapter.provider.Fixtures;
import io.tollgate.adapter.provider.anthropic.AnthropicProvider;
import io.tollgate.adapter.provider.transport.Timeouts;
import io.tollgate.adapter.provider.transport.Watchdogs;
import io.tollgate.domain.account.FailureClass;
import io.tollgate.domain.account.Platform;
import io.tollgate.domain.relay.kind.ModelKind;
import io.tollgate.domain.relay.UpstreamResult;
import io.tollgate.domain.relay.Usage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Embeddings and rerank against a local fake of an OpenAI-compatible platform, in its own reply formats. */
class EmbeddingAndRerankTest {

    private static final String EMBED = "{\"model\":\"text-embedding-3-small\",\"input\":[\"a\",\"b\"],\"encoding_format\":\"base64\"}";
    private static final String EMBEDDED = "{\"object\":\"list\",\"data\":[{\"object\":\"embedding\",\"index\":0,"
            + "\"embedding\":\"AACAPwAAAEA=\"},{\"object\":\"embedding\",\"index\":1,\"embedding\":\"AACAPwAAAEA=\"}],"
            + "\"model\":\"text-embedding-3-small\",\"usage\":{\"prompt_tokens\":2,\"total_tokens\":2}}";
    private static final String RERANK = "{\"model\":\"jina-reranker-v2\",\"query\":\"tea\",\"documents\":[\"coffee\",\"green tea\"],"
            + "\"top_n\":1}";
    private static final String JINA = "{\"model\":\"jina-reranker-v2-base-multilingual\",\"usage\":{\"total_tokens\":15},"
            + "\"results\":[{\"index\":1,\"document\":{\"text\":\"green tea\"},\"relevance_score\":0.93}]}";
    private static final String COHERE = "{\"id\":\"r-1\",\"results\":[{\"index\":1,\"relevance_score\":0.93}],"
            + "\"meta\":{\"api_version\":{\"version\":\"1\"},\"billed_units\":{\"search_units\":1}}}";

    @Test
    void anEmbeddingIsPostedToEmbeddingsWithTheUpstreamModelAndItsReplyPassedOnWithItsTokens() throws Exception {
        try (FakePlatform platform = new FakePlatform(FakePlatform.json(200, EMBEDDED))) {
            UpstreamResult result = Fixtures.provider().call(Fixtures.request(Platform.OPENAI, platform.baseUrl(), ModelKind.EMBEDDING, EMBED));

            UpstreamResult.Completed completed = assertInstanceOf(UpstreamResult.Completed.class, result);
            assertArrayEquals(EMBEDDED.getBytes(StandardCharsets.UTF_8), completed.body());
            assertEquals(Optional.of(new Usage(2, 0, false)), completed.usage());
            assertEquals("/v1/embeddings", platform.last().path());
            assertEquals("Bearer sk-test-credential-123", platform.last().header("Authorization"));
            String sent = platform.last().bodyText();
            assertTrue(sent.contains("\"model\":\"upstream-model\"") && sent.contains("\"encoding_format\":\"base64\""), sent);
            assertTrue(!sent.contains("max_tokens") && !sent.contains("\"stream\""), "nothing of chat is added: " + sent);
        }
    }

    @Test
    void aJinaRerankIsPostedToRerankAndBilledOnItsTotalTokens() throws Exception {
        try (FakePlatform platform = new FakePlatform(FakePlatform.json(200, JINA))) {
            UpstreamResult result = Fixtures.provider().call(Fixtures.request(Platform.OPENAI, platform.baseUrl(), ModelKind.RERANK, RERANK));

            UpstreamResult.Completed completed = assertInstanceOf(UpstreamResult.Completed.class, result);
            assertArrayEquals(JINA.getBytes(StandardCharsets.UTF_8), completed.body());
            assertEquals(Optional.of(new Usage(15, 0, false)), completed.usage());
            assertEquals("/v1/rerank", platform.last().path());
        }
    }

    @Test
    void aCohereRerankBilledInSearchUnitsReportsNoTokensSoOnlyThePricePerCallApplies() throws Exception {
        try (FakePlatform platform = new FakePlatform(FakePlatform.json(200, COHERE))) {
            UpstreamResult result = Fixtures.provider().call(Fixtures.request(Platform.OPENAI, platform.baseUrl(), ModelKind.RERANK, RERANK));

            assertEquals(Optional.of(Usage.NONE), assertInstanceOf(UpstreamResult.Completed.class, result).usage());
        }
    }

    @Test
    void aReplyWithoutUsageLeavesTheEstimateToTheRelay() throws Exception {
        try (FakePlatform platform = new FakePlatform(FakePlatform.json(200, "{\"results\":[]}"))) {
            UpstreamResult result = Fixtures.provider().call(Fixtures.request(Platform.GLM, platform.baseUrl(), ModelKind.RERANK, RERANK));

            assertEquals(Optional.empty(), assertInstanceOf(UpstreamResult.Completed.class, result).usage());
        }
    }

    @Test
    void errorRepliesAreClassifiedAsChatsAreSoTheRelayFailsOver() throws Exception {
        String limited = "{\"error\":{\"message\":\"Rate limit reached for text-embedding-3-small\",\"type\":\"requests\","
                + "\"code\":\"rate_limit_exceeded\"}}";
        String overloaded = "{\"error\":{\"message\":\"The server had an error\",\"type\":\"server_error\"}}";
        String badInput = "{\"error\":{\"message\":\"'$.input' is invalid\",\"type\":\"invalid_request_error\"}}";
        String badKey = "{\"error\":{\"message\":\"Incorrect API key provided: sk-test-credential-123\",\"code\":\"invalid_api_key\"}}";
        assertEquals(FailureClass.RATE, failure(429, limited, "Retry-After", "7").failureClass());
        assertEquals(Optional.of(Duration.ofSeconds(7)), failure(429, limited, "Retry-After", "7").retryAfter());
        assertEquals(FailureClass.TRANSIENT, failure(500, overloaded).failureClass());
        assertEquals(FailureClass.AUTH, failure(401, badKey).failureClass());
        assertTrue(!failure(401, badKey).message().contains("sk-test-credential-123"));
        io.tollgate.domain.relay.UpstreamFailure client = failure(400, badInput);
        assertEquals(FailureClass.CLIENT, client.failureClass());
        assertArrayEquals(badInput.getBytes(StandardCharsets.UTF_8), client.body());
        assertEquals(FailureClass.TRANSIENT, failure(200, "not json").failureClass());
        assertEquals(FailureClass.RATE, failure(200, limited).failureClass(), "an error object in a 200 is still an error");
    }

    @Test
    void nativeAdaptersRefuseOtherKindsPlainlyWithoutCallingAnything() {
        UpstreamResult anthropic = new AnthropicProvider(Timeouts.DEFAULTS, Fixtures.CLOCK, Watchdogs.timer())
                .call(Fixtures.request(Platform.ANTHROPIC, "http://127.0.0.1:1/v1", ModelKind.EMBEDDING, EMBED));

        for (UpstreamResult result : new UpstreamResult[] {anthropic}) {
            io.tollgate.domain.relay.UpstreamFailure failure = assertInstanceOf(UpstreamResult.Failed.class, result).failure();
            assertEquals(FailureClass.CLIENT, failure.failureClass());
            assertEquals(400, failure.status());
            assertTrue(new String(failure.body(), StandardCharsets.UTF_8).contains("unsupported_model_kind"), failure.message());
        }
    }

    private static io.tollgate.domain.relay.UpstreamFailure failure(int status, String body, String... headers) throws Exception {
        try (FakePlatform platform = new FakePlatform(FakePlatform.json(status, body, headers))) {
            UpstreamResult result = Fixtures.provider().call(Fixtures.request(Platform.OPENAI, platform.baseUrl(), ModelKind.EMBEDDING, EMBED));
            return assertInstanceOf(UpstreamResult.Failed.class, result).failure();
        }
    }
}
