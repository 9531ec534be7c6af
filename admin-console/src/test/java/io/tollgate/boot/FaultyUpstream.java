package io.tollgate.boot;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongFunction;

/**
 * An OpenAI-compatible platform on 127.0.0.1 that answers each call as its fault schedule says at the moment the
 * call arrives: healthy, a 503 blip, a 429 with Retry-After, a hang, a trickle, a drop mid-way, or a stream that stalls.
 */
final class FaultyUpstream implements AutoCloseable {

    enum Fault { NONE, BLIP, THROTTLE, HANG, TRICKLE, DROP, STALL }

    private static final String CHUNK = "data: {\"id\":\"c\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"up\","
            + "\"choices\":[{\"index\":0,\"delta\":{\"content\":\"%s\"},\"finish_reason\":null}]}\n\n";
    private static final String USAGE = "data: {\"id\":\"c\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"up\","
            + "\"choices\":[],\"usage\":{\"prompt_tokens\":10,\"completion_tokens\":2,\"total_tokens\":12}}\n\n";
    private static final String COMPLETION = "{\"id\":\"chatcmpl-1\",\"object\":\"chat.completion\",\"created\":1,\"model\":\"up\","
            + "\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":\"fine\"},\"finish_reason\":\"stop\"}],"
            + "\"usage\":{\"prompt_tokens\":10,\"completion_tokens\":2,\"total_tokens\":12}}";

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "faulty-upstream");
        thread.setDaemon(true);
        return thread;
    });
    private final CountDownLatch closed = new CountDownLatch(1);
    private final LongFunction<Fault> schedule;
    private final AtomicInteger answered = new AtomicInteger();
    private final AtomicInteger faulted = new AtomicInteger();
    private final ConcurrentLinkedQueue<Long> answeredAt = new ConcurrentLinkedQueue<>();

    /** {@code schedule} maps the arrival time (epoch millis) to the fault of that call. */
    FaultyUpstream(LongFunction<Fault> schedule) throws IOException {
        this.schedule = schedule;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 200);
        server.setExecutor(threads);
        server.createContext("/v1/chat/completions", exchange -> {
            try (exchange) {
                boolean stream = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8).contains("\"stream\":true");
                answer(exchange, schedule.apply(System.currentTimeMillis()), stream);
            } catch (IOException | InterruptedException ignored) {
                // the relay dropped the connection: what a hang or a trickle is waiting for
            }
        });
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    int answered() {
        return answered.get();
    }

    int faulted() {
        return faulted.get();
    }

    /** When it first sent a whole, healthy answer at or after {@code since} (epoch millis). */
    OptionalLong firstAnswerAfter(long since) {
        return answeredAt.stream().mapToLong(Long::longValue).filter(at -> at >= since).min();
    }

    private void answer(HttpExchange exchange, Fault fault, boolean stream) throws IOException, InterruptedException {
        if (fault != Fault.NONE) {
            faulted.incrementAndGet();
        }
        switch (fault) {
            case NONE -> {
                if (stream) {
                    OutputStream out = streamHeaders(exchange);
                    write(out, String.format(CHUNK, "fi") + String.format(CHUNK, "ne") + USAGE + "data: [DONE]\n\n");
                } else {
                    json(exchange, 200, COMPLETION);
                }
                answered.incrementAndGet();
                answeredAt.add(System.currentTimeMillis());
            }
            case BLIP -> json(exchange, 503, "{\"error\":{\"message\":\"overloaded\",\"type\":\"server_error\"}}");
            case THROTTLE -> {
                exchange.getResponseHeaders().add("Retry-After", "5");
                json(exchange, 429, "{\"error\":{\"message\":\"Rate limit reached\",\"type\":\"requests\",\"code\":\"rate_limit_exceeded\"}}");
            }
            case HANG -> closed.await(30, TimeUnit.SECONDS);
            case TRICKLE -> {
                OutputStream out = stream ? streamHeaders(exchange) : jsonHeaders(exchange, COMPLETION.length());
                for (int i = 0; i < 20 && !closed.await(1500, TimeUnit.MILLISECONDS); i++) {
                    write(out, stream ? ":" : " ");
                }
            }
            case STALL -> {
                write(streamHeaders(exchange), String.format(CHUNK, "half"));
                closed.await(30, TimeUnit.SECONDS);
            }
            case DROP -> {
                if (stream) {
                    write(streamHeaders(exchange), String.format(CHUNK, "half") + String.format(CHUNK, " an answer"));
                } else {
                    write(jsonHeaders(exchange, COMPLETION.length()), COMPLETION.substring(0, 40));
                }
            }
        }
    }

    private static OutputStream streamHeaders(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", "text/event-stream");
        exchange.sendResponseHeaders(200, 0);
        return exchange.getResponseBody();
    }

    private static OutputStream jsonHeaders(HttpExchange exchange, long length) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, length);
        return exchange.getResponseBody();
    }

    private static void json(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    private static void write(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    @Override
    public void close() {
        closed.countDown();
        server.stop(0);
        threads.shutdownNow();
    }
}
