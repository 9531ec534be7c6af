package io.tollgate.adapter.http;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import io.javalin.testtools.JavalinTest;
import io.tollgate.domain.identity.User;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;


/** Tokens that must not pass: alg none, another key, expired; each is the seed's 401. */
class JwtTokenIssuerTest {

    private final TestApp app = new TestApp();
    private final User user = app.user("jwt-user", "password123", "10");

    private void assertRefused(String token) {
        assertTrue(app.jwt.verify(token).isEmpty(), token);
        JavalinTest.test(app.javalin(false), (server, client) -> {
            Calls.Reply reply = new Calls(client).post("/shareAuth/start", "{\"token\":\"" + token + "\"}");
            assertEquals(401, reply.status());
            assertEquals("身份验证失败，无效的token", reply.json().get("message").asText());
        });
    }

    @Test
    void algNoneIsRefused() {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String header = b64.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        String claims = b64.encodeToString(("{\"iss\":\"tollgate\",\"sub\":\"" + user.id() + "\",\"exp\":"
                + (Instant.now().getEpochSecond() + 3600) + "}").getBytes(StandardCharsets.UTF_8));
        assertRefused(header + "." + claims + ".");
    }

    @Test
    void anotherKeyIsRefused() {
        String forged = JWT.create().withIssuer("tollgate").withSubject(user.id().toString())
                .withExpiresAt(Instant.now().plusSeconds(3600)).sign(Algorithm.HMAC256("another-secret-of-32-bytes-or-more!!"));
        assertRefused(forged);
    }

    @Test
    void expiredTokenIsRefused() {
        String expired = JWT.create().withIssuer("tollgate").withSubject(user.id().toString())
                .withExpiresAt(Instant.now().minusSeconds(60)).sign(Algorithm.HMAC256(app.jwtSecret));
        assertRefused(expired);
    }

    @Test
    void issuedTokenCarriesIssuerExpiryAndId() {
        var decoded = JWT.decode(app.tokenFor(user));
        assertEquals("tollgate", decoded.getIssuer());
        assertTrue(decoded.getExpiresAtAsInstant().isAfter(Instant.now().plusSeconds(23 * 3600)));
        assertTrue(decoded.getId() != null && !decoded.getId().isBlank());
        assertEquals(user.id(), app.jwt.verify(app.tokenFor(user)).orElseThrow());
    }
}
