package io.tollgate.adapter.provider.qianfan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tollgate.adapter.provider.FakePlatform;
import io.tollgate.adapter.provider.Fixtures;
import io.tollgate.adapter.provider.transport.Timeouts;
import io.tollgate.adapter.provider.transport.Watchdogs;
import io.tollgate.domain.account.FailureClass;
import io.tollgate.domain.account.Platform;
import io.tollgate.domain.relay.AttemptLimits;
import io.tollgate.domain.relay.UpstreamFailure;
import io.tollgate.domain.relay.UpstreamRequest;
import io.tollgate.domain.relay.UpstreamResult;
import io.tollgate.domain.relay.Usage;
import io.tollgate.domain.relay.kind.ModelKind;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Embeddings and the reranker against a local fake of Qianfan v1, in its own formats and its errors-in-a-200. */
class ErnieKindsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String EMBED = "{\"model\":\"embedding-v1\",\"input\":[\"推荐一些美食\",\"给我讲个故事\"],\"user\":\"u-7\"}";
    private static final String EMBEDDED = "{\"id\":\"as-gjs275mj6s\",\"object\":\"embedding_list\",\"created\":1687155816,"
            + "\"data\":[{\"object\":\"embedding\",\"embedding\":[0.018314670771360397,0.00012527942],\"index\":0},"
            + "{\"object\":\"embedding\",\"embedding\":[0.0125,-0.5],\"index\":1}],\"usage\":{\"prompt_tokens\":12,\"total_tokens\":12}}";
    private static final String RERANK = "{\"model\":\"bce-reranker-base\",\"query\":\"北京的天气\",\"documents\":"
            + "[\"北京美食很多\",\"北京今天12.5度,北风,阴天\"],\"top_n\":2}";
    private static final String RERANKED = "{\"id\":\"as-hkck49jsue\",\"object\":\"reranker_list\",\"created\":1715067228,"
            + "\"results\":[{\"document\":\"北京今天12.5度,北风,阴天\",\"relevance_score\":0.5633178949356079,\"index\":1},"
            + "{\"document\":\"北京美食很多\",\"relevance_score\":0.4250681698322296,\"index\":0}],"
            + "\"usage\":{\"prompt_tokens\":22,\"total_tokens\":22}}";

    private static UpstreamResult call(FakeErnie ernie, String model, ModelKind kind, String body) {
        UpstreamRequest request = new UpstreamRequest(Fixtures.account(Platform.ERNIE_V1, ernie.baseUrl(), Map.of()), "ak-123:sk-456",
                model, body.getBytes(StandardCharsets.UTF_8), false, OptionalLong.empty(), AttemptLimits.NONE, kind, UpstreamRequest.JSON);
        return new ErnieV1Provider(Timeouts.DEFAULTS, Fixtures.CLOCK, Watchdogs.timer()).call(request);
    }

    private static UpstreamFailure failure(int status, String body) throws Exception {
        try (FakeErnie ernie = new FakeErnie(token -> FakePlatform.json(status, body))) {
            return assertInstanceOf(UpstreamResult.Failed.class, call(ernie, "embedding-v1", ModelKind.EMBEDDING, EMBED)).failure();
        }
    }

    @Test
    void anEmbeddingGoesToTheModelsEmbeddingsEndpointWithTheTokenAndComesBackAsAnOpenAiList() throws Exception {
        try (FakeErnie ernie = new FakeErnie(token -> FakePlatform.json(200, EMBEDDED))) {
            UpstreamResult.Completed completed = assertInstanceOf(UpstreamResult.Completed.class,
                    call(ernie, "embedding-v1", ModelKind.EMBEDDING, EMBED));

            assertEquals(ErnieKinds.EMBEDDING_PATH + "embedding-v1", ernie.chatPaths.get(0));
            assertEquals("access_token=tok-1", ernie.chatQueries.get(0));
            JsonNode sent = JSON.readTree(ernie.last().body());
            assertEquals("[\"推荐一些美食\",\"给我讲个故事\"]", sent.path("input").toString());
            assertEquals("u-7", sent.path("user_id").asText());
            JsonNode reply = JSON.readTree(completed.body());
            assertEquals("list", reply.path("object").asText());
            assertEquals("[0.0125,-0.5]", reply.path("data").path(1).path("embedding").toString());
            assertEquals(12, reply.path("usage").path("prompt_tokens").asInt());
            assertEquals(Optional.of(new Usage(12, 0, false)), completed.usage());
        }
    }

    @Test
    void anInputLongerThanSixteenTextsIsEmbeddedInBatchesAndJoinedInOrder() throws Exception {
        AtomicInteger batches = new AtomicInteger();
        try (FakeErnie ernie = new FakeErnie(token -> {
            int count = batches.incrementAndGet() == 1 ? 16 : 4;
            StringBuilder data = new StringBuilder();
            for (int i = 0; i < count; i++) {
                data.append(i == 0 ? "" : ",").append("{\"object\":\"embedding\",\"embedding\":[").append(batches.get())
                        .append(".0],\"index\":").append(i).append('}');
            }
            return FakePlatform.json(200, "{\"id\":\"as-" + count + "\",\"object\":\"embedding_list\",\"created\":1687155816,"
                    + "\"data\":[" + data + "],\"usage\":{\"prompt_tokens\":" + count + ",\"total_tokens\":" + count + "}}");
        })) {
            StringBuilder input = new StringBuilder();
            for (int i = 0; i < 20; i++) {
                input.append(i == 0 ? "" : ",").append("\"段落").append(i).append('"');
            }
            UpstreamResult.Completed completed = assertInstanceOf(UpstreamResult.Completed.class, call(ernie, "embedding-v1",
                    ModelKind.EMBEDDING, "{\"model\":\"embedding-v1\",\"input\":[" + input + "]}"));

            assertEquals(2, ernie.chatPaths.size());
            assertEquals(1, ernie.tokenFetches.get(), "both batches use the one token");
            JsonNode data = JSON.readTree(completed.body()).path("data");
            assertEquals(20, data.size());
            assertEquals(19, data.get(19).path("index").asInt());
            assertEquals("[2.0]", data.get(19).path("embedding").toString());
            assertEquals(Optional.of(new Usage(20, 0, false)), completed.usage());
        }
    }

    @Test
    void aModelWhoseEndpointIsNamedOtherwiseUsesItsEndpointName() throws Exception {
        try (FakeErnie ernie = new FakeErnie(token -> FakePlatform.json(200, EMBEDDED))) {
            assertInstanceOf(UpstreamResult.Completed.class, call(ernie, "bge-large-zh", ModelKind.EMBEDDING, EMBED));

            assertEquals(ErnieKinds.EMBEDDING_PATH + "bge_large_zh", ernie.chatPaths.get(0));
        }
    }

    @Test
    void aRerankGoesToTheRerankerEndpointAndComesBackInJinasShapeBestFirst() throws Exception {
        try (FakeErnie ernie = new FakeErnie(token -> FakePlatform.json(200, RERANKED))) {
            UpstreamResult.Completed completed = assertInstanceOf(UpstreamResult.Completed.class,
                    call(ernie, "bce-reranker-base", ModelKind.RERANK, RERANK));

            assertEquals(ErnieKinds.RERANK_PATH + "bce_reranker_base", ernie.chatPaths.get(0));
            JsonNode sent = JSON.readTree(ernie.last().body());
            assertEquals("北京的天气", sent.path("query").asText());
            assertEquals(2, sent.path("top_n").asInt());
            JsonNode reply = JSON.readTree(completed.body());
            assertEquals(1, reply.path("results").path(0).path("index").asInt());
            assertEquals("北京今天12.5度,北风,阴天", reply.path("results").path(0).path("document").path("text").asText());
            assertEquals(0.4250681698322296, reply.path("results").path(1).path("relevance_score").asDouble());
            assertEquals(Optional.of(new Usage(22, 0, false)), completed.usage());
        }
    }

    @Test
    void documentsAreLeftOutWhenTheCallerSaysSo() throws Exception {
        try (FakeErnie ernie = new FakeErnie(token -> FakePlatform.json(200, RERANKED))) {
            UpstreamResult.Completed completed = assertInstanceOf(UpstreamResult.Completed.class, call(ernie, "bce-reranker-base",
                    ModelKind.RERANK, RERANK.replace("\"top_n\":2", "\"return_documents\":false")));

            assertTrue(JSON.readTree(completed.body()).path("results").path(0).path("document").isMissingNode());
        }
    }

    @Test
    void anExpiredTokenIsRenewedOnceAndTheCallRepeated() throws Exception {
        try (FakeErnie ernie = new FakeErnie(token -> token.equals("tok-1")
                ? FakePlatform.json(200, "{\"error_code\":111,\"error_msg\":\"Access token expired\"}")
                : FakePlatform.json(200, EMBEDDED))) {
            assertInstanceOf(UpstreamResult.Completed.class, call(ernie, "embedding-v1", ModelKind.EMBEDDING, EMBED));

            assertEquals(2, ernie.tokenFetches.get());
        }
    }

    @Test
    void qianfansErrorCodesInA200AreClassifiedSoFailoverAndTheBreakerTreatThemAsChatErrors() throws Exception {
        assertEquals(FailureClass.AUTH, failure(200, "{\"error_code\":14,\"error_msg\":\"IAM Certification failed\"}").failureClass());
        assertEquals(FailureClass.RATE, failure(200, "{\"error_code\":18,\"error_msg\":\"Open api qps request limit reached\"}")
                .failureClass());
        assertEquals(FailureClass.QUOTA, failure(200, "{\"error_code\":17,\"error_msg\":\"Open api daily request limit reached\"}")
                .failureClass());
        assertEquals(FailureClass.TRANSIENT, failure(200, "{\"error_code\":336100,\"error_msg\":\"system is busy, please try "
                + "again later\"}").failureClass());
        assertEquals(FailureClass.TRANSIENT, failure(502, "<html>Bad Gateway</html>").failureClass());
        UpstreamFailure refused = failure(200, "{\"error_code\":336003,\"error_msg\":\"the length of input can not be more than 384\"}");
        assertEquals(FailureClass.CLIENT, refused.failureClass());
        assertEquals("336003", JSON.readTree(refused.body()).path("error").path("code").asText());
    }
}
