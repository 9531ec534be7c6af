package io.tollgate.boot;

import io.tollgate.boot.MalformedRequests.Malformed;
import io.tollgate.boot.MalformedRequests.Target;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/** Sends malformed requests to a running Tollgate and tallies, per route family, what came back and what was wrong. */
final class MalformedRun {

    /** After this many problems the run stops sending: the first ones say enough. */
    static final int MAX_REPORTED = 40;

    private final RunningTollgate tg;
    private final Queue<String> problems = new ConcurrentLinkedQueue<>();
    private final Map<String, AtomicInteger> sent = new ConcurrentHashMap<>();
    private final Map<String, Map<Integer, Integer>> statuses = new ConcurrentHashMap<>();
    private final AtomicInteger clients = new AtomicInteger();
    private final AtomicInteger resent = new AtomicInteger();

    MalformedRun(RunningTollgate tg) {
        this.tg = tg;
    }

    /**
     * One generated request, "through" the trusted local proxy from an address of its own, so that a per-address
     * throttle of wrong credentials (the admin API's) cannot turn the right credential's requests into 429s.
     */
    void send(Target target, Malformed body, String bearer) {
        if (problems.size() >= MAX_REPORTED) {
            return;
        }
        int client = clients.incrementAndGet();
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(tg.base() + target.path())).timeout(Duration.ofSeconds(10))
                .header("Content-Type", target.contentType())
                .header("X-Forwarded-For", "10." + (client >> 16 & 255) + "." + (client >> 8 & 255) + "." + (client & 255))
                .method(target.method(), HttpRequest.BodyPublishers.ofByteArray(body.body()));
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        String text = new String(body.body(), StandardCharsets.UTF_8);
        String what = target.method() + " " + target.path() + " " + body.kind() + " bearer=" + (bearer != null) + " body="
                + text.substring(0, Math.min(120, text.length()));
        try {
            HttpResponse<String> reply;
            try {
                reply = tg.client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            } catch (IOException closedWhileReused) {
                // a pooled connection the server closed after an earlier reply (one whose body no route read) meets
                // the next request with no bytes: that request never reached a route, so it is sent once more
                resent.incrementAndGet();
                reply = tg.client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            }
            record(target.family(), target.path(), reply.statusCode(), reply.body(), what);
        } catch (IOException | InterruptedException failed) {
            problems.add(what + " → " + failed);
        }
    }

    /** One request written byte by byte, as no HTTP client would. */
    void sendRaw(String family, String path, byte[] raw) {
        String line = new String(raw, StandardCharsets.ISO_8859_1).lines().findFirst().orElse("").replace("\u0000", "\\0");
        String what = "raw " + line.substring(0, Math.min(60, line.length())) + " …";
        try {
            RawHttp.Reply reply = RawHttp.send(tg.tollgate.port(), raw);
            record(family, path, reply.status(), reply.body(),
                    what + " " + reply.head().lines().filter(l -> l.startsWith("Content-Type")).toList());
        } catch (IOException failed) {
            problems.add(what + " → " + failed);
        }
    }

    void failed(Throwable bugInTheRun) {
        problems.add("a call failed: " + bugInTheRun);
    }

    List<String> problems() {
        return List.copyOf(problems);
    }

    int sent(String family) {
        return sent.getOrDefault(family, new AtomicInteger()).get();
    }

    String summary() {
        return "sent " + new TreeMap<>(sent) + ", statuses " + new TreeMap<>(statuses) + ", sent again on a new connection " + resent.get();
    }

    private void record(String family, String path, int status, String body, String what) {
        sent.computeIfAbsent(family, f -> new AtomicInteger()).incrementAndGet();
        statuses.computeIfAbsent(family, f -> new ConcurrentHashMap<>()).merge(status, 1, Integer::sum);
        String problem = ErrorShapes.problem(path, status, body);
        if (problem != null) {
            problems.add(what + " → " + status + " " + problem + ": " + body.substring(0, Math.min(300, body.length())));
        }
    }
}
