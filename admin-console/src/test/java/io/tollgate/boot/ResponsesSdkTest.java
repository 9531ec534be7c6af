package io.tollgate.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.core.JsonValue;
import com.openai.core.http.StreamResponse;
import com.openai.helpers.ResponseAccumulator;
import com.openai.models.responses.EasyInputMessage;
import com.openai.models.responses.FunctionTool;
import com.openai.models.responses.Response;
import com.openai.models.responses.ResponseCreateParams;
import com.openai.models.responses.ResponseFunctionToolCall;
import com.openai.models.responses.ResponseInputItem;
import com.openai.models.responses.ResponseOutputItem;
import com.openai.models.responses.ResponseStreamEvent;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The official OpenAI Java SDK's {@code responses().create}, unchanged, through Tollgate: one weather agent (a function
 * call, then its output sent back) served by OpenAI speaking the Responses API (passed through) and by a chat-only
 * platform (translated), JSON and streamed, with the same typed results and each call billed on the reported usage.
 */
class ResponsesSdkTest {

    private static final String ON_OPENAI = "gpt-weather";
    private static final String ON_CHAT = "qwen-weather";
    // 100 input tokens × 3000 + 20 output tokens × 15000 per 1M: 0.6 points a call.
    private static final BigDecimal PER_CALL = new BigDecimal("0.6");

    private static ResponsesUpstreams upstreams;
    private static RunningTollgate tg;
    private static RelayAdmin admin;

    @BeforeAll
    static void start() throws Exception {
        upstreams = new ResponsesUpstreams();
        tg = new RunningTollgate(Map.of());
        admin = new RelayAdmin(tg);
        admin.model(ON_OPENAI, "openai", "3000", "15000");
        admin.model(ON_CHAT, "dashscope", "3000", "15000");
        admin.account("openai-account", "openai", upstreams.baseUrl("openai"), ON_OPENAI);
        admin.account("chat-account", "dashscope", upstreams.baseUrl("chat"), ON_CHAT);
    }

    @AfterAll
    static void stop() {
        tg.close();
        upstreams.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {ON_OPENAI, ON_CHAT})
    void aFunctionCallAndItsOutputRoundTripJsonAndStreamedBilledExactly(String model) {
        RelayAdmin.Caller caller = admin.caller(new BigDecimal("100"));
        OpenAIClient client = OpenAIOkHttpClient.builder().apiKey(caller.key()).baseUrl(tg.base() + "/v1").maxRetries(0).build();
        BigDecimal before = admin.balance(caller);
        for (boolean stream : new boolean[] {false, true}) {
            Response first = send(client, firstTurn(model).build(), stream);
            assertEquals(model, first.model().asString());
            assertEquals(100, first.usage().orElseThrow().inputTokens());
            ResponseFunctionToolCall call = first.output().stream().filter(ResponseOutputItem::isFunctionCall).findFirst()
                    .orElseThrow(() -> new AssertionError(first.toString())).functionCall().orElseThrow();
            assertEquals("weather", call.name());
            assertEquals("call_oslo", call.callId());
            assertEquals("{\"city\":\"Oslo\"}", call.arguments());
            Response second = send(client, firstTurn(model).inputOfResponse(List.of(
                    ResponseInputItem.ofEasyInputMessage(EasyInputMessage.builder().role(EasyInputMessage.Role.USER)
                            .content("Weather in Oslo?").build()),
                    ResponseInputItem.ofFunctionCall(call),
                    ResponseInputItem.ofFunctionCallOutput(ResponseInputItem.FunctionCallOutput.builder().callId(call.callId())
                            .output("12 C").build()))).build(), stream);
            String text = second.output().stream().flatMap(item -> item.message().stream())
                    .flatMap(message -> message.content().stream()).flatMap(part -> part.outputText().stream())
                    .map(part -> part.text()).reduce("", String::concat);
            assertEquals(ResponsesUpstreams.ANSWER, text, second.toString());
            assertEquals(120, second.usage().orElseThrow().totalTokens());
        }
        BigDecimal spent = before.subtract(admin.balance(caller));
        System.out.println(model + ": 4 calls cost " + spent + " points");
        assertEquals(0, PER_CALL.multiply(BigDecimal.valueOf(4)).compareTo(spent), "Σ usage costs = Δ balance: " + spent);
        LedgerTotals usage = LedgerTotals.of(tg, caller.id(), "usage");
        assertEquals(4, usage.count(), "one ledger entry per call");
        assertEquals(0, spent.compareTo(usage.sum().abs()), "the ledger carries the same charges: " + usage.sum());
        if (model.equals(ON_OPENAI)) {
            assertTrue(upstreams.nativeBodies.stream().anyMatch(body -> body.contains("function_call_output")),
                    "OpenAI got the Responses body itself");
        }
    }

    private static ResponseCreateParams.Builder firstTurn(String model) {
        return ResponseCreateParams.builder().model(model).input("Weather in Oslo?").instructions("Use the weather tool.")
                .addTool(FunctionTool.builder().name("weather").strict(false).parameters(FunctionTool.Parameters.builder()
                        .putAdditionalProperty("type", JsonValue.from("object"))
                        .putAdditionalProperty("properties", JsonValue.from(Map.of("city", Map.of("type", "string")))).build()).build());
    }

    private static Response send(OpenAIClient client, ResponseCreateParams params, boolean stream) {
        if (!stream) {
            return client.responses().create(params);
        }
        ResponseAccumulator accumulator = ResponseAccumulator.create();
        try (StreamResponse<ResponseStreamEvent> events = client.responses().createStreaming(params)) {
            events.stream().forEach(accumulator::accumulate);
        }
        return accumulator.response();
    }
}
