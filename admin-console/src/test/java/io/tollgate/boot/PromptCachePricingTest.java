package io.tollgate.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Prompt-cache pricing end to end: every upstream family answers with fixed usage that reports cache reads (and
 * writes), and the charge is uncached input × input + cached × cached price + writes × write price + output × output,
 * rounded once to six decimals: the usage records' costs, the balance's decrease and the sum worked out here agree.
 */
class PromptCachePricingTest {

    // Points per 1M tokens, with six decimals so that rounding once differs from rounding each part.
    private static final BigDecimal IN = new BigDecimal("2.345678");
    private static final BigDecimal CACHED = new BigDecimal("0.234567");
    private static final BigDecimal WRITE = new BigDecimal("2.932097");
    private static final BigDecimal OUT = new BigDecimal("9.876543");
    private static final BigDecimal START = new BigDecimal("10");

    private static FakePlatform platform;
    private static RunningTollgate tg;
    private static RelayAdmin admin;
    private static ConsoleClient console;

    static List<PromptCacheCases> families() {
        return PromptCacheCases.all();
    }

    /** Every family behind the Messages and Responses doors too, and OpenAI's own Responses API behind that door. */
    static List<PromptCacheCases> withResponses() {
        return java.util.stream.Stream.concat(families().stream(), java.util.stream.Stream.of(PromptCacheCases.openAiResponses())).toList();
    }

    /** An openai account answers the Responses door natively, so OpenAI's case there is the Responses fake. */
    static List<PromptCacheCases> behindTheResponsesDoor() {
        return withResponses().stream().filter(f -> !f.platform().equals("openai") || f.name().equals("openai-responses")).toList();
    }

    @BeforeAll
    static void start() throws Exception {
        Map<String, FakePlatform.Answer> answers = new HashMap<>();
        withResponses().forEach(f -> {
            answers.put(f.model(false), f.reply());
            answers.put(f.model(true), f.stream());
        });
        platform = new FakePlatform(answers);
        try (FirstStartLog log = new FirstStartLog()) {
            tg = RunningTollgate.onKnownPort(Map.of("TOLLGATE_MOCK_PLATFORM", "false"));
            console = new ConsoleClient(tg.base());
            assertEquals(200, console.loginAndEnrol("admin", log.consolePassword()).statusCode());
        }
        admin = new RelayAdmin(tg);
        for (PromptCacheCases f : withResponses()) {
            for (boolean stream : new boolean[] {false, true}) {
                HttpResponse<String> added = tg.admin("POST", "/admin/api/models", "{\"name\":\"" + f.model(stream) + "\",\"routes\":[{\"platform\":\""
                        + f.platform() + "\"}],\"inputPrice\":" + IN + ",\"outputPrice\":" + OUT + ",\"cachedInputPrice\":" + CACHED
                        + ",\"cacheWritePrice\":\"" + WRITE + "\"}");
                assertEquals(201, added.statusCode(), added.body());
                admin.account(f.model(stream), f.platform(), f.baseUrl(platform, stream), f.model(stream), f.credential());
            }
        }
    }

    @AfterAll
    static void stop() {
        tg.close();
        platform.close();
    }

