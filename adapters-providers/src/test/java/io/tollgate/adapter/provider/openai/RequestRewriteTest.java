package io.tollgate.adapter.provider.openai;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tollgate.adapter.provider.FakePlatform;
import io.tollgate.adapter.provider.Fixtures;
import io.tollgate.domain.account.FailureClass;
import io.tollgate.domain.account.Platform;
import io.tollgate.domain.relay.UpstreamRequest;
import io.tollgate.domain.relay.UpstreamResult;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class RequestRewriteTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String REPLY = "{\"id\":\"c1\",\"object\":\"chat.completion\",\"choices\":[]}";

    @Test
    void replacesTheModelKeepsOtherFieldsAndSendsTheBearerKey() throws Exception {
        try (FakePlatform platform = new FakePlatform(FakePlatform.json(200, REPLY))) {
            Fixtures.provider().call(Fixtures.request(Platform.OPENAI, platform.baseUrl(), false));
            FakePlatform.Received got = platform.last();
            assertEquals("/v1/chat/completions", got.path());
            assertEquals("Bearer sk-test-credential-123", got.header("Authorization"));
            assertEquals("application/json", got.header("Content-Type"));
            JsonNode body = JSON.readTree(got.body());
            assertEquals("upstream-model", body.path("model").asText());
            assertEquals("u-1", body.path("user").asText());
            assertTrue(got.bodyText().contains("\"temperature\":0.70"), got.bodyText());
            assertFalse(body.has("stream_options"));
        }
    }

    @Test
    void aBodyThatNeedsNothingButItsModelNameIsSentAsTheCallersBytesNeverWrittenAgain() throws Exception {
        // Spacing, key order, number spellings and escapes a serialiser would change.
        String rest = " ,\"temperature\" : 0.70, \"top_p\":1E0,\"messages\":[ {\"role\":\"user\",\"content\":\"caf\\u00e9 \\\"x\\\"\"} ],"
                + "\"stream\":false,\"n\":1.0 }";
        try (FakePlatform platform = new FakePlatform(FakePlatform.json(200, REPLY))) {
            UpstreamRequest base = Fixtures.request(Platform.OPENAI, platform.baseUrl(), false);
            for (String[] modelAndUpstream : new String[][] {{"gpt-x", "gpt-x"}, {"alias", "gpt-x"}, {"a\\\"b", "\u6a21\u578b/\"q\""}}) {
                String sent = "{ \"model\" :\"" + modelAndUpstream[0] + "\"" + rest;
                Fixtures.provider().call(new UpstreamRequest(base.account(), base.credential(), modelAndUpstream[1],
                        sent.getBytes(StandardCharsets.UTF_8), false));
                String upstreamName = new String(com.fasterxml.jackson.core.io.JsonStringEncoder.getInstance()
                        .quoteAsString(modelAndUpstream[1]));
                assertEquals("{ \"model\" :\"" + upstreamName + "\"" + rest, platform.last().bodyText());
                assertEquals(modelAndUpstream[1], JSON.readTree(platform.last().body()).path("model").asText());
            }
        }
        try (FakePlatform platform = new FakePlatform(FakePlatform.sse(0, "data: [DONE]\n\n"))) {
            String sent = "{\"model\":\"m\",  \"stream\":true,\"stream_options\":{\"include_usage\":true},\"messages\":[],\"x\":1e2}";
            UpstreamRequest base = Fixtures.request(Platform.DASHSCOPE, platform.baseUrl(), true);
            Fixtures.provider().call(new UpstreamRequest(base.account(), base.credential(), "m", sent.getBytes(StandardCharsets.UTF_8), true));
            assertEquals(sent, platform.last().bodyText());
        }
        try (FakePlatform platform = new FakePlatform(FakePlatform.json(200, REPLY))) {
            UpstreamRequest base = Fixtures.request(Platform.OPENAI, platform.baseUrl(), false);
            for (String limit : new String[] {"\"max_tokens\" : 64", "\"max_completion_tokens\":7"}) {
                String sent = "{\"model\":\"m\", " + limit + ",\"messages\":[],\"x\":1e2}";
                Fixtures.provider().call(new UpstreamRequest(base.account(), base.credential(), "m",
                        sent.getBytes(StandardCharsets.UTF_8), false, java.util.OptionalLong.of(64)));
                assertEquals(sent, platform.last().bodyText(), "a limit within the model's maximum changes nothing");
            }
        }
    }

    @Test
    void theOutputLimitIsLoweredToTheModelsMaximumAndSetWhenTheCallerSentNone() throws Exception {
        try (FakePlatform platform = new FakePlatform(FakePlatform.json(200, "{}"))) {
            UpstreamRequest base = Fixtures.request(Platform.DASHSCOPE, platform.baseUrl(), false);
            UpstreamRequest openAi = Fixtures.request(Platform.OPENAI, platform.baseUrl(), false);
            for (String[] sentAndExpected : new String[][] {
                    {"\"max_tokens\":100000,", "max_tokens", "64", "qwen"},
                    {"\"max_tokens\":10,", "max_tokens", "10", "qwen"},
                    {"", "max_tokens", "64", "qwen"},
                    {"\"max_completion_tokens\":9000,", "max_completion_tokens", "64", "qwen"},
                    {"", "max_completion_tokens", "64", "openai"},
                    {"\"max_tokens\":100000,", "max_tokens", "64", "openai"}}) {
                String body = "{\"model\":\"a\"," + sentAndExpected[0] + "\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}";
                UpstreamRequest to = sentAndExpected[3].equals("openai") ? openAi : base;
                Fixtures.provider().call(new UpstreamRequest(to.account(), to.credential(), "gpt-x",
                        body.getBytes(StandardCharsets.UTF_8), false, java.util.OptionalLong.of(64)));
                JsonNode sent = JSON.readTree(platform.last().body());
                assertEquals(Long.parseLong(sentAndExpected[2]), sent.path(sentAndExpected[1]).asLong(), body);
            }
        }
    }

    @Test
    void streamingForcesUsageAndKeepsTheCallersOtherStreamOptions() throws Exception {
        try (FakePlatform platform = new FakePlatform(FakePlatform.sse(0, "data: [DONE]\n\n"))) {
            String body = "{\"model\":\"a\",\"stream\":true,\"stream_options\":{\"include_usage\":false,\"x\":1},\"messages\":[]}";
            UpstreamRequest base = Fixtures.request(Platform.DASHSCOPE, platform.baseUrl(), true);
            UpstreamRequest request = new UpstreamRequest(base.account(), base.credential(), "qwen-plus",
                    body.getBytes(StandardCharsets.UTF_8), true);
            UpstreamResult result = Fixtures.provider().call(request);
            assertInstanceOf(UpstreamResult.Streaming.class, result);
            JsonNode sent = JSON.readTree(platform.last().body());
            assertEquals("qwen-plus", sent.path("model").asText());
            assertTrue(sent.path("stream").asBoolean());
            assertTrue(sent.path("stream_options").path("include_usage").asBoolean());
            assertEquals(1, sent.path("stream_options").path("x").asInt());
            assertEquals("text/event-stream", platform.last().header("Accept"));
        }
    }

    @Test
    void glmApiKeyIsSentAsASignedShortLivedToken() throws Exception {
        try (FakePlatform platform = new FakePlatform(FakePlatform.json(200, REPLY))) {
            UpstreamRequest base = Fixtures.request(Platform.GLM, platform.baseUrl(), false);
            Fixtures.provider().call(new UpstreamRequest(base.account(), "my-id.my-secret", "glm-4", base.body(), false));
            String token = platform.last().header("Authorization").substring("Bearer ".length());
            String[] parts = token.split("\\.");
            assertEquals(3, parts.length);
            Base64.Decoder decoder = Base64.getUrlDecoder();
            JsonNode header = JSON.readTree(decoder.decode(parts[0]));
            assertEquals("HS256", header.path("alg").asText());
            assertEquals("SIGN", header.path("sign_type").asText());
            JsonNode payload = JSON.readTree(decoder.decode(parts[1]));
            assertEquals("my-id", payload.path("api_key").asText());
            assertEquals(Fixtures.NOW.toEpochMilli(), payload.path("timestamp").asLong());
            assertTrue(payload.path("exp").asLong() > Fixtures.NOW.toEpochMilli());
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec("my-secret".getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] expected = mac.doFinal((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
            assertArrayEquals(expected, decoder.decode(parts[2]));
        }
    }

    @Test
    void glmRawOptionSendsTheKeyAsIs() throws Exception {
        try (FakePlatform platform = new FakePlatform(FakePlatform.json(200, REPLY))) {
            UpstreamRequest base = Fixtures.request(Platform.GLM, platform.baseUrl(), false, Map.of("glmAuth", "raw"));
            Fixtures.provider().call(new UpstreamRequest(base.account(), "my-id.my-secret", "glm-4", base.body(), false));
            assertEquals("Bearer my-id.my-secret", platform.last().header("Authorization"));
        }
    }

    @Test
    void aCredentialThatWouldBreakTheHeaderLineIsRefusedAndNeverSent() throws Exception {
        try (FakePlatform platform = new FakePlatform(FakePlatform.json(200, REPLY))) {
            UpstreamRequest base = Fixtures.request(Platform.OPENAI, platform.baseUrl(), false);
            UpstreamResult result = Fixtures.provider().call(new UpstreamRequest(base.account(), "sk-x\r\nX-Injected: 1", "m",
                    base.body(), false));
            UpstreamResult.Failed failed = assertInstanceOf(UpstreamResult.Failed.class, result);
            assertEquals(FailureClass.AUTH, failed.failure().failureClass());
            assertNull(platform.last());
        }
    }

    @Test
    void aBodyThatIsNotAJsonObjectIsTheCallersFaultAndNeverSent() throws Exception {
        try (FakePlatform platform = new FakePlatform(FakePlatform.json(200, REPLY))) {
            UpstreamRequest base = Fixtures.request(Platform.OPENAI, platform.baseUrl(), false);
            UpstreamResult result = Fixtures.provider().call(new UpstreamRequest(base.account(), base.credential(), "m",
                    "[1,2]".getBytes(StandardCharsets.UTF_8), false));
            UpstreamResult.Failed failed = assertInstanceOf(UpstreamResult.Failed.class, result);
            assertEquals(FailureClass.CLIENT, failed.failure().failureClass());
            assertEquals(400, failed.failure().status());
            assertNull(platform.last());
        }
    }
}
