package io.tollgate.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The user's own key API and budgets: bad caps are 400s naming the field; a session sets and changes caps; a capped
 * key makes only keys capped as tightly and changes no caps; nobody changes another user's key.
 */
class KeyBudgetApiTest {

    private static JsonNode read(HttpResponse<String> reply) {
        return RelayAdmin.read(reply.body());
    }

    private static void refused(HttpResponse<String> reply, int status, String code) {
        assertEquals(status, reply.statusCode(), reply.body());
        assertEquals(code, read(reply).at("/error/code").asText(), reply.body());
    }

    @Test
    void aSessionSetsCapsAndACappedKeyCannotLiftThem() {
        try (RunningTollgate app = new RunningTollgate(Map.of())) {
            for (String name : new String[] {"fay", "gus"}) {
                assertEquals(201, app.admin("POST", "/admin/api/users", "{\"username\":\"" + name
                        + "\",\"password\":\"password123\",\"balance\":10}").statusCode());
            }
            String session = read(app.post("/api/v1/auth/login", "{\"username\":\"fay\",\"password\":\"password123\"}")).get("token").asText();
            String other = read(app.post("/api/v1/auth/login", "{\"username\":\"gus\",\"password\":\"password123\"}")).get("token").asText();

            for (String bad : new String[] {"{\"day\":-1}", "{\"fortnight\":1}", "{\"week\":\"1\"}", "{\"month\":0.0000001}", "[1]"}) {
                HttpResponse<String> reply = app.user(session, "POST", "/api/v1/keys", "{\"name\":\"bad\",\"budgets\":" + bad + "}");
                assertEquals(400, reply.statusCode(), bad + " " + reply.body());
                assertTrue(reply.body().contains("budgets"), "the message names the field: " + reply.body());
            }
            HttpResponse<String> capped = app.user(session, "POST", "/api/v1/keys", "{\"name\":\"agent\",\"budgets\":{\"day\":2,\"total\":50}}");
            assertEquals(201, capped.statusCode(), capped.body());
            assertEquals(2, read(capped).at("/budgets/day/cap").asInt(), capped.body());
            assertTrue(read(capped).at("/budgets/total/resetsAt").isNull(), "a total cap never resets: " + capped.body());
            String cappedKey = read(capped).get("key").asText();
            String cappedId = read(capped).get("id").asText();

            refused(app.user(cappedKey, "POST", "/api/v1/keys", "{\"name\":\"escape\"}"), 403, "key_wider_than_creator");
            refused(app.user(cappedKey, "POST", "/api/v1/keys", "{\"name\":\"looser\",\"budgets\":{\"day\":3,\"total\":50}}"),
                    403, "key_wider_than_creator");
            assertEquals(201, app.user(cappedKey, "POST", "/api/v1/keys",
                    "{\"name\":\"child\",\"budgets\":{\"day\":1,\"total\":5}}").statusCode());
            refused(app.user(cappedKey, "PATCH", "/api/v1/keys/" + cappedId, "{\"budgets\":{\"day\":null}}"), 403,
                    "budget_change_forbidden");
            assertEquals(404, app.user(other, "PATCH", "/api/v1/keys/" + cappedId, "{\"budgets\":{\"day\":null}}").statusCode());

            HttpResponse<String> lifted = app.user(session, "PATCH", "/api/v1/keys/" + cappedId, "{\"budgets\":{\"day\":null,\"week\":4}}");
            assertEquals(200, lifted.statusCode(), lifted.body());
            assertTrue(read(lifted).at("/budgets/day").isMissingNode() && read(lifted).at("/budgets/week/cap").asInt() == 4, lifted.body());
            HttpResponse<String> listed = app.user(session, "GET", "/api/v1/keys", null);
            assertTrue(listed.body().contains("\"week\":{\"cap\":4"), listed.body());
            assertEquals(201, app.user(session, "POST", "/api/v1/keys", "{\"name\":\"plain\"}").statusCode());
            HttpResponse<String> all = app.admin("GET", "/admin/api/keys", null);
            assertEquals(3, read(all).get("data").size(), all.body());
            for (JsonNode key : read(all).get("data")) {
                String expected = switch (key.get("name").asText()) {
                    case "agent" -> "{\"week\":4,\"total\":50}";
                    case "child" -> "{\"day\":1,\"total\":5}";
                    default -> "{}";
                };
                StringBuilder caps = new StringBuilder();
                key.get("budgets").fields().forEachRemaining(cap -> caps.append(caps.isEmpty() ? "" : ",")
                        .append('"').append(cap.getKey()).append("\":").append(cap.getValue().get("cap").asInt()));
                assertEquals(expected, "{" + caps + "}", "each key in the list shows its own caps: " + all.body());
            }
            assertEquals(404, app.admin("PATCH", "/admin/api/keys/00000000-0000-0000-0000-000000000000", "{\"budgets\":{}}").statusCode());
            ConsoleClient page = new ConsoleClient(app.base());
            assertEquals(303, page.submit("/me/login", "/me/login", Map.of("username", "fay", "password", "password123")).statusCode());
            String home = page.get("/me").body();
            assertTrue(home.contains("weekly 0 of 4 points") && home.contains("daily 0 of 1 points") && home.contains("total 0 of 5 points"),
                    "the user's home page shows each key's own caps: " + home);
        }
    }
}
