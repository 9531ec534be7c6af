package io.tollgate.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every platform Tollgate speaks today, end to end: each answers in its own wire format from a fake on 127.0.0.1, and
 * each situation (reply, stream, bad credential, exhausted, throttled, error after 200) has a model and account of its
 * own, so the account states one test leaves never meet another's.
 */
class PlatformRelayTest {

    // Points per 1M tokens: a token costs exactly 0.001 in and 0.002 out.
    private static final BigDecimal IN = new BigDecimal("0.001");
    private static final BigDecimal OUT = new BigDecimal("0.002");
    private static final BigDecimal START = new BigDecimal("100");

    private static FakePlatform platform;
    private static RunningTollgate tg;
    private static RelayAdmin admin;
    private static RelayAdmin.Caller shared;

    static List<PlatformCase> platforms() {
        return List.of(OpenAiFamilyCases.openai(), OpenAiFamilyCases.dashscope(), OpenAiFamilyCases.qianfan(),
                ChinesePlatformCases.glm(), ChinesePlatformCases.spark(),
                NativePlatformCases.anthropic(), NativePlatformCases.ernie(), NativePlatformCases.dashscopeNative());
    }

    @BeforeAll
    static void start() throws Exception {
        Map<String, FakePlatform.Answer> answers = new HashMap<>();
        platforms().forEach(p -> PlatformCase.SITUATIONS.forEach(s -> answers.put(p.name(s), p.answer(s))));
        platform = new FakePlatform(answers);
        tg = new RunningTollgate(Map.of("TOLLGATE_MOCK_PLATFORM", "false"));
        admin = new RelayAdmin(tg);
        for (PlatformCase p : platforms()) {
            for (String situation : PlatformCase.SITUATIONS) {
                admin.model(p.name(situation), p.platform(), "1000", "2000");
                admin.account(p.name(situation), p.platform(), p.baseUrl(platform, situation), p.name(situation), p.credential(situation));
            }
        }
        shared = admin.caller(START);
    }

    @AfterAll
    static void stop() {
        tg.close();
        platform.close();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("platforms")
    void aReplyReachesTheCallerAndItsUsageTheLedgerExactly(PlatformCase p) {
        RelayAdmin.Caller caller = admin.caller(START);

        HttpResponse<String> reply = admin.chat(caller, p.name("reply"), false);

        assertEquals(200, reply.statusCode(), reply.body());
        assertEquals(p.text(), RelayAdmin.read(reply.body()).at("/choices/0/message/content").asText());
        assertChargedExactly(caller, p);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("platforms")
    void aStreamReachesTheCallerInOpenAiFramingAndItsUsageTheLedgerExactly(PlatformCase p) {
        RelayAdmin.Caller caller = admin.caller(START);

        HttpResponse<String> reply = admin.chat(caller, p.name("stream"), true);

        assertEquals(200, reply.statusCode(), reply.body());
        StringBuilder text = new StringBuilder();
        for (String event : reply.body().split("\n\n")) {
            assertTrue(event.startsWith("data: "), "every event is re-framed with a space: " + event);
            if (!event.equals("data: [DONE]")) {
                RelayAdmin.read(event.substring(6)).path("choices").forEach(c -> text.append(c.at("/delta/content").asText("")));
            }
        }
        assertEquals(p.text(), text.toString());
        assertTrue(reply.body().endsWith("data: [DONE]\n\n"), reply.body());
        assertChargedExactly(caller, p);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("platforms")
    void aRejectedCredentialIsCountedAndTheSecondInARowDisablesTheAccount(PlatformCase p) {
        assertUpstreamError(admin.chat(shared, p.name("auth"), false), "auth");
        JsonNode once = admin.account(p.name("auth"));
        assertEquals("enabled", once.get("status").asText(), once.toString());
        assertEquals(1, once.get("consecutiveFailures").asInt(), once.toString());

        assertUpstreamError(admin.chat(shared, p.name("auth"), false), "auth");

        JsonNode twice = admin.account(p.name("auth"));
        assertEquals("disabled", twice.get("status").asText(), twice.toString());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("platforms")
    void anExhaustedAccountIsSuspended(PlatformCase p) {
        assertUpstreamError(admin.chat(shared, p.name("quota"), false), "quota");

        JsonNode account = admin.account(p.name("quota"));
        assertEquals("suspended", account.get("status").asText(), account.toString());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("platforms")
    void aThrottledAccountCountsOnItsBreakerAndStaysEnabled(PlatformCase p) {
        assertUpstreamError(admin.chat(shared, p.name("rate"), false), "rate");

        JsonNode account = admin.account(p.name("rate"));
        assertEquals("enabled", account.get("status").asText(), account.toString());
        JsonNode breaker = account.get("breaker");
        assertTrue(breaker.get("state").asText().equals("open") || breaker.get("failures").asInt() == 1, account.toString());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("platforms")
    void anErrorAfterHttp200IsAnErrorForTheCallerNeverAnEmptyCompletion(PlatformCase p) {
        for (boolean stream : new boolean[] {true, false}) {
            HttpResponse<String> reply = admin.chat(shared, p.name("broken"), stream);

            // A refusal comes back as the platform wrote it (the body of one event when streaming), anything else as a 502;
            // the same answer to a call that asked for no stream is an error too, whatever it is classed as.
            assertTrue(reply.statusCode() >= 400, stream + ": " + reply.statusCode() + " " + reply.body());
            if (stream) {
                assertEquals(p.brokenStatus(), reply.statusCode(), reply.body());
            }
            assertTrue(reply.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), reply.headers().toString());
            JsonNode body = RelayAdmin.read(reply.body());
            assertTrue(body.at("/choices/0").isMissingNode(), reply.body());
            assertFalse(reply.body().contains("data:"), reply.body());
        }
    }

    private static void assertUpstreamError(HttpResponse<String> reply, String failureClass) {
        assertEquals(502, reply.statusCode(), reply.body());
        assertEquals(failureClass, RelayAdmin.read(reply.body()).at("/error/code").asText(), reply.body());
    }

    private static void assertChargedExactly(RelayAdmin.Caller caller, PlatformCase p) {
        BigDecimal cost = IN.multiply(BigDecimal.valueOf(p.prompt())).add(OUT.multiply(BigDecimal.valueOf(p.completion())));
        JsonNode charge = admin.ledger(caller).get(0);
        assertEquals(0, cost.negate().compareTo(charge.get("amount").decimalValue()), charge.toString());
        assertEquals(0, START.subtract(cost).compareTo(charge.get("balanceAfter").decimalValue()), charge.toString());
        assertEquals(0, START.subtract(cost).compareTo(admin.balance(caller)), "balance of " + caller.username());
    }
}
