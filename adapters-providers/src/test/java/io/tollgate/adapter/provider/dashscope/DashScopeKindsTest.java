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
import io.tollgate.domain.relay.UpstreamFailure;
import io.tollgate.domain.relay.UpstreamResult;
import io.tollgate.domain.relay.Usage;
import io.tollgate.domain.relay.kind.ModelKind;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Embeddings and rerank against a local fake of DashScope's native services, in their own formats and error replies. */
class DashScopeKindsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String EMBED = "{\"model\":\"text-embedding-v3\",\"input\":[\"风急天高\",\"渚清沙白\"],\"dimensions\":2}";
    // Native reply: output.embeddings with text_index (here out of order), usage.total_tokens, request_id.
    private static final String EMBEDDED = "{\"output\":{\"embeddings\":[{\"sparse_embedding\":[],\"embedding\":[0.5,-0.25],"
            + "\"text_index\":1},{\"embedding\":[1.0,2.0],\"text_index\":0}]},\"usage\":{\"total_tokens\":7},"
            + "\"request_id\":\"b4f2a7d9-8c1e-4a7b-9f0e-2d3c4b5a6e7f\"}";
    private static final String RERANK = "{\"model\":\"gte-rerank\",\"query\":\"什么是文本排序模型\",\"documents\":[\"量子计算\","
            + "\"文本排序模型广泛用于搜索引擎\"],\"top_n\":2}";
    private static final String RERANKED = "{\"output\":{\"results\":[{\"document\":{\"text\":\"文本排序模型广泛用于搜索引擎\"},"
            + "\"index\":1,\"relevance_score\":0.9334521651268004},{\"document\":{\"text\":\"量子计算\"},\"index\":0,"
            + "\"relevance_score\":0.0211}]},\"usage\":{\"total_tokens\":79},\"request_id\":\"a1b2c3d4-0000-4000-8000-abcdefabcdef\"}";

    private static String base(FakePlatform platform) {
        return platform.baseUrl().replaceFirst("/v1$", "");
    }

    private static UpstreamResult call(FakePlatform platform, ModelKind kind, String body) {
        return new DashScopeNativeProvider(Timeouts.DEFAULTS, Fixtures.CLOCK, Watchdogs.timer())
                .call(Fixtures.request(Platform.DASHSCOPE_NATIVE, base(platform), kind, body));
    }

    private static UpstreamFailure failure(int status, String body) throws Exception {
        try (FakePlatform platform = new FakePlatform(FakePlatform.json(status, body))) {
            return assertInstanceOf(UpstreamResult.Failed.class, call(platform, ModelKind.EMBEDDING, EMBED)).failure();
        }
    }

    @Test
    void anEmbeddingGoesToTheTextEmbeddingServiceAndComesBackAsAnOpenAiListInInputOrder() throws Exception {
        try (FakePlatform platform = new FakePlatform(FakePlatform.json(200, EMBEDDED))) {
            UpstreamResult.Completed completed = assertInstanceOf(UpstreamResult.Completed.class,
                    call(platform, ModelKind.EMBEDDING, EMBED));

            assertEquals(DashScopeKinds.EMBEDDING_PATH, platform.last().path());
            assertEquals("Bearer sk-test-credential-123", platform.last().header("Authorization"));
            JsonNode sent = JSON.readTree(platform.last().body());
            assertEquals("upstream-model", sent.path("model").asText());
            assertEquals("[\"风急天高\",\"渚清沙白\"]", sent.path("input").path("texts").toString());
            assertEquals(2, sent.path("parameters").path("dimension").asInt());
            JsonNode reply = JSON.readTree(completed.body());
            assertEquals("list", reply.path("object").asText());
            assertEquals("[1.0,2.0]", reply.path("data").path(0).path("embedding").toString());
            assertEquals(1, reply.path("data").path(1).path("index").asInt());
            assertEquals("embedding", reply.path("data").path(1).path("object").asText());
            assertEquals(7, reply.path("usage").path("prompt_tokens").asInt());
            assertEquals(Optional.of(new Usage(7, 0, false)), completed.usage());
        }
    }

    @Test
    void base64IsEncodedHereAsLittleEndianFloatsSinceDashScopeSendsNumbersOnly() throws Exception {
        try (FakePlatform platform = new FakePlatform(FakePlatform.json(200, EMBEDDED))) {
            String body = EMBED.replace("\"dimensions\":2", "\"encoding_format\":\"base64\"");
            UpstreamResult.Completed completed = assertInstanceOf(UpstreamResult.Completed.class, call(platform, ModelKind.EMBEDDING, body));

            assertEquals("AACAPwAAAEA=", JSON.readTree(completed.body()).path("data").path(0).path("embedding").asText());
            assertTrue(JSON.readTree(platform.last().body()).path("parameters").path("dimension").isMissingNode());
        }
    }

    /** A native reply with {@code count} vectors whose first number is the batch's number, and 2 tokens per text. */
    private static String batchReply(int batch, int count) {
        StringBuilder embeddings = new StringBuilder();
        for (int i = 0; i < count; i++) {
            embeddings.append(i == 0 ? "" : ",").append("{\"embedding\":[").append(batch).append(".0,").append(i)
                    .append(".0],\"text_index\":").append(i).append('}');
        }
        return "{\"output\":{\"embeddings\":[" + embeddings + "]},\"usage\":{\"total_tokens\":" + 2 * count
                + "},\"request_id\":\"r-" + batch + "\"}";
    }

    private static String texts(int count) {
        StringBuilder texts = new StringBuilder();
        for (int i = 0; i < count; i++) {
            texts.append(i == 0 ? "" : ",").append("\"chunk ").append(i).append('"');
        }
        return "{\"model\":\"text-embedding-v4\",\"input\":[" + texts + "]}";
    }

    @Test
    void anInputLongerThanTenTextsIsEmbeddedInBatchesOfTenAndJoinedInOrderWithTheirTokensSummed() throws Exception {
        AtomicInteger batches = new AtomicInteger();
        try (FakePlatform platform = new FakePlatform(exchange -> {
            int batch = batches.incrementAndGet();
            FakePlatform.json(200, batchReply(batch, batch < 3 ? 10 : 3)).serve(exchange);
        })) {
            UpstreamResult.Completed completed = assertInstanceOf(UpstreamResult.Completed.class,
                    call(platform, ModelKind.EMBEDDING, texts(23)));

            assertEquals(3, batches.get());
            assertEquals(3, JSON.readTree(platform.last().body()).path("input").path("texts").size());
            JsonNode data = JSON.readTree(completed.body()).path("data");
            assertEquals(23, data.size());
            for (int i = 0; i < 23; i++) {
                assertEquals(i, data.get(i).path("index").asInt());
                assertEquals("[" + (i / 10 + 1) + ".0," + i % 10 + ".0]", data.get(i).path("embedding").toString());
            }
            assertEquals(46, JSON.readTree(completed.body()).path("usage").path("prompt_tokens").asInt());
            assertEquals(Optional.of(new Usage(46, 0, false)), completed.usage());
        }
    }

    @Test
    void aBatchThatFailsFailsTheWholeAttemptSoTheRelayFailsOverWithTheWholeInput() throws Exception {
        AtomicInteger batches = new AtomicInteger();
        try (FakePlatform platform = new FakePlatform(exchange -> {
            if (batches.incrementAndGet() == 2) {
                FakePlatform.json(429, "{\"code\":\"Throttling.RateQuota\",\"message\":\"Requests rate limit exceeded\","
                        + "\"request_id\":\"r-9\"}").serve(exchange);
            } else {
                FakePlatform.json(200, batchReply(1, 10)).serve(exchange);
            }
        })) {
            UpstreamFailure failure = assertInstanceOf(UpstreamResult.Failed.class,
                    call(platform, ModelKind.EMBEDDING, texts(30))).failure();

            assertEquals(FailureClass.RATE, failure.failureClass());
            assertEquals(2, batches.get(), "no batch is sent after a failed one");
        }
    }

    @Test
    void tokenArraysAreRefusedAsTheCallersMistakeWithoutCallingThePlatform() throws Exception {
        try (FakePlatform platform = new FakePlatform(FakePlatform.json(200, EMBEDDED))) {
            UpstreamFailure failure = assertInstanceOf(UpstreamResult.Failed.class,
                    call(platform, ModelKind.EMBEDDING, "{\"model\":\"m\",\"input\":[[1,2,3]]}")).failure();

            assertEquals(FailureClass.CLIENT, failure.failureClass());
            assertEquals("unsupported_input", JSON.readTree(failure.body()).path("error").path("code").asText());
            assertNull(platform.last());
        }
    }

    @Test
    void aRerankGoesToTheTextRerankServiceAndComesBackInJinasShape() throws Exception {
        try (FakePlatform platform = new FakePlatform(FakePlatform.json(200, RERANKED))) {
            UpstreamResult.Completed completed = assertInstanceOf(UpstreamResult.Completed.class, call(platform, ModelKind.RERANK, RERANK));

            assertEquals(DashScopeKinds.RERANK_PATH, platform.last().path());
            JsonNode sent = JSON.readTree(platform.last().body());
            assertEquals("什么是文本排序模型", sent.path("input").path("query").asText());
            assertEquals(2, sent.path("input").path("documents").size());
            assertEquals(2, sent.path("parameters").path("top_n").asInt());
            assertTrue(sent.path("parameters").path("return_documents").asBoolean());
            JsonNode reply = JSON.readTree(completed.body());
            assertEquals(1, reply.path("results").path(0).path("index").asInt());
            assertEquals(0.9334521651268004, reply.path("results").path(0).path("relevance_score").asDouble());
            assertEquals("文本排序模型广泛用于搜索引擎", reply.path("results").path(0).path("document").path("text").asText());
            assertEquals(0, reply.path("results").path(1).path("index").asInt());
            assertEquals(79, reply.path("usage").path("total_tokens").asInt());
            assertEquals(Optional.of(new Usage(79, 0, false)), completed.usage());
        }
    }

    @Test
    void dashScopesErrorRepliesAreClassifiedSoFailoverAndTheBreakerTreatThemAsChatErrors() throws Exception {
        assertEquals(FailureClass.AUTH, failure(401, "{\"code\":\"InvalidApiKey\",\"message\":\"Invalid API-key provided.\","
                + "\"request_id\":\"r-1\"}").failureClass());
        assertEquals(FailureClass.RATE, failure(429, "{\"code\":\"Throttling.RateQuota\",\"message\":\"Requests rate limit "
                + "exceeded, please try again later.\",\"request_id\":\"r-2\"}").failureClass());
        assertEquals(FailureClass.TRANSIENT, failure(500, "{\"code\":\"InternalError\",\"message\":\"An internal error has occured, "
                + "please try again later or contact service support.\",\"request_id\":\"r-3\"}").failureClass());
        assertEquals(FailureClass.QUOTA, failure(400, "{\"code\":\"Arrearage\",\"message\":\"Access denied, please make sure your "
                + "account is in good standing.\",\"request_id\":\"r-4\"}").failureClass());
        UpstreamFailure refused = failure(400, "{\"code\":\"InvalidParameter\",\"message\":\"Range of input length should be "
                + "[1, 8192]\",\"request_id\":\"r-5\"}");
        assertEquals(FailureClass.CLIENT, refused.failureClass());
        assertEquals("InvalidParameter", JSON.readTree(refused.body()).path("error").path("code").asText());
    }

    @Test
    void anErrorInA200IsNeverPassedOnAsAnEmptyAnswer() throws Exception {
        assertEquals(FailureClass.RATE, failure(200, "{\"code\":\"Throttling\",\"message\":\"Requests throttling triggered.\","
                + "\"request_id\":\"r-6\"}").failureClass());
    }

    @Test
    void speechIsStillRefusedPlainly() throws Exception {
        try (FakePlatform platform = new FakePlatform(FakePlatform.json(200, EMBEDDED))) {
            UpstreamFailure failure = assertInstanceOf(UpstreamResult.Failed.class,
                    call(platform, ModelKind.SPEECH, "{\"model\":\"m\",\"input\":\"hi\",\"voice\":\"a\"}")).failure();
            assertEquals("unsupported_model_kind", JSON.readTree(failure.body()).path("error").path("code").asText());
        }
    }
}
