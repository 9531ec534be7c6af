package io.tollgate.boot;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Concurrent relays and ShareAuth finishes against one node, each call remembered with what the client saw: a relay
 * by the request id its reply carried, a finish by the Idempotency-Key the client chose. A worker stops when its node
 * stops answering or the time is up.
 */
final class FleetLoad {

    enum Kind { RELAY, FINISH }

    /** One call; status -1 when no reply arrived. */
    record Call(String node, Kind kind, String id, int status) {
        boolean answered2xx() {
            return status >= 200 && status < 300;
        }
    }

    static final String RELAY_BODY = "{\"model\":\"priced\",\"messages\":[{\"role\":\"user\",\"content\":\"hello fleet\"}]}";

    final Queue<Call> calls = new ConcurrentLinkedQueue<>();
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();

    /** Starts {@code workers} relay and {@code workers} finish loops on the node; returns at once. */
    void start(ExecutorService threads, ChildTollgate node, String apiKey, String shareAuthToken, int workers,
               long deadlineNanos) {
        for (int i = 0; i < workers; i++) {
            threads.submit(() -> loop(node, Kind.RELAY, apiKey, deadlineNanos));
            threads.submit(() -> loop(node, Kind.FINISH, shareAuthToken, deadlineNanos));
        }
    }

    static ExecutorService threads() {
        return Executors.newVirtualThreadPerTaskExecutor();
    }

    private void loop(ChildTollgate node, Kind kind, String credential, long deadlineNanos) {
        while (System.nanoTime() < deadlineNanos) {
            if (!call(node, kind, credential)) {
                return;
            }
        }
    }

    /** False when the node did not answer. */
    private boolean call(ChildTollgate node, Kind kind, String credential) {
        String key = "fin-" + UUID.randomUUID();
        HttpRequest.Builder request = kind == Kind.RELAY
                ? HttpRequest.newBuilder(URI.create(node.base() + "/v1/chat/completions"))
                        .header("Authorization", "Bearer " + credential).POST(body(RELAY_BODY))
                : HttpRequest.newBuilder(URI.create(node.base() + "/shareAuth/finish")).header("Idempotency-Key", key)
                        .POST(body("{\"token\":\"" + credential + "\",\"appName\":\"fleet\",\"responseData\":[{\"totalPoints\":1.0}]}"));
        try {
            HttpResponse<String> reply = client.send(request.header("Content-Type", "application/json")
                    .timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            String id = kind == Kind.RELAY ? reply.headers().firstValue("X-Request-Id").orElse("") : key;
            calls.add(new Call(node.name, kind, id, reply.statusCode()));
            return true;
        } catch (IOException noReply) {
            calls.add(new Call(node.name, kind, kind == Kind.FINISH ? key : "", -1));
            return false;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static HttpRequest.BodyPublisher body(String json) {
        return HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8);
    }

    List<Call> of(String node, Kind kind) {
        return calls.stream().filter(c -> c.node().equals(node) && c.kind() == kind).toList();
    }
}
