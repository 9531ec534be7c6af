package io.tollgate.boot;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An OpenAI-compatible platform on 127.0.0.1 that answers only the one API key it was given (10 prompt and 2
 * completion tokens) and refuses any other with a 401, so a test can tell which credential an account holds.
 */
final class KeyedUpstream implements AutoCloseable {

    static final long PROMPT_TOKENS = 10;
    static final long COMPLETION_TOKENS = 2;

    private static final String COMPLETION = "{\"id\":\"chatcmpl-k\",\"object\":\"chat.completion\",\"created\":1,\"model\":\"up\","
            + "\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":\"fine\"},\"finish_reason\":\"stop\"}],"
            + "\"usage\":{\"prompt_tokens\":10,\"completion_tokens\":2,\"total_tokens\":12}}";
    private static final String REFUSED = "{\"error\":{\"message\":\"Incorrect API key provided\",\"type\":\"invalid_request_error\","
            + "\"code\":\"invalid_api_key\"}}";

    private final HttpServer server;
    private final AtomicInteger refused = new AtomicInteger();

    KeyedUpstream(String key) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 50);
        server.createContext("/v1/chat/completions", exchange -> {
            try (exchange) {
                exchange.getRequestBody().readAllBytes();
                boolean right = ("Bearer " + key).equals(exchange.getRequestHeaders().getFirst("Authorization"));
                if (!right) {
                    refused.incrementAndGet();
                }
                byte[] body = (right ? COMPLETION : REFUSED).getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(right ? 200 : 401, body.length);
                exchange.getResponseBody().write(body);
            }
        });
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    /** How many calls came with another key. */
    int refused() {
        return refused.get();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
