package io.tollgate.boot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Two local platforms playing one weather agent: Anthropic's Messages wire format under {@code /anthropic/v1} and
 * OpenAI's chat completions under {@code /openai/v1}. A turn without a tool result calls get_weather for Paris; a
 * turn with one answers in text. Every reply uses 100 prompt tokens (Anthropic's: 70 input, 20 cache reads, 10 cache
 * writes) and 20 output tokens; Anthropic's count_tokens answers 42.
 */
final class WeatherUpstreams implements AutoCloseable {

    static final String ANSWER = "It is sunny in Paris.";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    final List<JsonNode> anthropicBodies = new CopyOnWriteArrayList<>();
    /** Each Messages call's anthropic-version and anthropic-beta headers, space apart. */
    final List<String> anthropicVersions = new CopyOnWriteArrayList<>();

    WeatherUpstreams() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/anthropic/v1/messages", this::anthropic);
        server.createContext("/openai/v1/chat/completions", this::openAi);
        server.start();
    }

    String baseUrl(String platform) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/" + platform + "/v1";
    }

    private void anthropic(HttpExchange exchange) throws IOException {
        JsonNode body = JSON.readTree(exchange.getRequestBody().readAllBytes());
        try (exchange) {
            if (exchange.getRequestURI().getPath().endsWith("/count_tokens")) {
                json(exchange, "{\"input_tokens\":42}");
                return;
            }
            anthropicBodies.add(body);
            anthropicVersions.add(exchange.getRequestHeaders().getFirst("anthropic-version") + " "
                    + exchange.getRequestHeaders().getFirst("anthropic-beta"));
            boolean answer = body.path("messages").toString().contains("tool_result");
            String block = answer ? "{\"type\":\"text\",\"text\":\"" + ANSWER + "\"}"
                    : "{\"type\":\"tool_use\",\"id\":\"toolu_1\",\"name\":\"get_weather\",\"input\":{\"city\":\"Paris\"}}";
            String stop = answer ? "end_turn" : "tool_use";
            String usage = "\"input_tokens\":70,\"cache_read_input_tokens\":20,\"cache_creation_input_tokens\":10";
            if (!body.path("stream").asBoolean(false)) {
                json(exchange, "{\"id\":\"msg_1\",\"type\":\"message\",\"role\":\"assistant\",\"model\":\"claude-up\",\"content\":[" + block
                        + "],\"stop_reason\":\"" + stop + "\",\"stop_sequence\":null,\"usage\":{" + usage + ",\"output_tokens\":20}}");
                return;
            }
            String start = answer ? "{\"type\":\"text\",\"text\":\"\"}" : "{\"type\":\"tool_use\",\"id\":\"toolu_1\",\"name\":\"get_weather\",\"input\":{}}";
            String delta = answer ? "{\"type\":\"text_delta\",\"text\":\"" + ANSWER + "\"}"
                    : "{\"type\":\"input_json_delta\",\"partial_json\":\"{\\\"city\\\": \\\"Paris\\\"}\"}";
            sse(exchange, List.of(
                    "event: message_start\ndata: {\"type\":\"message_start\",\"message\":{\"id\":\"msg_1\",\"type\":\"message\",\"role\":\"assistant\","
                            + "\"model\":\"claude-up\",\"content\":[],\"stop_reason\":null,\"stop_sequence\":null,\"usage\":{" + usage + ",\"output_tokens\":1}}}",
                    "event: ping\ndata: {\"type\":\"ping\"}",
                    "event: content_block_start\ndata: {\"type\":\"content_block_start\",\"index\":0,\"content_block\":" + start + "}",
                    "event: content_block_delta\ndata: {\"type\":\"content_block_delta\",\"index\":0,\"delta\":" + delta + "}",
                    "event: content_block_stop\ndata: {\"type\":\"content_block_stop\",\"index\":0}",
                    "event: message_delta\ndata: {\"type\":\"message_delta\",\"delta\":{\"stop_reason\":\"" + stop
                            + "\",\"stop_sequence\":null},\"usage\":{\"output_tokens\":20}}",
                    "event: message_stop\ndata: {\"type\":\"message_stop\"}"));
        }
    }

    private void openAi(HttpExchange exchange) throws IOException {
        JsonNode body = JSON.readTree(exchange.getRequestBody().readAllBytes());
        try (exchange) {
            boolean answer = body.path("messages").toString().contains("\"role\":\"tool\"");
            String usage = "{\"prompt_tokens\":100,\"completion_tokens\":20,\"total_tokens\":120}";
            String head = "{\"id\":\"chatcmpl-1\",\"object\":\"chat.completion\",\"created\":1,\"model\":\"gpt-up\",";
            String call = "{\"id\":\"call_1\",\"type\":\"function\",\"function\":{\"name\":\"get_weather\",\"arguments\":\"{\\\"city\\\": \\\"Paris\\\"}\"}}";
            if (!body.path("stream").asBoolean(false)) {
                String message = answer ? "{\"role\":\"assistant\",\"content\":\"" + ANSWER + "\"}"
                        : "{\"role\":\"assistant\",\"content\":null,\"tool_calls\":[" + call + "]}";
                json(exchange, head + "\"choices\":[{\"index\":0,\"message\":" + message + ",\"finish_reason\":\""
                        + (answer ? "stop" : "tool_calls") + "\"}],\"usage\":" + usage + "}");
                return;
            }
            String chunk = "data: {\"id\":\"chatcmpl-1\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"gpt-up\",\"choices\":";
            String delta = answer ? "{\"role\":\"assistant\",\"content\":\"" + ANSWER + "\"}"
                    : "{\"role\":\"assistant\",\"tool_calls\":[{\"index\":0,\"id\":\"call_1\",\"type\":\"function\",\"function\":{\"name\":\"get_weather\",\"arguments\":\"\"}}]}";
            List<String> events = new java.util.ArrayList<>(List.of(chunk + "[{\"index\":0,\"delta\":" + delta + ",\"finish_reason\":null}]}"));
            if (!answer) {
                events.add(chunk + "[{\"index\":0,\"delta\":{\"tool_calls\":[{\"index\":0,\"function\":{\"arguments\":\"{\\\"city\\\": \\\"Paris\\\"}\"}}]},\"finish_reason\":null}]}");
            }
            events.add(chunk + "[{\"index\":0,\"delta\":{},\"finish_reason\":\"" + (answer ? "stop" : "tool_calls") + "\"}]}");
            events.add(chunk + "[],\"usage\":" + usage + "}");
            events.add("data: [DONE]");
            sse(exchange, events);
        }
    }

    private static void json(HttpExchange exchange, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    private static void sse(HttpExchange exchange, List<String> events) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", "text/event-stream");
        exchange.sendResponseHeaders(200, 0);
        OutputStream out = exchange.getResponseBody();
        for (String event : events) {
            out.write((event + "\n\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
