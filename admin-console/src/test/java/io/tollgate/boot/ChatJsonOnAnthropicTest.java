package io.tollgate.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A chat call with response_format, end to end through a running Tollgate to an Anthropic upstream: the JSON comes
 * back as the content (a forced tool on the wire), billed on the platform's usage; with the caller's own tools, a 400.
 */
class ChatJsonOnAnthropicTest {

    private static final String MODEL = "claude-json";
    private static final String INPUT = "{\"city\":\"Paris\",\"temp\":18.5}";
    // 30 prompt tokens × 1000 + 12 output tokens × 2000 per 1M points.
    private static final BigDecimal PER_CALL = new BigDecimal("0.054");

    private static HttpServer anthropic;
    private static final List<JsonNode> sent = new CopyOnWriteArrayList<>();
    private static RunningTollgate tg;
    private static RelayAdmin admin;

    @BeforeAll
    static void start() throws Exception {
        anthropic = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        anthropic.createContext("/v1/messages", ChatJsonOnAnthropicTest::answer);
        anthropic.start();
        tg = new RunningTollgate(Map.of("TOLLGATE_MOCK_PLATFORM", "false"));
        admin = new RelayAdmin(tg);
        admin.model(MODEL, "anthropic", "1000", "2000");
        admin.account("claude-json-account", "anthropic", "http://127.0.0.1:" + anthropic.getAddress().getPort() + "/v1", MODEL);
    }

    @AfterAll
    static void stop() {
        tg.close();
        anthropic.stop(0);
    }

    @Test
    void aJsonSchemaIsAnsweredWithTheJsonAsContentInJsonAndStreamBilledOnUsage() {
        for (boolean stream : new boolean[] {false, true}) {
            RelayAdmin.Caller caller = admin.caller(new BigDecimal("10"));
            HttpResponse<String> reply = tg.post("/v1/chat/completions", ask(stream, ""), "Authorization", "Bearer " + caller.key());

            assertEquals(200, reply.statusCode(), reply.body());
            JsonNode upstream = sent.get(sent.size() - 1);
            assertEquals("weather", upstream.at("/tools/0/name").asText(), upstream.toString());
            assertEquals("{\"type\":\"tool\",\"name\":\"weather\"}", upstream.path("tool_choice").toString());
            StringBuilder content = new StringBuilder();
            if (stream) {
                for (String event : reply.body().split("\n\n")) {
                    if (!event.equals("data: [DONE]")) {
                        JsonNode delta = RelayAdmin.read(event.substring(6)).at("/choices/0/delta");
                        assertFalse(delta.has("tool_calls"), event);
                        content.append(delta.path("content").asText(""));
                    }
                }
            } else {
                JsonNode message = RelayAdmin.read(reply.body()).at("/choices/0/message");
                assertFalse(message.has("tool_calls"), reply.body());
                assertEquals("stop", RelayAdmin.read(reply.body()).at("/choices/0/finish_reason").asText(), reply.body());
                content.append(message.path("content").asText());
            }
            assertEquals(RelayAdmin.read(INPUT), RelayAdmin.read(content.toString()), stream + ": " + reply.body());
            assertEquals(0, new BigDecimal("10").subtract(PER_CALL).compareTo(admin.balance(caller)), stream + ": " + admin.balance(caller));
        }
    }

    @Test
    void jsonWithTheCallersOwnToolsIsRefusedWith400AndNothingCharged() {
        RelayAdmin.Caller caller = admin.caller(new BigDecimal("10"));
        int before = sent.size();
        HttpResponse<String> reply = tg.post("/v1/chat/completions",
                ask(false, "\"tools\":[{\"type\":\"function\",\"function\":{\"name\":\"now\"}}],"), "Authorization", "Bearer " + caller.key());

        assertEquals(400, reply.statusCode(), reply.body());
        assertTrue(RelayAdmin.read(reply.body()).at("/error/message").asText().contains("response_format"), reply.body());
        assertEquals(before, sent.size(), "nothing reached the platform");
        assertEquals(0, new BigDecimal("10").compareTo(admin.balance(caller)));
    }

