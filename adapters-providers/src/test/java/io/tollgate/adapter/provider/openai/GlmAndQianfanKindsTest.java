package io.tollgate.adapter.provider.openai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tollgate.adapter.provider.FakePlatform;
import io.tollgate.adapter.provider.Fixtures;
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
import org.junit.jupiter.api.Test;

/** Embeddings and rerank against local fakes of Zhipu GLM v4 and Qianfan v2, in their own formats and error replies. */
class GlmAndQianfanKindsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String EMBED = "{\"model\":\"embedding-3\",\"input\":[\"你好\",\"今天天气怎么样\"],\"dimensions\":256}";
    private static final String GLM_EMBEDDED = "{\"model\":\"embedding-3\",\"data\":[{\"embedding\":[-0.02675454,0.019060938],"
            + "\"index\":0,\"object\":\"embedding\"},{\"embedding\":[0.1,0.2],\"index\":1,\"object\":\"embedding\"}],"
            + "\"object\":\"list\",\"usage\":{\"completion_tokens\":0,\"prompt_tokens\":6,\"total_tokens\":6}}";
    private static final String RERANK = "{\"model\":\"rerank\",\"query\":\"增值税专用发票要多久内申请\",\"documents\":"
            + "[\"满 199 元包邮\",\"增值税专用发票需在订单完成后 7 个工作日内申请\"],\"top_n\":2,\"return_documents\":true}";
    private static final String GLM_RERANKED = "{\"created\":1735660800,\"id\":\"20250101000000abcdef\",\"request_id\":\"req-1\","
            + "\"results\":[{\"document\":\"增值税专用发票需在订单完成后 7 个工作日内申请\",\"index\":1,\"relevance_score\":0.9876},"
            + "{\"document\":\"满 199 元包邮\",\"index\":0,\"relevance_score\":0.0123}],"
            + "\"usage\":{\"prompt_tokens\":41,\"total_tokens\":41}}";
    private static final String QIANFAN_RERANKED = "{\"id\":\"as-5rfs3j5nf0\",\"object\":\"rerank_list\",\"created\":1715067228,"
            + "\"model\":\"bce-reranker-base\",\"results\":[{\"document\":\"增值税专用发票需在订单完成后 7 个工作日内申请\","
            + "\"relevance_score\":0.5633178949356079,\"index\":1}],\"usage\":{\"prompt_tokens\":22,\"total_tokens\":22}}";

    private static UpstreamResult call(Platform platform, String baseUrl, String credential, ModelKind kind, String body) {
        return Fixtures.provider().call(new UpstreamRequest(Fixtures.account(platform, baseUrl, Map.of()), credential, "upstream-model",
                body.getBytes(StandardCharsets.UTF_8), false, OptionalLong.empty(), AttemptLimits.NONE, kind, UpstreamRequest.JSON));
    }

    private static UpstreamFailure failure(Platform platform, int status, String body) throws Exception {
        try (FakePlatform fake = new FakePlatform(FakePlatform.json(status, body))) {
            return assertInstanceOf(UpstreamResult.Failed.class,
                    call(platform, fake.baseUrl(), "sk-test-credential-123", ModelKind.RERANK, RERANK)).failure();
        }
    }

    @Test
    void glmEmbeddingsGoToPaasV4WithASignedTokenAndTheirTokensAreBilled() throws Exception {
        try (FakePlatform glm = new FakePlatform(FakePlatform.json(200, GLM_EMBEDDED))) {
            String base = glm.baseUrl().replaceFirst("/v1$", "/api/paas/v4");
            UpstreamResult.Completed completed = assertInstanceOf(UpstreamResult.Completed.class,
                    call(Platform.GLM, base, "abc123.s3cr3t", ModelKind.EMBEDDING, EMBED));

            assertEquals("/api/paas/v4/embeddings", glm.last().path());
            String authorization = glm.last().header("Authorization");
            assertTrue(authorization.startsWith("Bearer ey") && !authorization.contains("s3cr3t"), authorization);
            assertEquals(256, JSON.readTree(glm.last().body()).path("dimensions").asInt());
            assertEquals("[0.1,0.2]", JSON.readTree(completed.body()).path("data").path(1).path("embedding").toString());
            assertEquals(Optional.of(new Usage(6, 0, false)), completed.usage());
        }
    }

    @Test
    void glmRerankGoesToPaasV4RerankAndItsBareDocumentsReachTheCallerInJinasShape() throws Exception {
        try (FakePlatform glm = new FakePlatform(FakePlatform.json(200, GLM_RERANKED))) {
            String base = glm.baseUrl().replaceFirst("/v1$", "/api/paas/v4");
            UpstreamResult.Completed completed = assertInstanceOf(UpstreamResult.Completed.class,
                    call(Platform.GLM, base, "abc123.s3cr3t", ModelKind.RERANK, RERANK));

            assertEquals("/api/paas/v4/rerank", glm.last().path());
            JsonNode reply = JSON.readTree(completed.body());
            assertEquals(1, reply.path("results").path(0).path("index").asInt());
            assertEquals("增值税专用发票需在订单完成后 7 个工作日内申请", reply.path("results").path(0).path("document").path("text").asText());
            assertEquals(0.9876, reply.path("results").path(0).path("relevance_score").asDouble());
            assertEquals(Optional.of(new Usage(41, 0, false)), completed.usage());
        }
    }

    @Test
    void glmsErrorRepliesAreClassifiedByTheirCodes() throws Exception {
        assertEquals(FailureClass.AUTH, failure(Platform.GLM, 401, "{\"error\":{\"code\":\"1000\",\"message\":\"身份验证失败。\"}}")
                .failureClass());
        assertEquals(FailureClass.RATE, failure(Platform.GLM, 429, "{\"error\":{\"code\":\"1302\",\"message\":\"您当前使用该API的"
                + "并发数过高，请降低并发，或联系客服增加限额。\"}}").failureClass());
        assertEquals(FailureClass.QUOTA, failure(Platform.GLM, 429, "{\"error\":{\"code\":\"1113\",\"message\":\"您的账户已欠费，"
                + "请充值后重试。\"}}").failureClass());
        assertEquals(FailureClass.TRANSIENT, failure(Platform.GLM, 500, "{\"error\":{\"code\":\"500\",\"message\":\"内部错误\"}}")
                .failureClass());
    }

    @Test
    void qianfanV2EmbeddingsGoToEmbeddingsAndItsRerankToRerankers() throws Exception {
        try (FakePlatform qianfan = new FakePlatform(FakePlatform.json(200, QIANFAN_RERANKED))) {
            String base = qianfan.baseUrl().replaceFirst("/v1$", "/v2");
            UpstreamResult.Completed completed = assertInstanceOf(UpstreamResult.Completed.class,
                    call(Platform.QIANFAN, base, "bce-v3/ALTAK-abc/def", ModelKind.RERANK, RERANK));

            assertEquals("/v2/rerankers", qianfan.last().path());
            assertEquals("Bearer bce-v3/ALTAK-abc/def", qianfan.last().header("Authorization"));
            JsonNode reply = JSON.readTree(completed.body());
            assertEquals("增值税专用发票需在订单完成后 7 个工作日内申请", reply.path("results").path(0).path("document").path("text").asText());
            assertEquals(Optional.of(new Usage(22, 0, false)), completed.usage());
        }
        try (FakePlatform qianfan = new FakePlatform(FakePlatform.json(200, GLM_EMBEDDED))) {
            call(Platform.QIANFAN, qianfan.baseUrl().replaceFirst("/v1$", "/v2"), "bce-v3/ALTAK-abc/def", ModelKind.EMBEDDING, EMBED);
            assertEquals("/v2/embeddings", qianfan.last().path());
        }
    }

    @Test
    void qianfanV2ErrorRepliesAreClassified() throws Exception {
        assertEquals(FailureClass.AUTH, failure(Platform.QIANFAN, 401, "{\"error\":{\"code\":\"invalid_iam_token\",\"message\":"
                + "\"IAM Certification failed\",\"type\":\"invalid_request_error\"},\"id\":\"as-1\"}").failureClass());
        assertEquals(FailureClass.RATE, failure(Platform.QIANFAN, 429, "{\"error\":{\"code\":\"rpm_rate_limit_exceeded\",\"message\":"
                + "\"Rpm limit exceeded\",\"type\":\"rate_limit_exceeded\"},\"id\":\"as-2\"}").failureClass());
        assertEquals(FailureClass.TRANSIENT, failure(Platform.QIANFAN, 500, "{\"error\":{\"code\":\"internal_error\",\"message\":"
                + "\"Internal error\",\"type\":\"internal_error\"},\"id\":\"as-3\"}").failureClass());
    }
}
