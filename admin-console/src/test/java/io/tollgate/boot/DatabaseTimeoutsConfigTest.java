package io.tollgate.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tollgate.adapter.persistence.database.DatabaseTimeouts;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DatabaseTimeoutsConfigTest {

    @Test
    void defaultsAnswerWithinTwoSecondsAndMatchTheReadme() {
        DatabaseTimeouts timeouts = Config.from(Map.of()).dbTimeouts();
        assertEquals(Duration.ofSeconds(1), timeouts.connection());
        assertEquals(Duration.ofSeconds(15), timeouts.statement());
        assertEquals(Duration.ofSeconds(20), timeouts.socket());
    }

    @Test
    void millisecondsAndSecondsAreRead() {
        DatabaseTimeouts timeouts = Config.from(Map.of("TOLLGATE_DB_CONNECTION_TIMEOUT", "1500ms",
                "TOLLGATE_DB_STATEMENT_TIMEOUT", "30s", "TOLLGATE_DB_SOCKET_TIMEOUT", "1m")).dbTimeouts();
        assertEquals(Duration.ofMillis(1500), timeouts.connection());
        assertEquals(Duration.ofSeconds(30), timeouts.statement());
        assertEquals(Duration.ofMinutes(1), timeouts.socket());
    }

    @Test
    void unusableValuesNameTheirVariable() {
        assertRefused(Map.of("TOLLGATE_DB_CONNECTION_TIMEOUT", "100ms"), "TOLLGATE_DB_CONNECTION_TIMEOUT");
        assertRefused(Map.of("TOLLGATE_DB_CONNECTION_TIMEOUT", "soon"), "TOLLGATE_DB_CONNECTION_TIMEOUT");
        assertRefused(Map.of("TOLLGATE_DB_STATEMENT_TIMEOUT", "0s"), "TOLLGATE_DB_STATEMENT_TIMEOUT");
        assertRefused(Map.of("TOLLGATE_DB_SOCKET_TIMEOUT", "500ms"), "TOLLGATE_DB_SOCKET_TIMEOUT");
        assertRefused(Map.of("TOLLGATE_DB_STATEMENT_TIMEOUT", "30s"), "TOLLGATE_DB_SOCKET_TIMEOUT");
    }

    private static void assertRefused(Map<String, String> env, String named) {
        String message = assertThrows(Config.Invalid.class, () -> Config.from(env)).getMessage();
        assertTrue(message.contains(named), message);
    }
}
