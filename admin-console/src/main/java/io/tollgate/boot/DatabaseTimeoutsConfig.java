package io.tollgate.boot;

import io.tollgate.adapter.persistence.database.DatabaseTimeouts;
import java.time.Duration;
import java.util.Map;

/** TOLLGATE_DB_CONNECTION_TIMEOUT, TOLLGATE_DB_STATEMENT_TIMEOUT and TOLLGATE_DB_SOCKET_TIMEOUT. */
final class DatabaseTimeoutsConfig {

    private DatabaseTimeoutsConfig() {}

    static DatabaseTimeouts from(Map<String, String> env) {
        DatabaseTimeouts defaults = DatabaseTimeouts.DEFAULT;
        Duration connection = duration(env, "TOLLGATE_DB_CONNECTION_TIMEOUT", defaults.connection());
        Duration statement = duration(env, "TOLLGATE_DB_STATEMENT_TIMEOUT", defaults.statement());
        Duration socket = duration(env, "TOLLGATE_DB_SOCKET_TIMEOUT", defaults.socket());
        if (connection.compareTo(DatabaseTimeouts.MIN_CONNECTION) < 0) {
            throw new Config.Invalid("TOLLGATE_DB_CONNECTION_TIMEOUT must be at least 250ms");
        }
        if (socket.toSeconds() < 1) {
            throw new Config.Invalid("TOLLGATE_DB_SOCKET_TIMEOUT must be at least 1s");
        }
        if (socket.compareTo(statement) <= 0) {
            throw new Config.Invalid("TOLLGATE_DB_SOCKET_TIMEOUT must be longer than TOLLGATE_DB_STATEMENT_TIMEOUT, so that a slow"
                    + " statement is cancelled by the server before the connection is dropped");
        }
        return new DatabaseTimeouts(connection, statement, socket);
    }

    private static Duration duration(Map<String, String> env, String name, Duration fallback) {
        String value = env.get(name);
        return value == null || value.isBlank() ? fallback : DurationText.parse(name, value);
    }
}
