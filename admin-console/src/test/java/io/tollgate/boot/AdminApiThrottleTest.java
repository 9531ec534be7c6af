package io.tollgate.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Ten wrong admin tokens a minute from one address, then that address waits; the admin elsewhere is not held up. */
class AdminApiThrottleTest {

    private static HttpResponse<String> users(RunningTollgate app, String token, String forwardedFor) throws Exception {
        return app.client.send(HttpRequest.newBuilder(URI.create(app.base() + "/admin/api/users"))
                .header("Authorization", "Bearer " + token).header("X-Forwarded-For", forwardedFor).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void theEleventhWrongTokenInAMinuteFromOneAddressIsRefusedWith429AndRetryAfter() throws Exception {
        try (RunningTollgate app = new RunningTollgate(Map.of("TOLLGATE_TRUSTED_PROXIES", "127.0.0.1"))) {
            for (int i = 0; i < 10; i++) {
                assertEquals(401, users(app, "guess-" + i, "203.0.113.9").statusCode(), "failure " + (i + 1));
            }

            HttpResponse<String> eleventh = users(app, "guess-10", "203.0.113.9");
            HttpResponse<String> evenTheRightOne = users(app, RunningTollgate.ADMIN_TOKEN, "203.0.113.9");
            HttpResponse<String> adminElsewhere = users(app, RunningTollgate.ADMIN_TOKEN, "198.51.100.7");

            assertEquals(429, eleventh.statusCode(), eleventh.body());
            assertTrue(eleventh.body().contains("\"too_many_attempts\""), eleventh.body());
            long retryAfter = Long.parseLong(eleventh.headers().firstValue("Retry-After").orElseThrow());
            assertTrue(retryAfter >= 1 && retryAfter <= 60, "within the minute: " + retryAfter);
            assertEquals(429, evenTheRightOne.statusCode(), "guessing from that address stops until the minute is over");
            assertEquals(200, adminElsewhere.statusCode(), adminElsewhere.body());
        }
    }
}
