package io.tollgate.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A well-signed session token without {@code exp} would never expire: both kinds are refused; a short admin token stops start-up. */
class SessionTokenExpiryTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static String withoutExpiry(String issuer, String user) {
        return JWT.create().withIssuer(issuer).withSubject(user).withIssuedAt(Instant.now())
                .withJWTId(UUID.randomUUID().toString())
                .sign(Algorithm.HMAC256(RunningTollgate.JWT_SECRET.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aUserApiOrShareAuthTokenWithoutExpiryIsRefused() throws Exception {
        try (RunningTollgate app = new RunningTollgate(Map.of())) {
            String user = JSON.readTree(app.admin("POST", "/admin/api/users",
                    "{\"username\":\"gina\",\"password\":\"password123\",\"balance\":10}").body()).get("id").asText();
            String session = JSON.readTree(app.post("/api/v1/auth/login",
                    "{\"username\":\"gina\",\"password\":\"password123\"}").body()).get("token").asText();
            assertEquals(200, app.user(session, "GET", "/api/v1/me", null).statusCode(), "an issued token, with exp, works");

            HttpResponse<String> me = app.user(withoutExpiry("tollgate-user-api", user), "GET", "/api/v1/me", null);
            HttpResponse<String> start = app.post("/shareAuth/start",
                    "{\"token\":\"" + withoutExpiry("tollgate", user) + "\",\"question\":\"hello\"}");

            assertEquals(401, me.statusCode(), me.body());
            assertEquals(401, start.statusCode(), start.body());
            assertEquals("invalid_token", JSON.readTree(start.body()).get("code").asText());
        }
    }

    @Test
    void anAdminTokenShorterThan32CharactersStopsStartUpNamingTheVariable() {
        Config.Invalid refused = assertThrows(Config.Invalid.class,
                () -> new RunningTollgate(Map.of("TOLLGATE_ADMIN_TOKEN", "x")).close());

        assertTrue(refused.getMessage().contains("TOLLGATE_ADMIN_TOKEN"), refused.getMessage());
        assertTrue(refused.getMessage().contains("32"), refused.getMessage());
    }
}
