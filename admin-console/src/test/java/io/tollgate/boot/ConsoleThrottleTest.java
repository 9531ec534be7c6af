package io.tollgate.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Five wrong passwords for one username from one address lock that pair out for 15 minutes, right password or not. */
class ConsoleThrottleTest {

    @Test
    void theSixthTryAfterFiveFailuresIsRefusedWith429EvenWithTheRightPassword() {
        String password;
        try (FirstStartLog log = new FirstStartLog(); RunningTollgate app = new RunningTollgate(Map.of())) {
            password = log.consolePassword();
            ConsoleClient client = new ConsoleClient(app.base());
            for (int i = 0; i < 5; i++) {
                assertEquals(401, client.login("admin", "wrong-" + i).statusCode(), "failure " + (i + 1));
            }

            HttpResponse<String> locked = client.login("admin", password);
            HttpResponse<String> otherName = client.login("someone-else", "whatever");

            assertEquals(429, locked.statusCode());
            long retryAfter = Long.parseLong(locked.headers().firstValue("Retry-After").orElseThrow());
            assertTrue(retryAfter > 800 && retryAfter <= 900, "about 15 minutes: " + retryAfter);
            assertTrue(locked.body().contains("Too many failed attempts"), locked.body());
            assertEquals(401, otherName.statusCode(), "another username from the same address is not locked out");
        }
    }
}
