package io.tollgate.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Model kinds in the admin API and {@code /v1/models}, and the 400s of the embeddings and rerank endpoints. */
class ModelKindsAdminTest {

    private static RunningTollgate tg;
    private static RelayAdmin admin;

    @BeforeAll
    static void start() {
        tg = new RunningTollgate(Map.of());
        admin = new RelayAdmin(tg);
        Map.of("mock-embed", "embedding", "mock-rerank", "rerank").forEach((name, kind) -> {
            HttpResponse<String> added = tg.admin("POST", "/admin/api/models", "{\"name\":\"" + name + "\",\"kind\":\"" + kind
                    + "\",\"routes\":[{\"platform\":\"mock\"}],\"inputPrice\":1}");
            assertEquals(201, added.statusCode(), added.body());
        });
    }

    @AfterAll
    static void stop() {
        tg.close();
    }

    private static HttpResponse<String> post(RelayAdmin.Caller caller, String path, String json) {
        return tg.post(path, json, "Authorization", "Bearer " + caller.key());
    }

    @Test
    void badBodiesAreOpenAiStyle400s() {
        RelayAdmin.Caller caller = admin.caller(new BigDecimal("10"));
        Map<String, String> embeddings = Map.of(
                "{\"model\":\"mock-embed\"}", "input",
                "{\"model\":\"mock-embed\",\"input\":[]}", "input",
                "{\"model\":\"mock-embed\",\"input\":[\"a\",5]}", "input",
                "{\"model\":\"mock-embed\",\"input\":\"a\",\"encoding_format\":\"int8\"}", "encoding_format",
                "{\"model\":\"mock-embed\",\"input\":\"a\",\"dimensions\":0}", "dimensions");
        Map<String, String> reranks = Map.of(
                "{\"model\":\"mock-rerank\",\"documents\":[\"a\"]}", "query",
                "{\"model\":\"mock-rerank\",\"query\":\"q\",\"documents\":[]}", "documents",
                "{\"model\":\"mock-rerank\",\"query\":\"q\",\"documents\":[{\"text\":\"a\"}]}", "documents[0]",
                "{\"model\":\"mock-rerank\",\"query\":\"q\",\"documents\":[\"a\"],\"top_n\":0}", "top_n",
                "{\"model\":\"mock-rerank\",\"query\":\"q\",\"documents\":[\"a\"],\"return_documents\":\"yes\"}", "return_documents");
        embeddings.forEach((body, param) -> assertBadParam(post(caller, "/v1/embeddings", body), param));
        reranks.forEach((body, param) -> assertBadParam(post(caller, "/v1/rerank", body), param));
        assertEquals(0, new BigDecimal("10").compareTo(admin.balance(caller)));
    }

    private static void assertBadParam(HttpResponse<String> reply, String param) {
        assertEquals(400, reply.statusCode(), reply.body());
        JsonNode error = RelayAdmin.read(reply.body()).get("error");
        assertEquals(param, error.get("param").asText(), reply.body());
        assertEquals("invalid_request_error", error.get("type").asText());
    }

    @Test
    void theAdminApiAndTheModelListShowKindsAndRefuseBadOnes() {
        JsonNode models = RelayAdmin.read(tg.admin("GET", "/admin/api/models", null).body()).get("data");
        for (JsonNode model : models) {
            if (model.get("name").asText().equals("mock-rerank")) {
                assertEquals("rerank", model.get("kind").asText());
                assertEquals(0, model.get("speechPrice").decimalValue().signum());
            }
        }
        HttpResponse<String> badKind = tg.admin("POST", "/admin/api/models",
                "{\"name\":\"bad\",\"kind\":\"video\",\"routes\":[{\"platform\":\"mock\"}]}");
        assertEquals(400, badKind.statusCode());
        assertTrue(badKind.body().contains("transcription"), badKind.body());
        HttpResponse<String> badPrice = tg.admin("POST", "/admin/api/models",
                "{\"name\":\"bad\",\"kind\":\"speech\",\"routes\":[{\"platform\":\"mock\"}],\"speechPrice\":-1}");
        assertEquals(400, badPrice.statusCode(), badPrice.body());
        HttpResponse<String> speech = tg.admin("POST", "/admin/api/models",
                "{\"name\":\"tts-x\",\"kind\":\"speech\",\"routes\":[{\"platform\":\"mock\"}],\"speechPrice\":15,\"transcriptionPrice\":\"0.006\"}");
        assertEquals(201, speech.statusCode(), speech.body());
        assertEquals("15", RelayAdmin.read(speech.body()).get("speechPrice").asText());
        HttpResponse<String> edited = tg.admin("PATCH", "/admin/api/models/tts-x", "{\"kind\":\"transcription\"}");
        assertEquals("transcription", RelayAdmin.read(edited.body()).get("kind").asText());
        assertEquals("0.006", RelayAdmin.read(edited.body()).get("transcriptionPrice").asText());

        RelayAdmin.Caller caller = admin.caller(BigDecimal.ONE);
        JsonNode listed = RelayAdmin.read(tg.user(caller.key(), "GET", "/v1/models", null).body()).get("data");
        Map<String, String> kinds = new java.util.HashMap<>();
        listed.forEach(model -> kinds.put(model.get("id").asText(), model.get("kind").asText()));
        assertEquals("chat", kinds.get("mock-gpt"));
        assertEquals("embedding", kinds.get("mock-embed"));
        assertFalse(kinds.containsKey("bad"));
    }
}
