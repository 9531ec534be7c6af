package io.tollgate.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.anthropic.client.AnthropicClient;
import com.anthropic.client.okhttp.AnthropicOkHttpClient;
import com.anthropic.core.JsonValue;
import com.anthropic.core.http.StreamResponse;
import com.anthropic.helpers.MessageAccumulator;
import com.anthropic.models.messages.CacheControlEphemeral;
import com.anthropic.models.messages.ContentBlockParam;
import com.anthropic.models.messages.Message;
import com.anthropic.models.messages.MessageCountTokensParams;
import com.anthropic.models.messages.MessageCreateParams;
import com.anthropic.models.messages.RawMessageStreamEvent;
import com.anthropic.models.messages.StopReason;
import com.anthropic.models.messages.TextBlockParam;
import com.anthropic.models.messages.Tool;
import com.anthropic.models.messages.ToolResultBlockParam;
import com.anthropic.models.messages.ToolUseBlock;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The official Anthropic Java SDK, unchanged, against Tollgate's /v1/messages: one weather agent served by an
 * Anthropic upstream (passed through) and by an OpenAI-compatible one (translated), with the same typed results and
 * each call billed exactly on the usage the platform reported.
 */
class AnthropicSdkTest {

    private static final String ON_ANTHROPIC = "claude-weather";
    private static final String ON_OPENAI = "gpt-weather";
    // 100 prompt tokens × 3000 + 20 output tokens × 15000 per 1M: 0.6 points a call.
    private static final BigDecimal PER_CALL = new BigDecimal("0.6");

    private static WeatherUpstreams upstreams;
    private static RunningTollgate tg;
    private static RelayAdmin admin;

    @BeforeAll
    static void start() throws Exception {
        upstreams = new WeatherUpstreams();
        tg = new RunningTollgate(Map.of());
        admin = new RelayAdmin(tg);
        admin.model(ON_ANTHROPIC, "anthropic", "3000", "15000");
        admin.model(ON_OPENAI, "openai", "3000", "15000");
        admin.account("claude-account", "anthropic", upstreams.baseUrl("anthropic"), ON_ANTHROPIC);
        admin.account("openai-account", "openai", upstreams.baseUrl("openai"), ON_OPENAI);
    }

    @AfterAll
    static void stop() {
        tg.close();
        upstreams.close();
    }

    private record Conversation(ToolUseBlock call, ToolUseBlock streamedCall, Message answer, long counted, BigDecimal charged) {}

    @Test
    void bothUpstreamsGiveTheSameTypedConversationBilledExactly() {
        Conversation passed = converse(ON_ANTHROPIC);
        Conversation translated = converse(ON_OPENAI);
        for (Conversation conversation : List.of(passed, translated)) {
            assertEquals("get_weather", conversation.call().name());
            assertEquals(Map.of("city", "Paris"), conversation.call()._input().convert(Map.class));
            assertEquals(conversation.call().name(), conversation.streamedCall().name());
            assertEquals(conversation.call()._input().convert(Map.class), conversation.streamedCall()._input().convert(Map.class));
            assertEquals(WeatherUpstreams.ANSWER, conversation.answer().content().get(0).text().orElseThrow().text());
            assertEquals(StopReason.END_TURN, conversation.answer().stopReason().orElseThrow());
            assertEquals(20, conversation.answer().usage().outputTokens());
            // Three calls billed; the token count is not.
            assertEquals(0, PER_CALL.multiply(BigDecimal.valueOf(3)).compareTo(conversation.charged()), conversation.charged().toPlainString());
        }
        assertEquals(42, passed.counted(), "Anthropic's own count");
        assertTrue(translated.counted() > 0, "the tokenizer's count: " + translated.counted());
    }

    @Test
    void anAnthropicUpstreamGetsTheCallersBodyWithoutLoss() {
        converse(ON_ANTHROPIC);
        var sent = upstreams.anthropicBodies.get(upstreams.anthropicBodies.size() - 1);
        assertTrue(sent.path("system").get(0).path("cache_control").path("type").asText().equals("ephemeral"), sent.toString());
        assertEquals(ON_ANTHROPIC, sent.path("model").asText());
        assertTrue(sent.path("stream").asBoolean(), sent.toString());
        assertEquals("tool_result", sent.path("messages").get(2).path("content").get(0).path("type").asText(), sent.toString());
    }

