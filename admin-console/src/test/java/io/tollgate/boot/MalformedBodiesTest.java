package io.tollgate.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Thousands of broken bodies: each gets a 4xx with an OpenAI-style error, never a 500, and nothing is charged. */
class MalformedBodiesTest {

    private static final long SEED = 20261121L;
    private static final int BODIES = 5_000;

    @Test
    void malformedChatBodiesNeverCauseA500NorChangeTheLedger() throws Exception {
        ObjectMapper json = new ObjectMapper();
        try (RunningTollgate tg = new RunningTollgate(Map.of())) {
            String user = json.readTree(tg.admin("POST", "/admin/api/users",
                    "{\"username\":\"fuzz\",\"password\":\"password123\",\"balance\":0}").body()).get("id").asText();
            String key = json.readTree(tg.admin("POST", "/admin/api/keys", "{\"userId\":\"" + user + "\"}").body()).get("key").asText();
            MalformedBodies bodies = new MalformedBodies(SEED);
            Map<Integer, Integer> statuses = new TreeMap<>();
            for (int i = 0; i < BODIES; i++) {
                byte[] body = bodies.next();
                HttpResponse<String> reply = tg.client.send(HttpRequest.newBuilder(URI.create(tg.base() + "/v1/chat/completions"))
                        .header("Authorization", "Bearer " + key).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
                statuses.merge(reply.statusCode(), 1, Integer::sum);
                assertTrue(reply.statusCode() >= 400 && reply.statusCode() < 500,
                        "seed " + SEED + " body " + i + " → " + reply.statusCode() + ": " + reply.body());
                JsonNode error = json.readTree(reply.body()).get("error");
                assertTrue(error != null && error.hasNonNull("message") && error.hasNonNull("type"), reply.body());
            }
            assertEquals(0, json.readTree(tg.admin("GET", "/admin/api/users/" + user + "/ledger", null).body()).get("data").size(),
                    "statuses seen: " + statuses);
            assertEquals("0", json.readTree(tg.admin("GET", "/admin/api/users", null).body()).at("/data/0/balance").asText());
        }
    }
}
