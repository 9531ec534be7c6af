package io.tollgate.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sun.net.httpserver.HttpServer;
import io.tollgate.application.fakes.SettableClock;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Two Tollgates on one database behave as one: a due reminder goes out once, wrong admin tokens count on both. */
class TwoNodesSharedStateTest {

    @Test
    void aDueReminderIsSentByOneNodeOnly() throws Exception {
        AtomicInteger delivered = new AtomicInteger();
        HttpServer webhook = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        webhook.createContext("/hook", exchange -> {
            exchange.getRequestBody().readAllBytes();
            delivered.incrementAndGet();
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        webhook.start();
        SettableClock clock = new SettableClock(Instant.parse("2026-03-10T02:00:00Z"));
        try (MockOAuthPlatform platform = new MockOAuthPlatform()) {
            Map<String, String> env = new HashMap<>(platform.env("DASHSCOPE"));
            env.put("TOLLGATE_REMINDER_WEBHOOK", "http://127.0.0.1:" + webhook.getAddress().getPort() + "/hook");
            try (RunningTollgate a = RunningTollgate.onKnownPort(env, clock);
                 RunningTollgate b = new RunningTollgate(a.db, env, clock)) {
                OAuthUser alice = OAuthUser.create(a, "alice", "0");
                String id = alice.bindByOAuth("qwen", "Alice's Qwen");
                platform.revokeEverything();
                alice.chat(id, "qwen-turbo");

                assertEquals(1, a.tollgate.sendRemindersNow() + b.tollgate.sendRemindersNow());
                assertEquals(0, b.tollgate.sendRemindersNow() + a.tollgate.sendRemindersNow(), "once a day, on any node");
                clock.advance(Duration.ofDays(1));
                assertEquals(1, b.tollgate.sendRemindersNow() + a.tollgate.sendRemindersNow(), "the next day again");
            }
        } finally {
            webhook.stop(0);
        }
        assertEquals(2, delivered.get());
    }

    @Test
    void wrongAdminTokensSpreadOverTwoNodesShareOneLimit() {
        try (RunningTollgate a = new RunningTollgate(Map.of("TOLLGATE_TRUSTED_PROXIES", "127.0.0.1"));
             RunningTollgate b = new RunningTollgate(a.db, Map.of("TOLLGATE_TRUSTED_PROXIES", "127.0.0.1"))) {
            for (int i = 0; i < 10; i++) {
                assertEquals(401, users(i % 2 == 0 ? a : b, "guess-" + i).statusCode(), "failure " + (i + 1));
            }
            assertEquals(429, users(a, "guess-10").statusCode(), "the eleventh, whichever node it reaches");
            assertEquals(429, users(b, "guess-11").statusCode());
        }
    }

    private static HttpResponse<String> users(RunningTollgate node, String token) {
        try {
            return node.client.send(HttpRequest.newBuilder(URI.create(node.base() + "/admin/api/users"))
                    .header("Authorization", "Bearer " + token).header("X-Forwarded-For", "203.0.113.9").GET().build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (java.io.IOException | InterruptedException failed) {
            throw new IllegalStateException(failed);
        }
    }
}
