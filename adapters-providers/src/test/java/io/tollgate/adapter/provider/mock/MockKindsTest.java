package io.tollgate.adapter.provider.mock;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tollgate.adapter.provider.Fixtures;
import io.tollgate.adapter.provider.tokens.JtokkitTokenCounter;
import io.tollgate.domain.account.FailureClass;
import io.tollgate.domain.account.Platform;
import io.tollgate.domain.relay.kind.ModelKind;
import io.tollgate.domain.relay.UpstreamResult;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class MockKindsTest {

    private static final JtokkitTokenCounter TOKENS = new JtokkitTokenCounter();
    private static final ObjectMapper JSON = new ObjectMapper();
    private final MockProvider mock = new MockProvider(TOKENS);

    private UpstreamResult call(ModelKind kind, String body) {
        return mock.call(Fixtures.request(Platform.MOCK, Platform.MOCK.defaultBaseUrl(), kind, body));
    }

    private JsonNode reply(ModelKind kind, String body) throws Exception {
        return JSON.readTree(assertInstanceOf(UpstreamResult.Completed.class, call(kind, body)).body());
    }

    @Test
    void embeddingsAreDeterministicUnitVectorsOfTheAskedDimensionsOnePerInput() throws Exception {
        JsonNode first = reply(ModelKind.EMBEDDING, "{\"input\":[\"hello world\",\"other text\"],\"dimensions\":8}");
        JsonNode again = reply(ModelKind.EMBEDDING, "{\"input\":\"hello world\",\"dimensions\":8}");

        assertEquals(2, first.path("data").size());
        JsonNode vector = first.path("data").path(0).path("embedding");
        assertEquals(8, vector.size());
        assertEquals(vector, again.path("data").path(0).path("embedding"));
        assertNotEquals(vector, first.path("data").path(1).path("embedding"));
        double length = 0;
        for (JsonNode value : vector) {
            length += value.asDouble() * value.asDouble();
        }
        assertEquals(1.0, length, 1e-5);
        assertEquals(1, first.path("data").path(1).path("index").asInt());
        assertEquals("upstream-model", first.path("model").asText());
        assertEquals(TOKENS.count("hello world") + TOKENS.count("other text"), first.path("usage").path("prompt_tokens").asLong());
        assertEquals(MockEmbeddings.DEFAULT_DIMENSIONS,
                reply(ModelKind.EMBEDDING, "{\"input\":\"x\"}").path("data").path(0).path("embedding").size());
    }

    @Test
    void base64IsTheSameVectorAsLittleEndianFloats() throws Exception {
        JsonNode floats = reply(ModelKind.EMBEDDING, "{\"input\":\"same\",\"dimensions\":4}").path("data").path(0).path("embedding");
        String encoded = reply(ModelKind.EMBEDDING, "{\"input\":\"same\",\"dimensions\":4,\"encoding_format\":\"base64\"}")
                .path("data").path(0).path("embedding").asText();

        ByteBuffer bytes = ByteBuffer.wrap(Base64.getDecoder().decode(encoded)).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < 4; i++) {
            assertEquals((float) floats.get(i).asDouble(), bytes.getFloat());
        }
    }

    @Test
    void tokenArraysCountTheirTokens() throws Exception {
        JsonNode reply = reply(ModelKind.EMBEDDING, "{\"input\":[[1,2,3],[4]],\"dimensions\":2}");
        assertEquals(2, reply.path("data").size());
        assertEquals(4, reply.path("usage").path("total_tokens").asLong());
        assertEquals(3, reply(ModelKind.EMBEDDING, "{\"input\":[1,2,3],\"dimensions\":2}").path("usage").path("total_tokens").asLong());
    }

    @Test
    void rerankScoresByWordOverlapBestFirstWithinTopN() throws Exception {
        String body = "{\"query\":\"green tea price\",\"documents\":[\"coffee beans\",\"green tea leaves\",\"the price of green tea\","
                + "\"绿茶\"],\"top_n\":3}";
        JsonNode reply = reply(ModelKind.RERANK, body);

        JsonNode results = reply.path("results");
        assertEquals(3, results.size());
        assertEquals(2, results.path(0).path("index").asInt());
        assertEquals(1.0, results.path(0).path("relevance_score").asDouble());
        assertEquals(1, results.path(1).path("index").asInt());
        assertEquals("green tea leaves", results.path(1).path("document").path("text").asText());
        assertTrue(reply.path("usage").path("total_tokens").asLong() > 0);
        assertArrayEquals(JSON.writeValueAsBytes(reply), JSON.writeValueAsBytes(reply(ModelKind.RERANK, body)));
        JsonNode bare = reply(ModelKind.RERANK, "{\"query\":\"绿茶\",\"documents\":[\"咖啡\",\"绿茶好喝\"],\"return_documents\":false}");
        assertEquals(1, bare.path("results").path(0).path("index").asInt());
        assertTrue(bare.path("results").path(0).path("document").isMissingNode());
    }

    @Test
    void aConfiguredFailureAndANonObjectBodyFailAsForChat() {
        UpstreamResult failing = mock.call(new io.tollgate.domain.relay.UpstreamRequest(
                Fixtures.account(Platform.MOCK, "http://mock.invalid/v1", java.util.Map.of("failStatus", "429")), "", "m",
                "{\"input\":\"x\"}".getBytes(), false, java.util.OptionalLong.empty(), io.tollgate.domain.relay.AttemptLimits.NONE,
                ModelKind.EMBEDDING, "application/json"));
        assertEquals(FailureClass.RATE, assertInstanceOf(UpstreamResult.Failed.class, failing).failure().failureClass());
        assertEquals(FailureClass.CLIENT, assertInstanceOf(UpstreamResult.Failed.class, call(ModelKind.RERANK, "[1]"))
                .failure().failureClass());
    }
}
