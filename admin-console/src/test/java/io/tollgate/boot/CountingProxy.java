package io.tollgate.boot;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A pass-through on 127.0.0.1 in front of one Tollgate: {@code /<name>/v1/...} goes to its {@code /v1/...}, so each
 * name is a distinct upstream base URL; it counts secret fetches and records which model calls carried the header.
 */
final class CountingProxy implements AutoCloseable {

    /** One chat call as the upstream got it. */
    record Call(String name, String model, boolean memfitHeader) {}

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpServer server;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final Map<String, AtomicInteger> fetches = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<Call> calls = new ConcurrentLinkedQueue<>();

    CountingProxy(String target) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", exchange -> {
            try (exchange) {
                String path = exchange.getRequestURI().getPath();
                int slash = path.indexOf('/', 1);
                String name = path.substring(1, slash);
                String rest = path.substring(slash);
                byte[] body = exchange.getRequestBody().readAllBytes();
                String header = exchange.getRequestHeaders().getFirst(AibalancePair.MEMFIT_HEADER);
                if (rest.equals("/v1/memfit-totp-uuid")) {
                    fetches.computeIfAbsent(name, n -> new AtomicInteger()).incrementAndGet();
                } else {
                    calls.add(new Call(name, JSON.readTree(body).path("model").asText(), header != null));
                }
                HttpRequest.Builder forward = HttpRequest.newBuilder(URI.create(target + rest))
                        .method(exchange.getRequestMethod(), HttpRequest.BodyPublishers.ofByteArray(body));
                for (String copied : List.of("Authorization", "Content-Type", "Accept", AibalancePair.MEMFIT_HEADER)) {
                    String value = exchange.getRequestHeaders().getFirst(copied);
                    if (value != null) {
                        forward.header(copied, value);
                    }
                }
                HttpResponse<InputStream> reply = client.send(forward.build(), HttpResponse.BodyHandlers.ofInputStream());
                reply.headers().firstValue("Content-Type").ifPresent(v -> exchange.getResponseHeaders().set("Content-Type", v));
                exchange.sendResponseHeaders(reply.statusCode(), 0);
                try (InputStream in = reply.body(); OutputStream out = exchange.getResponseBody()) {
                    byte[] buffer = new byte[8192];
                    for (int n; (n = in.read(buffer)) > 0; ) {
                        out.write(buffer, 0, n);
                        out.flush();
                    }
                }
            } catch (InterruptedException stopping) {
                Thread.currentThread().interrupt();
            }
        });
        server.start();
    }

    String baseUrl(String name) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/" + name + "/v1";
    }

    int fetches(String name) {
        return fetches.getOrDefault(name, new AtomicInteger()).get();
    }

    List<Call> calls() {
        return List.copyOf(calls);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