    @Test
    void theCallersAnthropicHeadersReachAnAnthropicUpstream() {
        RelayAdmin.Caller caller = admin.caller(new BigDecimal("10"));
        var reply = tg.post("/v1/messages", "{\"model\":\"" + ON_ANTHROPIC + "\",\"max_tokens\":16,\"thinking\":{\"type\":\"enabled\","
                + "\"budget_tokens\":1024},\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}", "Authorization", "Bearer " + caller.key(),
                "anthropic-version", "2023-06-01", "anthropic-beta", "interleaved-thinking-2025-05-14");
        assertEquals(200, reply.statusCode(), reply.body());
        assertEquals("2023-06-01 interleaved-thinking-2025-05-14", upstreams.anthropicVersions.get(upstreams.anthropicVersions.size() - 1));
        var sent = upstreams.anthropicBodies.get(upstreams.anthropicBodies.size() - 1);
        assertEquals(1024, sent.path("thinking").path("budget_tokens").asInt(), sent.toString());
        assertEquals(ON_ANTHROPIC, RelayAdmin.read(reply.body()).path("model").asText());
    }

    @Test
    void refusalsComeInAnthropicsShapeWithItsTypes() {
        RelayAdmin.Caller poor = admin.caller(new BigDecimal("0.000001"));
        String ask = "{\"model\":\"" + ON_OPENAI + "\",\"max_tokens\":100000,\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}";
        assertRefused(401, "authentication_error", tg.post("/v1/messages", ask, "x-api-key", "sk-wrong"));
        assertRefused(402, "billing_error", tg.post("/v1/messages", ask, "x-api-key", poor.key()));
        assertRefused(404, "not_found_error", tg.post("/v1/messages", ask.replace(ON_OPENAI, "no-such-model"), "x-api-key", poor.key()));
        assertRefused(400, "invalid_request_error", tg.post("/v1/messages", ask.replace("\"max_tokens\":100000,", ""), "x-api-key", poor.key()));
        assertRefused(400, "invalid_request_error", tg.post("/v1/messages/count_tokens", "[]", "x-api-key", poor.key()));
        assertEquals(0, new BigDecimal("0.000001").compareTo(admin.balance(poor)));
    }

    private static void assertRefused(int status, String type, java.net.http.HttpResponse<String> reply) {
        assertEquals(status, reply.statusCode(), reply.body());
        var error = RelayAdmin.read(reply.body());
        assertEquals("error", error.path("type").asText(), reply.body());
        assertEquals(type, error.path("error").path("type").asText(), reply.body());
        assertTrue(!error.path("error").path("message").asText().isBlank(), reply.body());
    }

    private Conversation converse(String model) {
        RelayAdmin.Caller caller = admin.caller(new BigDecimal("100"));
        AnthropicClient client = AnthropicOkHttpClient.builder().apiKey(caller.key()).baseUrl(tg.base()).maxRetries(0).build();
        try {
            MessageCreateParams ask = MessageCreateParams.builder().model(model).maxTokens(256)
                    .systemOfTextBlockParams(List.of(TextBlockParam.builder().text("You are a weather agent.")
                            .cacheControl(CacheControlEphemeral.builder().build()).build()))
                    .addTool(Tool.builder().name("get_weather").description("The weather in a city")
                            .inputSchema(Tool.InputSchema.builder().properties(JsonValue.from(Map.of("city", Map.of("type", "string")))).build())
                            .build())
                    .addUserMessage("What is the weather in Paris?").build();
            Message first = client.messages().create(ask);
            assertEquals(StopReason.TOOL_USE, first.stopReason().orElseThrow());
            ToolUseBlock call = first.content().get(0).toolUse().orElseThrow();
            Message streamedFirst = streamed(client, ask);
            MessageCreateParams answer = ask.toBuilder().addMessage(streamedFirst)
                    .addUserMessageOfContentBlockParams(List.of(ContentBlockParam.ofToolResult(ToolResultBlockParam.builder()
                            .toolUseId(call.id()).content("sunny, 24 C").build()))).build();
            Message answered = streamed(client, answer);
            long counted = client.messages().countTokens(MessageCountTokensParams.builder().model(model)
                    .addUserMessage("What is the weather in Paris?").build()).inputTokens();
            return new Conversation(call, streamedFirst.content().get(0).toolUse().orElseThrow(), answered, counted,
                    new BigDecimal("100").subtract(admin.balance(caller)));
        } finally {
            client.close();
        }
    }

    private static Message streamed(AnthropicClient client, MessageCreateParams params) {
        MessageAccumulator accumulator = MessageAccumulator.create();
        try (StreamResponse<RawMessageStreamEvent> stream = client.messages().createStreaming(params)) {
            stream.stream().forEach(accumulator::accumulate);
        }
        return accumulator.message();
    }
}
