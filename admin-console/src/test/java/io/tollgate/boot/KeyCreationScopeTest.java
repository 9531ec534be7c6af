package io.tollgate.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An API key may create only keys no wider than itself; a session token may create any key for its user. */
class KeyCreationScopeTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aLimitedKeyCannotMintAWiderKeyButANarrowerOneAndASessionAny() throws Exception {
        try (RunningTollgate app = new RunningTollgate(Map.of())) {
            String user = JSON.readTree(app.admin("POST", "/admin/api/users",
                    "{\"username\":\"erin\",\"password\":\"password123\",\"balance\":10}").body()).get("id").asText();
            Instant expires = Instant.now().plusSeconds(40);
            HttpResponse<String> issued = app.admin("POST", "/admin/api/keys", "{\"userId\":\"" + user
                    + "\",\"models\":[\"mock-*\"],\"expiresAt\":\"" + expires + "\",\"rpm\":1}");
            assertEquals(201, issued.statusCode(), issued.body());
            String limited = JSON.readTree(issued.body()).get("key").asText();

            HttpResponse<String> unlimited = app.user(limited, "POST", "/api/v1/keys", "{\"name\":\"escape\"}");
            HttpResponse<String> otherModels = app.user(limited, "POST", "/api/v1/keys", "{\"name\":\"other\",\"models\":[\"gpt-*\"],"
                    + "\"expiresAt\":\"" + expires + "\",\"rpm\":1}");
            HttpResponse<String> longer = app.user(limited, "POST", "/api/v1/keys", "{\"name\":\"longer\",\"models\":[\"mock-gpt\"],"
                    + "\"expiresAt\":\"" + expires.plusSeconds(3600) + "\",\"rpm\":1}");
            HttpResponse<String> narrower = app.user(limited, "POST", "/api/v1/keys", "{\"name\":\"narrower\",\"models\":[\"mock-g*\"],"
                    + "\"expiresAt\":\"" + expires.minusSeconds(10) + "\",\"rpm\":1}");

            for (HttpResponse<String> wider : new HttpResponse[] {unlimited, otherModels, longer}) {
                assertEquals(403, wider.statusCode(), wider.body());
                assertEquals("key_wider_than_creator", JSON.readTree(wider.body()).get("error").get("code").asText(), wider.body());
            }
            assertEquals(201, narrower.statusCode(), narrower.body());

            String session = JSON.readTree(app.post("/api/v1/auth/login",
                    "{\"username\":\"erin\",\"password\":\"password123\"}").body()).get("token").asText();
            HttpResponse<String> bySession = app.user(session, "POST", "/api/v1/keys", "{\"name\":\"any\"}");
            assertEquals(201, bySession.statusCode(), bySession.body());
            JsonNode any = JSON.readTree(bySession.body());
            assertEquals(0, any.get("models").size());
            assertEquals(0, any.get("rpm").asInt());
        }
    }
}