    @Test
    void aResponsesTextFormatOnAnthropicIsHonouredTheSameWay() {
        RelayAdmin.Caller caller = admin.caller(new BigDecimal("10"));
        HttpResponse<String> reply = tg.post("/v1/responses", "{\"model\":\"" + MODEL + "\",\"input\":\"weather?\",\"text\":{\"format\":"
                + "{\"type\":\"json_schema\",\"name\":\"weather\",\"schema\":{\"type\":\"object\"}}}}", "Authorization", "Bearer " + caller.key());

        assertEquals(200, reply.statusCode(), reply.body());
        assertEquals("{\"type\":\"tool\",\"name\":\"weather\"}", sent.get(sent.size() - 1).path("tool_choice").toString());
        JsonNode text = RelayAdmin.read(reply.body()).at("/output/0/content/0/text");
        assertEquals(RelayAdmin.read(INPUT), RelayAdmin.read(text.asText()), reply.body());
        assertEquals(0, new BigDecimal("10").subtract(PER_CALL).compareTo(admin.balance(caller)), reply.body());
    }

    private static String ask(boolean stream, String extra) {
        return "{\"model\":\"" + MODEL + "\",\"stream\":" + stream + "," + extra + "\"messages\":[{\"role\":\"user\",\"content\":\"weather?\"}],"
                + "\"response_format\":{\"type\":\"json_schema\",\"json_schema\":{\"name\":\"weather\",\"schema\":{\"type\":\"object\","
                + "\"properties\":{\"city\":{\"type\":\"string\"},\"temp\":{\"type\":\"number\"}}}}}}";
    }

    private static void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            JsonNode body = RelayAdmin.read(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            sent.add(body);
            String head = "\"id\":\"msg_1\",\"type\":\"message\",\"role\":\"assistant\",\"model\":\"claude-up\"";
            String text;
            if (body.path("stream").asBoolean()) {
                String piece = INPUT.substring(0, 10).replace("\"", "\\\"");
                String rest = INPUT.substring(10).replace("\"", "\\\"");
                text = event("message_start", "\"message\":{" + head + ",\"content\":[],\"stop_reason\":null,\"usage\":{\"input_tokens\":30,\"output_tokens\":1}}")
                        + event("content_block_start", "\"index\":0,\"content_block\":{\"type\":\"tool_use\",\"id\":\"toolu_1\",\"name\":\"weather\",\"input\":{}}")
                        + event("content_block_delta", "\"index\":0,\"delta\":{\"type\":\"input_json_delta\",\"partial_json\":\"" + piece + "\"}")
                        + event("content_block_delta", "\"index\":0,\"delta\":{\"type\":\"input_json_delta\",\"partial_json\":\"" + rest + "\"}")
                        + event("content_block_stop", "\"index\":0")
                        + event("message_delta", "\"delta\":{\"stop_reason\":\"tool_use\"},\"usage\":{\"output_tokens\":12}")
                        + event("message_stop", "");
                exchange.getResponseHeaders().add("Content-Type", "text/event-stream");
            } else {
                text = "{" + head + ",\"content\":[{\"type\":\"tool_use\",\"id\":\"toolu_1\",\"name\":\"weather\",\"input\":" + INPUT
                        + "}],\"stop_reason\":\"tool_use\",\"usage\":{\"input_tokens\":30,\"output_tokens\":12}}";
                exchange.getResponseHeaders().add("Content-Type", "application/json");
            }
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getResponseBody().write(bytes);
        }
    }

    private static String event(String type, String fields) {
        return "event: " + type + "\ndata: {\"type\":\"" + type + "\"" + (fields.isEmpty() ? "" : "," + fields) + "}\n\n";
    }
}
