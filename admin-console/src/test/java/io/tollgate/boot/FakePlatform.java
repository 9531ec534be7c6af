package io.tollgate.boot;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** A model platform on 127.0.0.1 whose answer each test picks by path prefix ({@code /<name>/v1/chat/completions}). */
final class FakePlatform implements AutoCloseable {

    /** What one path answers. */
    interface Answer {
        void send(HttpExchange exchange) throws IOException;
    }

    /** The exchange attribute holding the request body, read before the answer runs. */
    static final String BODY = "body";

    private final HttpServer server;
    private final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();

    FakePlatform(Map<String, Answer> answers) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        answers.forEach((name, answer) -> server.createContext("/" + name + "/", exchange -> {
            calls.computeIfAbsent(name, n -> new AtomicInteger()).incrementAndGet();
            exchange.setAttribute(BODY, exchange.getRequestBody().readAllBytes());
            try (exchange) {
                answer.send(exchange);
            }
        }));
        server.start();
    }

    String baseUrl(String name) {
        return host(name) + "/v1";
    }

    /** The root of {@code name}'s answers, for platforms whose paths start at the host rather than at {@code /v1}. */
    String host(String name) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/" + name;
    }

    int calls(String name) {
        return calls.getOrDefault(name, new AtomicInteger()).get();
    }

    static Answer json(int status, String body, String... headers) {
        return exchange -> {
            for (int i = 0; i < headers.length; i += 2) {
                exchange.getResponseHeaders().add(headers[i], headers[i + 1]);
            }
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
        };
    }

    static Answer completion(String content) {
        return json(200, "{\"id\":\"chatcmpl-1\",\"object\":\"chat.completion\",\"created\":1,\"model\":\"up\",\"choices\":[{\"index\":0,"
                + "\"message\":{\"role\":\"assistant\",\"content\":\"" + content + "\"},\"finish_reason\":\"stop\"}],"
                + "\"usage\":{\"prompt_tokens\":10,\"completion_tokens\":5,\"total_tokens\":15}}");
    }

    /** One reply in the form asked for: an event stream with usage when the request streams, else {@link #completion}. */
    static Answer chat(String content) {
        return exchange -> {
            if (!new String((byte[]) exchange.getAttribute(BODY), StandardCharsets.UTF_8).matches("(?s).*\"stream\"\\s*:\\s*true.*")) {
                completion(content).send(exchange);
                return;
            }
            exchange.getResponseHeaders().add("Content-Type", "text/event-stream");
            exchange.sendResponseHeaders(200, 0);
            exchange.getResponseBody().write(("data: {\"id\":\"c\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"up\","
                    + "\"choices\":[{\"index\":0,\"delta\":{\"content\":\"" + content + "\"},\"finish_reason\":null}]}\n\n"
                    + "data: {\"id\":\"c\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"up\",\"choices\":[],"
                    + "\"usage\":{\"prompt_tokens\":10,\"completion_tokens\":5,\"total_tokens\":15}}\n\ndata: [DONE]\n\n")
                    .getBytes(StandardCharsets.UTF_8));
        };
    }

    /** Two content chunks, then the connection drops: no usage, no [DONE]. */
    static Answer brokenStream() {
        return exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "text/event-stream");
            exchange.sendResponseHeaders(200, 0);
            OutputStream out = exchange.getResponseBody();
            for (String word : new String[] {"Hello", " world"}) {
                out.write(("data: {\"id\":\"c\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"up\",\"choices\":[{\"index\":0,"
                        + "\"delta\":{\"content\":\"" + word + "\"},\"finish_reason\":null}]}\n\n").getBytes(StandardCharsets.UTF_8));
                out.flush();
            }
        };
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
