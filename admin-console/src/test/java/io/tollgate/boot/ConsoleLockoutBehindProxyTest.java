package io.tollgate.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Behind a trusted proxy the console counts failures per forwarded address, not per proxy: an attacker locks out only himself. */
class ConsoleLockoutBehindProxyTest {

    @Test
    void fiveWrongPasswordsFromOneForwardedAddressDoNotLockOutTheAdminSigningInFromAnother() {
        try (FirstStartLog log = new FirstStartLog();
             RunningTollgate app = new RunningTollgate(Map.of("TOLLGATE_TRUSTED_PROXIES", "127.0.0.1"))) {
            String password = log.consolePassword();
            ConsoleClient attacker = new ConsoleClient(app.base());
            attacker.forwardedFor = "203.0.113.9";
            for (int i = 0; i < 5; i++) {
                assertEquals(401, attacker.login("admin", "guess-" + i).statusCode(), "failure " + (i + 1));
            }
            ConsoleClient admin = new ConsoleClient(app.base());
            admin.forwardedFor = "198.51.100.7";

            HttpResponse<String> signIn = admin.login("admin", password);
            HttpResponse<String> attackerAgain = attacker.login("admin", password);

            assertEquals(303, signIn.statusCode(), "the admin's sign-in goes on to the second step: " + signIn.body());
            assertEquals(429, attackerAgain.statusCode(), "the attacker's own address is locked out");
        }
    }
}
