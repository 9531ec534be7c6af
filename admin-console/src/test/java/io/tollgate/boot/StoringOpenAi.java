package io.tollgate.boot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * OpenAI accounts on 127.0.0.1 that store their Responses as OpenAI does, each under {@code /<account>/v1}: a Response
 * names a {@code previous_response_id} only its own account stored (else 400), {@code GET} and {@code DELETE
 * /responses/{id}} find only their own. Records which account got which {@code previous_response_id}.
 */
final class StoringOpenAi implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One follow-up as an account received it. */
    record FollowUp(String account, String previousId) {}

    private final HttpServer server;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<String, String> storedBy = new ConcurrentHashMap<>();
    final List<FollowUp> followUps = new CopyOnWriteArrayList<>();
    final AtomicInteger calls = new AtomicInteger();

    StoringOpenAi(String... accounts) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        for (String account : accounts) {
            server.createContext("/" + account + "/v1/responses", exchange -> {
                calls.incrementAndGet();
                try (exchange) {
                    handle(account, exchange);
                }
            });
        }
        server.start();
    }

    String baseUrl(String account) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/" + account + "/v1";
    }

    private void handle(String account, HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String id = path.substring(path.lastIndexOf('/') + 1);
        switch (exchange.getRequestMethod()) {
            case "GET" -> send(exchange, account.equals(storedBy.get(id)) ? 200 : 404,
                    account.equals(storedBy.get(id)) ? response(id).toString() : notFound(id));
            case "DELETE" -> {
                boolean mine = storedBy.remove(id, account);
                send(exchange, mine ? 200 : 404, mine ? "{\"id\":\"" + id + "\",\"object\":\"response.deleted\",\"deleted\":true}"
                        : notFound(id));
            }
            default -> create(account, exchange);
        }
    }

    private void create(String account, HttpExchange exchange) throws IOException {
        JsonNode body = JSON.readTree(exchange.getRequestBody().readAllBytes());
        String previous = body.path("previous_response_id").asText("");
        if (!previous.isEmpty()) {
            followUps.add(new FollowUp(account, previous));
            if (!account.equals(storedBy.get(previous))) {
                send(exchange, 400, "{\"error\":{\"message\":\"Previous response with id '" + previous + "' not found.\","
                        + "\"type\":\"invalid_request_error\",\"param\":\"previous_response_id\",\"code\":\"previous_response_not_found\"}}");
                return;
            }
        }
        String id = "resp_" + account + "_" + ids.incrementAndGet();
        if (body.path("store").asBoolean(true)) {
            storedBy.put(id, account);
        }
        ObjectNode response = response(id);
        if (!body.path("stream").asBoolean(false)) {
            send(exchange, 200, response.toString());
            return;
        }
        exchange.getResponseHeaders().add("Content-Type", "text/event-stream");
        exchange.sendResponseHeaders(200, 0);
        OutputStream out = exchange.getResponseBody();
        ObjectNode started = response.deepCopy().put("status", "in_progress");
        started.putNull("usage");
        for (ObjectNode event : List.of(JSON.createObjectNode().put("type", "response.created").set("response", started),
                JSON.createObjectNode().put("type", "response.output_text.delta").put("item_id", "msg_1").put("output_index", 0)
                        .put("content_index", 0).put("delta", "hi"),
                JSON.createObjectNode().put("type", "response.completed").set("response", response))) {
            out.write(("event: " + event.get("type").asText() + "\ndata: " + event + "\n\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
        }
    }

    private static ObjectNode response(String id) {
        ObjectNode response = JSON.createObjectNode().put("id", id).put("object", "response").put("created_at", 1)
                .put("status", "completed").put("model", "gpt-up");
        response.putNull("error");
        ObjectNode message = response.putArray("output").addObject().put("type", "message").put("id", "msg_1")
                .put("status", "completed").put("role", "assistant");
        message.putArray("content").addObject().put("type", "output_text").put("text", "hi").putArray("annotations");
        response.putObject("usage").put("input_tokens", 10).put("output_tokens", 2).put("total_tokens", 12);
        return response;
    }

    private static String notFound(String id) {
        return "{\"error\":{\"message\":\"Response with id '" + id + "' not found.\",\"type\":\"invalid_request_error\","
                + "\"param\":null,\"code\":null}}";
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