    /** The formula, worked out apart from Tollgate. */
    private static BigDecimal expected(PromptCacheCases f) {
        return IN.multiply(BigDecimal.valueOf(f.uncached())).add(CACHED.multiply(BigDecimal.valueOf(f.cached())))
                .add(WRITE.multiply(BigDecimal.valueOf(f.writes()))).add(OUT.multiply(BigDecimal.valueOf(f.completion())))
                .divide(BigDecimal.valueOf(1_000_000)).setScale(6, RoundingMode.HALF_UP);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("families")
    void eachFamilysCachedTokensAreChargedAtTheirOwnPricesRoundedOnce(PromptCacheCases f) {
        for (boolean stream : new boolean[] {false, true}) {
            RelayAdmin.Caller caller = admin.caller(START);
            assertChargedOnce(f, stream, caller, admin.chat(caller, f.model(stream), stream), "chat");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("families")
    void theMessagesDoorChargesEachFamilysCacheTheSame(PromptCacheCases f) {
        for (boolean stream : new boolean[] {false, true}) {
            RelayAdmin.Caller caller = admin.caller(START);
            HttpResponse<String> reply = tg.post("/v1/messages", "{\"model\":\"" + f.model(stream) + "\",\"max_tokens\":100,\"stream\":"
                    + stream + ",\"messages\":[{\"role\":\"user\",\"content\":\"你好\"}]}", "x-api-key", caller.key());
            assertChargedOnce(f, stream, caller, reply, "messages");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("behindTheResponsesDoor")
    void theResponsesDoorChargesEachFamilysCacheTheSame(PromptCacheCases f) {
        for (boolean stream : new boolean[] {false, true}) {
            RelayAdmin.Caller caller = admin.caller(START);
            HttpResponse<String> reply = tg.post("/v1/responses", "{\"model\":\"" + f.model(stream) + "\",\"stream\":" + stream
                    + ",\"input\":\"你好\"}", "Authorization", "Bearer " + caller.key());
            assertChargedOnce(f, stream, caller, reply, "responses");
        }
    }

    private static void assertChargedOnce(PromptCacheCases f, boolean stream, RelayAdmin.Caller caller, HttpResponse<String> reply,
                                          String door) {
        assertEquals(200, reply.statusCode(), door + " " + reply.body());
        assertTrue(reply.body().contains("cached answer"), reply.body());

        JsonNode records = RelayAdmin.read(tg.admin("GET", "/admin/api/users/" + caller.id() + "/usage", null).body()).get("data");
        assertEquals(1, records.size(), records.toString());
        JsonNode record = records.get(0);
        BigDecimal expected = expected(f);
        BigDecimal charged = record.get("cost").decimalValue();
        BigDecimal decrease = START.subtract(admin.balance(caller));
        System.out.printf("%s %s %s: expected %s, usage cost %s, balance decrease %s%n", door, f.name(), stream ? "stream" : "json",
                expected.toPlainString(), charged.toPlainString(), decrease.toPlainString());
        assertEquals(0, expected.compareTo(charged), f + " stream=" + stream + ": " + record);
        assertEquals(0, expected.compareTo(decrease), f + " stream=" + stream + ": balance");
        assertEquals(f.uncached() + f.cached() + f.writes(), record.get("promptTokens").asLong(), record.toString());
        assertEquals(f.cached(), record.get("cachedTokens").asLong(), record.toString());
        assertEquals(f.writes(), record.get("cacheWriteTokens").asLong(), record.toString());
        assertEquals(f.completion(), record.get("completionTokens").asLong(), record.toString());
    }

    @Test
    void theAnthropicChargeIsWhatTheIssueNames() {
        // 100 uncached × 2.345678 + 800 read × 0.234567 + 100 written × 2.932097 + 43 × 9.876543 = 1140.122449 per 1M.
        PromptCacheCases anthropic = families().stream().filter(f -> f.name().equals("anthropic")).findFirst().orElseThrow();
        assertEquals(new BigDecimal("0.001140"), expected(anthropic));
    }

    @Test
    void theModelShowsItsCachePricesAndRefusesBadOnes() {
        JsonNode model = RelayAdmin.read(tg.admin("GET", "/admin/api/models", null).body()).get("data").get(0);
        assertEquals(0, CACHED.compareTo(model.get("cachedInputPrice").decimalValue()), model.toString());
        assertEquals(0, WRITE.compareTo(model.get("cacheWritePrice").decimalValue()), model.toString());
        String name = model.get("name").asText();
        for (String field : List.of("cachedInputPrice", "cacheWritePrice")) {
            for (String bad : List.of("-0.1", "\"cheap\"", "true")) {
                HttpResponse<String> refused = tg.admin("PATCH", "/admin/api/models/" + name, "{\"" + field + "\":" + bad + "}");
                assertEquals(400, refused.statusCode(), refused.body());
                assertTrue(refused.body().contains(field), refused.body());
            }
        }
        HttpResponse<String> unset = tg.admin("PATCH", "/admin/api/models/" + name, "{\"cacheWritePrice\":null}");
        assertEquals(200, unset.statusCode(), unset.body());
        assertTrue(RelayAdmin.read(unset.body()).get("cacheWritePrice").isNull(), unset.body());
        assertEquals(0, CACHED.compareTo(RelayAdmin.read(unset.body()).get("cachedInputPrice").decimalValue()), "kept: " + unset.body());
        HttpResponse<String> reset = tg.admin("PATCH", "/admin/api/models/" + name, "{\"cacheWritePrice\":" + WRITE + "}");
        assertEquals(200, reset.statusCode(), reset.body());
    }

    @Test
    void theConsoleUsagePageShowsTheCacheSplit() {
        RelayAdmin.Caller caller = admin.caller(START);
        assertEquals(200, admin.chat(caller, "anthropic-json", false).statusCode());

        HttpResponse<String> page = console.get("/console/users/" + caller.id() + "/usage");

        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("(800\u00a0cached, 100\u00a0cache\u00a0write)"), page.body());
    }
}
