package io.tollgate.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A disabled user's right key is told so (403 user_disabled), on the relay and the user API, not "Invalid API key". */
class DisabledUserKeyTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static String code(HttpResponse<String> reply) throws Exception {
        return JSON.readTree(reply.body()).get("error").get("code").asText();
    }

    @Test
    void aDisabledUsersKeyIsAnswered403UserDisabledOnTheRelayAndTheUserApi() throws Exception {
        try (RunningTollgate app = new RunningTollgate(Map.of())) {
            String user = JSON.readTree(app.admin("POST", "/admin/api/users",
                    "{\"username\":\"hank\",\"password\":\"password123\",\"balance\":10}").body()).get("id").asText();
            JsonNode key = JSON.readTree(app.admin("POST", "/admin/api/keys", "{\"userId\":\"" + user + "\"}").body());
            assertEquals(200, app.admin("PATCH", "/admin/api/users/" + user, "{\"status\":\"disabled\"}").statusCode());
            String secret = key.get("key").asText();

            HttpResponse<String> chat = app.user(secret, "POST", "/v1/chat/completions",
                    "{\"model\":\"" + MockCatalog.MODEL + "\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}");
            HttpResponse<String> models = app.user(secret, "GET", "/v1/models", null);
            HttpResponse<String> me = app.user(secret, "GET", "/api/v1/me", null);

            assertEquals(403, chat.statusCode(), chat.body());
            assertEquals("user_disabled", code(chat));
            assertEquals(403, models.statusCode(), models.body());
            assertEquals("user_disabled", code(models));
            assertEquals(403, me.statusCode(), me.body());
            assertEquals("user_disabled", code(me));
        }
    }
}
