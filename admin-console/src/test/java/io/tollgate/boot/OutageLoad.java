package io.tollgate.boot;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Calls kept going against one Tollgate by a few threads each, recording what every call answered and how long it
 * took. A call that has not answered after {@link #GIVE_UP} is recorded with status -1 and that long.
 */
final class OutageLoad implements AutoCloseable {

    static final Duration GIVE_UP = Duration.ofSeconds(5);

    /** One answered call: its kind, status, milliseconds, {@code Retry-After}, body, and when it started (nanoTime). */
    record Reply(String kind, int status, long millis, String retryAfter, String body, String chatId, long startedNanos,
                 String requestId) {}

    /** One call to make again and again: its kind and the request (with the chat id it used, if any). */
    record Call(String kind, Supplier<Sent> next) {}

    record Sent(HttpRequest request, String chatId) {}

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(GIVE_UP).build();
    private final ConcurrentLinkedQueue<Reply> replies = new ConcurrentLinkedQueue<>();
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean stopped;

    static HttpRequest.Builder post(String url, String json) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(GIVE_UP).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
    }

    static HttpRequest get(String url) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(GIVE_UP).GET().build();
    }

    void start(Call call, int threadCount) {
        for (int i = 0; i < threadCount; i++) {
            threads.add(Thread.ofVirtual().start(() -> {
                while (!stopped) {
                    replies.add(send(call.kind(), call.next().get()));
                }
            }));
        }
    }

    Reply send(String kind, Sent sent) {
        long start = System.nanoTime();
        try {
            HttpResponse<String> reply = client.send(sent.request(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(kind, reply.statusCode(), (System.nanoTime() - start) / 1_000_000,
                    reply.headers().firstValue("Retry-After").orElse(null), reply.body(), sent.chatId(), start,
                    reply.headers().firstValue("X-Request-Id").orElse(null));
        } catch (HttpTimeoutException late) {
            return new Reply(kind, -1, (System.nanoTime() - start) / 1_000_000, null, "no answer", sent.chatId(), start, null);
        } catch (IOException | InterruptedException failed) {
            return new Reply(kind, -2, (System.nanoTime() - start) / 1_000_000, null, failed.toString(), sent.chatId(), start, null);
        }
    }

    List<Reply> replies() {
        return List.copyOf(replies);
    }

    /** A number for each call, to tell their chat ids apart. */
    static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Override
    public void close() throws InterruptedException {
        stopped = true;
        for (Thread thread : threads) {
            thread.join();
        }
    }
}
