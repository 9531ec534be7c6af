package io.tollgate.boot;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Two weather-agent platforms on 127.0.0.1: OpenAI speaking the Responses API at {@code /openai/v1/responses}, and a
 * chat-only one at {@code /chat/v1/chat/completions}. Both call the weather function first and answer in text once the
 * request carries its output, JSON or streamed, always with 100 input and 20 output tokens.
 */
final class ResponsesUpstreams implements AutoCloseable {

    static final String ANSWER = "It is 12 C in Oslo.";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    final List<String> nativeBodies = new ArrayList<>();

    ResponsesUpstreams() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/openai/v1/responses", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            nativeBodies.add(body);
            try (exchange) {
                ObjectNode response = response(body.contains("function_call_output"));
                if (body.contains("\"stream\":true")) {
                    sse(exchange, nativeEvents(response));
                } else {
                    send(exchange, "application/json", JSON.writeValueAsString(response));
                }
            }
        });
        server.createContext("/chat/v1/chat/completions", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            try (exchange) {
                boolean answered = body.contains("\"role\":\"tool\"");
                if (body.contains("\"stream\":true")) {
                    sse(exchange, chatChunks(answered));
                } else {
                    String message = answered ? "{\"role\":\"assistant\",\"content\":\"" + ANSWER + "\"}" : "{\"role\":\"assistant\","
                            + "\"content\":null,\"tool_calls\":[{\"id\":\"call_oslo\",\"type\":\"function\",\"function\":{\"name\":\"weather\","
                            + "\"arguments\":\"{\\\"city\\\":\\\"Oslo\\\"}\"}}]}";
                    send(exchange, "application/json", "{\"id\":\"c1\",\"object\":\"chat.completion\",\"created\":1,\"model\":\"up\","
                            + "\"choices\":[{\"index\":0,\"message\":" + message + ",\"finish_reason\":\"" + (answered ? "stop" : "tool_calls")
                            + "\"}],\"usage\":{\"prompt_tokens\":100,\"completion_tokens\":20,\"total_tokens\":120}}");
                }
            }
        });
        server.start();
    }

    String baseUrl(String name) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/" + name + "/v1";
    }

    private static ObjectNode response(boolean answered) {
        ObjectNode response = JSON.createObjectNode().put("id", "resp_up1").put("object", "response").put("created_at", 1)
                .put("status", "completed").put("model", "gpt-up").put("parallel_tool_calls", true).put("tool_choice", "auto");
        response.putNull("error");
        response.putNull("incomplete_details");
        response.putNull("instructions");
        response.putObject("metadata");
        response.putNull("temperature");
        response.putNull("top_p");
        response.putArray("tools");
        ArrayNode output = response.putArray("output");
        if (answered) {
            ObjectNode message = output.addObject().put("type", "message").put("id", "msg_up").put("status", "completed").put("role", "assistant");
            ObjectNode part = message.putArray("content").addObject().put("type", "output_text").put("text", ANSWER);
            part.putArray("annotations");
        } else {
            output.addObject().put("type", "function_call").put("id", "fc_up").put("call_id", "call_oslo").put("name", "weather")
                    .put("arguments", "{\"city\":\"Oslo\"}").put("status", "completed");
        }
        ObjectNode usage = response.putObject("usage").put("input_tokens", 100).put("output_tokens", 20).put("total_tokens", 120);
        usage.putObject("input_tokens_details").put("cached_tokens", 0);
        usage.putObject("output_tokens_details").put("reasoning_tokens", 0);
        return response;
    }

    private static List<ObjectNode> nativeEvents(ObjectNode response) {
        List<ObjectNode> events = new ArrayList<>();
        ObjectNode started = response.deepCopy().put("status", "in_progress");
        started.putArray("output");
        started.putNull("usage");
        events.add(JSON.createObjectNode().put("type", "response.created").set("response", started));
        ObjectNode item = (ObjectNode) response.get("output").get(0);
        ObjectNode added = item.deepCopy().put("status", "in_progress");
        if (added.has("content")) {
            added.putArray("content");
        } else {
            added.put("arguments", "");
        }
        events.add(JSON.createObjectNode().put("type", "response.output_item.added").put("output_index", 0).set("item", added));
        String id = item.get("id").asText();
        if (item.has("content")) {
            ObjectNode empty = JSON.createObjectNode().put("type", "output_text").put("text", "");
            empty.putArray("annotations");
            events.add(JSON.createObjectNode().put("type", "response.content_part.added").put("item_id", id).put("output_index", 0)
                    .put("content_index", 0).set("part", empty));
            for (String delta : new String[] {"It is 12 C", " in Oslo."}) {
                ObjectNode event = JSON.createObjectNode().put("type", "response.output_text.delta").put("item_id", id)
                        .put("output_index", 0).put("content_index", 0).put("delta", delta);
                event.putArray("logprobs");
                events.add(event);
            }
            ObjectNode done = JSON.createObjectNode().put("type", "response.output_text.done").put("item_id", id).put("output_index", 0)
                    .put("content_index", 0).put("text", ANSWER);
            done.putArray("logprobs");
            events.add(done);
            events.add(JSON.createObjectNode().put("type", "response.content_part.done").put("item_id", id).put("output_index", 0)
                    .put("content_index", 0).set("part", item.get("content").get(0)));
        } else {
            events.add(JSON.createObjectNode().put("type", "response.function_call_arguments.delta").put("item_id", id)
                    .put("output_index", 0).put("delta", item.get("arguments").asText()));
            events.add(JSON.createObjectNode().put("type", "response.function_call_arguments.done").put("item_id", id)
                    .put("output_index", 0).put("arguments", item.get("arguments").asText()));
        }
        events.add(JSON.createObjectNode().put("type", "response.output_item.done").put("output_index", 0).set("item", item));
        events.add(JSON.createObjectNode().put("type", "response.completed").set("response", response));
        for (int i = 0; i < events.size(); i++) {
            events.get(i).put("sequence_number", i);
        }
        return events;
    }

    private static List<ObjectNode> chatChunks(boolean answered) throws IOException {
        List<String> chunks = new ArrayList<>();
        if (answered) {
            chunks.add("{\"choices\":[{\"index\":0,\"delta\":{\"role\":\"assistant\",\"content\":\"It is 12 C\"}}]}");
            chunks.add("{\"choices\":[{\"index\":0,\"delta\":{\"content\":\" in Oslo.\"},\"finish_reason\":\"stop\"}]}");
        } else {
            chunks.add("{\"choices\":[{\"index\":0,\"delta\":{\"role\":\"assistant\",\"tool_calls\":[{\"index\":0,\"id\":\"call_oslo\","
                    + "\"type\":\"function\",\"function\":{\"name\":\"weather\",\"arguments\":\"{\\\"city\\\":\"}}]}}]}");
            chunks.add("{\"choices\":[{\"index\":0,\"delta\":{\"tool_calls\":[{\"index\":0,\"function\":{\"arguments\":\"\\\"Oslo\\\"}\"}}]},"
                    + "\"finish_reason\":\"tool_calls\"}]}");
        }
        chunks.add("{\"choices\":[],\"usage\":{\"prompt_tokens\":100,\"completion_tokens\":20,\"total_tokens\":120}}");
        List<ObjectNode> events = new ArrayList<>();
        for (String chunk : chunks) {
            ObjectNode node = (ObjectNode) JSON.readTree(chunk);
            node.put("id", "c1").put("object", "chat.completion.chunk").put("created", 1).put("model", "up");
            events.add(node);
        }
        return events;
    }

    /** Native events go with their event name; chat chunks without one, then [DONE]. */
    private static void sse(HttpExchange exchange, List<ObjectNode> events) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", "text/event-stream");
        exchange.sendResponseHeaders(200, 0);
        OutputStream out = exchange.getResponseBody();
        boolean chat = events.get(0).has("choices");
        for (ObjectNode event : events) {
            String named = chat ? "" : "event: " + event.get("type").asText() + "\n";
            out.write((named + "data: " + JSON.writeValueAsString(event) + "\n\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
        }
        if (chat) {
            out.write("data: [DONE]\n\n".getBytes(StandardCharsets.UTF_8));
        }
    }

    private static void send(HttpExchange exchange, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", contentType);
        exchange.sendResponseHeaders(200, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
