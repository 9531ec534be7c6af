package io.tollgate.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tollgate.adapter.persistence.DatabaseConfig;
import io.tollgate.adapter.persistence.TestDatabases;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An admin's TOTP secret survives a master-key rotation: re-sealed under the new key while the old one is still given. */
class ConsoleKeyRotationTest {

    @Test
    void afterARotationTheSameAuthenticatorStillSignsIn() throws SQLException {
        String keyA = randomKey();
        String keyB = randomKey();
        DatabaseConfig db = TestDatabases.freshConfig();
        String password;
        ConsoleClient enrolled;
        try (FirstStartLog log = new FirstStartLog(); RunningTollgate tg = new RunningTollgate(db, Map.of("TOLLGATE_MASTER_KEY", keyA))) {
            password = log.consolePassword();
            enrolled = new ConsoleClient(tg.base());
            assertEquals(200, enrolled.loginAndEnrol("admin", password).statusCode());
        }
        String before = sealed(db);

        new RunningTollgate(db, Map.of("TOLLGATE_MASTER_KEY", keyB, "TOLLGATE_MASTER_KEY_PREVIOUS", keyA)).close();

        try (RunningTollgate tg = new RunningTollgate(db, Map.of("TOLLGATE_MASTER_KEY", keyB))) {
            ConsoleClient client = new ConsoleClient(tg.base());
            client.totpSecret = enrolled.totpSecret;
            client.login("admin", password);
            String code = client.code(Instant.now().plusSeconds(30));
            var passed = client.post("/console/login/code", Map.of("csrf", ConsoleClient.csrf(client.get("/console/login/code").body()),
                    "code", code));
            assertEquals(303, passed.statusCode(), passed.body());
            assertEquals("/console?done=signed-in", passed.headers().firstValue("Location").orElseThrow());
        }
        assertEquals(false, sealed(db).equals(before), "sealed again, under the new key");
    }

    private static String sealed(DatabaseConfig db) throws SQLException {
        try (Connection c = DriverManager.getConnection(db.url(), db.user(), db.password());
             ResultSet rs = c.createStatement().executeQuery("SELECT totp_secret_sealed FROM console_admins")) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static String randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }
}
