package io.tollgate.adapter.persistence.database;

import java.time.Duration;
import java.util.Objects;

/**
 * How long a call waits on the database before it gives up.
 *
 * @param connection how long a call waits for a pooled connection (and to open one): short, so that a call answers
 *                   503 within seconds while the database is away
 * @param statement  the longest a statement may run on the server ({@code statement_timeout})
 * @param socket     the longest a read may wait on the network: ends statements on a server that stopped answering,
 *                   which {@code statement} cannot; longer than {@code statement}, so the server's own limit comes first
 */
public record DatabaseTimeouts(Duration connection, Duration statement, Duration socket) {

    /** Hikari's floor: shorter waits are ignored by the pool. */
    public static final Duration MIN_CONNECTION = Duration.ofMillis(250);
    public static final DatabaseTimeouts DEFAULT = new DatabaseTimeouts(Duration.ofSeconds(1), Duration.ofSeconds(15),
            Duration.ofSeconds(20));

    public DatabaseTimeouts {
        Objects.requireNonNull(connection, "connection");
        Objects.requireNonNull(statement, "statement");
        Objects.requireNonNull(socket, "socket");
        if (connection.compareTo(MIN_CONNECTION) < 0) {
            throw new IllegalArgumentException("the connection timeout is at least " + MIN_CONNECTION.toMillis() + "ms");
        }
        if (statement.toMillis() < 1 || socket.toSeconds() < 1) {
            throw new IllegalArgumentException("the statement timeout is at least 1ms and the socket timeout at least 1s");
        }
    }
}
