package io.tollgate.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import io.tollgate.application.fakes.SettableClock;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** With a reminder webhook configured, an expired account's owner is told there once a day, never with a secret. */
class ReminderWebhookTest {

    @Test
    void anExpiredAccountIsRemindedOnceADayThroughTheWebhook() throws Exception {
        List<String> received = new CopyOnWriteArrayList<>();
        HttpServer webhook = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        webhook.createContext("/hook", exchange -> {
            received.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        webhook.start();
        SettableClock clock = new SettableClock(Instant.parse("2026-03-10T02:00:00Z"));
        try (MockOAuthPlatform platform = new MockOAuthPlatform()) {
            Map<String, String> env = new HashMap<>(platform.env("DASHSCOPE"));
            env.put("TOLLGATE_REMINDER_WEBHOOK", "http://127.0.0.1:" + webhook.getAddress().getPort() + "/hook?token=t0ken");
            try (RunningTollgate tg = RunningTollgate.onKnownPort(env, clock)) {
                OAuthUser alice = OAuthUser.create(tg, "alice", "0");
                String id = alice.bindByOAuth("qwen", "Alice's Qwen");
                assertEquals(0, tg.tollgate.sendRemindersNow(), "nothing to act on yet");
                platform.revokeEverything();
                alice.chat(id, "qwen-turbo");

                assertEquals(1, tg.tollgate.sendRemindersNow());
                assertEquals(0, tg.tollgate.sendRemindersNow(), "once a day");
                clock.advance(java.time.Duration.ofDays(1));
                assertEquals(1, tg.tollgate.sendRemindersNow(), "the next day again");
            }
        } finally {
            webhook.stop(0);
        }
        assertEquals(2, received.size());
        JsonNode body = RelayAdmin.read(received.get(0));
        assertEquals("credential_expired", body.at("/notices/0/kind").asText());
        assertEquals("Alice's Qwen", body.at("/notices/0/account_name").asText());
        assertTrue(body.at("/notices/0/message").asText().contains("invalid_grant"), body.toString());
        assertFalse(received.get(0).contains("token-"), "no access or refresh token in a reminder");
    }
}
