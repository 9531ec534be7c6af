package io.tollgate.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tollgate.adapter.persistence.DatabaseConfig;
import io.tollgate.adapter.persistence.TestDatabases;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every door that takes a user's password shares one count per name and address, kept in the database: failures
 * spread over ShareAuth and the user API on two nodes lock the name out of every door on both.
 */
class PasswordDoorsThrottleTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String RIGHT = "password123";

    private static String credentials(String password) {
        return "{\"username\":\"carol\",\"password\":\"" + password + "\"}";
    }

    private static void createCarol(RunningTollgate node) {
        HttpResponse<String> created = node.admin("POST", "/admin/api/users",
                "{\"username\":\"carol\",\"password\":\"" + RIGHT + "\",\"balance\":10}");
        assertEquals(201, created.statusCode(), created.body());
    }

    @Test
    void fiveFailuresOverShareAuthAndTheUserApiOnTwoNodesLockTheNameOutOfEveryDoorOnBoth() throws Exception {
        DatabaseConfig db = TestDatabases.freshConfig();
        try (RunningTollgate a = new RunningTollgate(db, Map.of()); RunningTollgate b = new RunningTollgate(db, Map.of())) {
            createCarol(a);
            for (int i = 0; i < 3; i++) {
                assertEquals(401, a.post("/shareAuth/init", credentials("wrong-" + i)).statusCode(), "ShareAuth failure " + (i + 1));
            }
            for (int i = 3; i < 5; i++) {
                assertEquals(401, b.post("/api/v1/auth/login", credentials("wrong-" + i)).statusCode(), "login failure " + (i + 1));
            }

            HttpResponse<String> shareAuth = b.post("/shareAuth/init", credentials(RIGHT));
            HttpResponse<String> login = a.post("/api/v1/auth/login", credentials(RIGHT));
            ConsoleClient pages = new ConsoleClient(a.base());
            HttpResponse<String> portal = pages.submit("/me/login", "/me/login", Map.of("username", "carol", "password", RIGHT));

            assertEquals(429, shareAuth.statusCode(), shareAuth.body());
            JsonNode body = JSON.readTree(shareAuth.body());
            assertFalse(body.get("success").asBoolean());
            assertEquals("too_many_attempts", body.get("code").asText());
            long retryAfter = Long.parseLong(shareAuth.headers().firstValue("Retry-After").orElseThrow());
            assertTrue(retryAfter > 800 && retryAfter <= 900, "about 15 minutes: " + retryAfter);
            assertEquals(429, login.statusCode(), login.body());
            assertEquals(429, portal.statusCode(), portal.body());
        }
    }

    @Test
    void inFastGptModeTheThrottledInitIsA200WithSuccessFalseLikeEveryShareAuthFailure() throws Exception {
        try (RunningTollgate app = new RunningTollgate(Map.of("TOLLGATE_SHAREAUTH_FASTGPT", "true"))) {
            createCarol(app);
            for (int i = 0; i < 5; i++) {
                HttpResponse<String> wrong = app.post("/shareAuth/init", credentials("wrong-" + i));
                assertEquals("wrong_credentials", JSON.readTree(wrong.body()).get("code").asText(), wrong.body());
            }

            HttpResponse<String> right = app.post("/shareAuth/init", credentials(RIGHT));

            assertEquals(200, right.statusCode());
            JsonNode body = JSON.readTree(right.body());
            assertFalse(body.get("success").asBoolean(), right.body());
            assertEquals("too_many_attempts", body.get("code").asText());
            assertTrue(right.headers().firstValue("Retry-After").isPresent());
        }
    }
}
