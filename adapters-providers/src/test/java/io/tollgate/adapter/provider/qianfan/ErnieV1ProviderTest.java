package io.tollgate.adapter.provider.qianfan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tollgate.adapter.provider.FakePlatform;
import io.tollgate.adapter.provider.Fixtures;
import io.tollgate.adapter.provider.transport.Timeouts;
import io.tollgate.adapter.provider.transport.Watchdogs;
import io.tollgate.domain.account.FailureClass;
import io.tollgate.domain.relay.StreamEvent;
import io.tollgate.domain.relay.UpstreamFailure;
import io.tollgate.domain.relay.UpstreamResult;
import io.tollgate.domain.relay.Usage;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ErnieV1ProviderTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static UpstreamResult call(FakePlatform.Script chat, boolean stream) throws Exception {
        try (FakeErnie ernie = new FakeErnie(token -> chat)) {
            return new ErnieV1Provider(Timeouts.DEFAULTS, Fixtures.CLOCK, Watchdogs.timer()).call(ernie.request(stream));
        }
    }

    /** Drains the stream while the fake platform is still up. */
    private static List<StreamEvent> events(FakePlatform.Script chat) throws Exception {
        try (FakeErnie ernie = new FakeErnie(token -> chat)) {
            return Fixtures.drain(new ErnieV1Provider(Timeouts.DEFAULTS, Fixtures.CLOCK, Watchdogs.timer()).call(ernie.request(true)));
        }
    }

    private static UpstreamFailure failureIn200(String body) throws Exception {
        return assertInstanceOf(UpstreamResult.Failed.class, call(FakePlatform.json(200, body), false)).failure();
    }

    @Test
    void aReplyBecomesAnOpenAiCompletionWithUsage() throws Exception {
        UpstreamResult.Completed completed = assertInstanceOf(UpstreamResult.Completed.class,
                call(FakePlatform.json(200, ErnieTokensTest.REPLY), false));
        JsonNode body = JSON.readTree(completed.body());
        assertEquals("chat.completion", body.path("object").asText());
        assertEquals("ernie-4.0-8k", body.path("model").asText());
        assertEquals("你好", body.path("choices").path(0).path("message").path("content").asText());
        assertEquals("你好", completed.text());
        assertEquals("assistant", body.path("choices").path(0).path("message").path("role").asText());
        assertEquals("stop", body.path("choices").path(0).path("finish_reason").asText());
        assertEquals(5, body.path("usage").path("total_tokens").asInt());
        assertEquals(Optional.of(new Usage(3, 2, false)), completed.usage());
    }

    @Test
    void aStreamBecomesChunksThenAUsageOnlyChunkThenDone() throws Exception {
        String first = "{\"id\":\"as-2\",\"object\":\"chat.completion\",\"created\":1700000000,\"sentence_id\":0,\"is_end\":false,"
                + "\"result\":\"你\",\"usage\":{\"prompt_tokens\":3,\"completion_tokens\":0,\"total_tokens\":3}}";
        String last = "{\"id\":\"as-2\",\"object\":\"chat.completion\",\"created\":1700000000,\"sentence_id\":1,\"is_end\":true,"
                + "\"result\":\"好\",\"usage\":{\"prompt_tokens\":3,\"completion_tokens\":2,\"total_tokens\":5}}";
        List<StreamEvent> events = events(FakeErnie.sse(first, last));
        assertEquals(4, events.size(), events.toString());
        JsonNode chunk = JSON.readTree(Fixtures.text(events.get(0)).substring(6));
        assertEquals("chat.completion.chunk", chunk.path("object").asText());
        assertEquals("assistant", chunk.path("choices").path(0).path("delta").path("role").asText());
        assertTrue(chunk.path("choices").path(0).path("finish_reason").isNull());
        assertEquals("你", ((StreamEvent.Data) events.get(0)).text());
        StreamEvent.Data end = (StreamEvent.Data) events.get(1);
        assertEquals("好", end.text());
        assertEquals("stop", JSON.readTree(Fixtures.text(end).substring(6)).path("choices").path(0).path("finish_reason").asText());
        assertTrue(Fixtures.text(end).endsWith("}\n\n"));
        StreamEvent.Data usage = (StreamEvent.Data) events.get(2);
        assertTrue(usage.usageOnly());
        assertEquals(Optional.of(new Usage(3, 2, false)), usage.usage());
        assertInstanceOf(StreamEvent.Done.class, events.get(3));
    }

    @Test
    void errorsInA200BodyAreClassifiedNotEmptyCompletions() throws Exception {
        assertEquals(FailureClass.QUOTA, failureIn200("{\"error_code\":17,\"error_msg\":\"Open api daily request limit reached\"}").failureClass());
        assertEquals(FailureClass.QUOTA, failureIn200("{\"error_code\":19,\"error_msg\":\"Open api total request limit reached\"}").failureClass());
        assertEquals(FailureClass.RATE, failureIn200("{\"error_code\":18,\"error_msg\":\"Open api qps request limit reached\"}").failureClass());
        assertEquals(FailureClass.RATE, failureIn200("{\"error_code\":336501,\"error_msg\":\"Rate limit reached for RPM\"}").failureClass());
        assertEquals(FailureClass.RATE, failureIn200("{\"error_code\":336502,\"error_msg\":\"Rate limit reached for TPM\"}").failureClass());
        assertEquals(FailureClass.TRANSIENT, failureIn200("{\"error_code\":336000,\"error_msg\":\"Internal error\"}").failureClass());
        UpstreamFailure auth = failureIn200("{\"error_code\":110,\"error_msg\":\"Access token invalid or no longer valid\"}");
        assertEquals(FailureClass.AUTH, auth.failureClass());
        assertEquals(401, auth.status());
    }

    @Test
    void aContentErrorIsTheCallersWithAnOpenAiErrorBody() throws Exception {
        UpstreamFailure failure = failureIn200("{\"error_code\":336003,\"error_msg\":\"the first message must be from user\"}");
        assertEquals(FailureClass.CLIENT, failure.failureClass());
        assertEquals(400, failure.status());
        JsonNode error = JSON.readTree(failure.body()).path("error");
        assertEquals("the first message must be from user", error.path("message").asText());
        assertEquals("336003", error.path("code").asText());
    }

    @Test
    void aReplyWithoutResultOrAStreamErrorIsNeverAnEmptyCompletion() throws Exception {
        UpstreamResult result = call(FakePlatform.json(200, "{\"id\":\"as-3\",\"usage\":{\"prompt_tokens\":1}}"), false);
        assertEquals(FailureClass.TRANSIENT, assertInstanceOf(UpstreamResult.Failed.class, result).failure().failureClass());
        UpstreamResult streamRefused = call(FakePlatform.json(200, "{\"error_code\":18,\"error_msg\":\"qps\"}"), true);
        assertEquals(FailureClass.RATE, assertInstanceOf(UpstreamResult.Failed.class, streamRefused).failure().failureClass());
        List<StreamEvent> events = events(FakeErnie.sse("{\"error_code\":336501,\"error_msg\":\"RPM\"}"));
        StreamEvent.Failed failed = assertInstanceOf(StreamEvent.Failed.class, events.get(0));
        assertEquals(FailureClass.RATE, failed.failure().failureClass());
    }

    @Test
    void theRequestIsTranslatedAndSentToTheModelsEndpoint() throws Exception {
        String body = "{\"model\":\"x\",\"messages\":[{\"role\":\"system\",\"content\":\"be brief\"},{\"role\":\"assistant\",\"content\":\"hello\"},"
                + "{\"role\":\"user\",\"content\":\"a\"},{\"role\":\"user\",\"content\":[{\"type\":\"text\",\"text\":\"b\"}]},"
                + "{\"role\":\"assistant\",\"content\":\"c\"},{\"role\":\"user\",\"content\":\"d\"}],"
                + "\"max_tokens\":100,\"temperature\":0,\"stop\":\"END\"}";
        try (FakeErnie ernie = new FakeErnie(token -> FakePlatform.json(200, ErnieTokensTest.REPLY))) {
            ErnieV1Provider provider = new ErnieV1Provider(Timeouts.DEFAULTS, Fixtures.CLOCK, Watchdogs.timer());
            assertInstanceOf(UpstreamResult.Completed.class, provider.call(ernie.request("ERNIE-4.0-8K", body, false, Map.of())));
            JsonNode sent = JSON.readTree(ernie.last().body());
            assertEquals("be brief", sent.path("system").asText());
            assertEquals(JSON.readTree("[{\"role\":\"user\",\"content\":\"a\\n\\nb\"},{\"role\":\"assistant\",\"content\":\"c\"},"
                    + "{\"role\":\"user\",\"content\":\"d\"}]"), sent.path("messages"));
            assertEquals(100, sent.path("max_output_tokens").asInt());
            assertFalse(sent.has("max_tokens"));
            assertEquals(0.01, sent.path("temperature").asDouble());
            assertEquals("END", sent.path("stop").path(0).asText());
            assertEquals(ErnieV1Provider.PATH + "completions_pro", ernie.chatPaths.get(0));
            provider.call(ernie.request("ernie-speed-128k", Fixtures.BODY, false, Map.of()));
            provider.call(ernie.request("my-model", Fixtures.BODY, false, Map.of("endpoint", "custom_ep")));
            assertEquals(ErnieV1Provider.PATH + "ernie-speed-128k", ernie.chatPaths.get(1));
            assertEquals(ErnieV1Provider.PATH + "custom_ep", ernie.chatPaths.get(2));
            assertEquals(0.7, JSON.readTree(ernie.last().body()).path("temperature").asDouble());
        }
    }

    @Test
    void aCredentialWithoutAkAndSkIsAnAuthFailure() {
        UpstreamResult result = new ErnieV1Provider(Timeouts.DEFAULTS, Fixtures.CLOCK, Watchdogs.timer()).call(
                new io.tollgate.domain.relay.UpstreamRequest(Fixtures.account(io.tollgate.domain.account.Platform.ERNIE_V1,
                        "http://127.0.0.1:9", Map.of()), "just-a-key", "ernie-4.0-8k", Fixtures.BODY.getBytes(StandardCharsets.UTF_8), false));
        assertEquals(FailureClass.AUTH, assertInstanceOf(UpstreamResult.Failed.class, result).failure().failureClass());
    }
}
