package io.tollgate.adapter.persistence.relay.metering;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.ConnectionFactory;

/**
 * One settlement batch written to the database: in one autocommitted statement when {@link SettlementAtOnce} can,
 * otherwise in a transaction of {@link SettlementBatch}. Plain JDBC on the hot path: a JDBI handle and transaction
 * cost more CPU than the batch's statements.
 */
final class SettlementTransaction {

    private final ConnectionFactory connections;
    private final boolean asyncCommit;

    SettlementTransaction(ConnectionFactory connections, boolean asyncCommit) {
        this.connections = connections;
        this.asyncCommit = asyncCommit;
    }

    /** Per settlement, its {@link Settlement.Charged} or the exception that refused it; versions count up from {@code first}. */
    List<Object> apply(List<Settlement> batch, long first) throws SQLException {
        try (Connection connection = connections.openConnection()) {
            Optional<List<Object>> atOnce = SettlementAtOnce.apply(connection, batch, first, asyncCommit);
            if (atOnce.isPresent()) {
                return atOnce.get();
            }
            connection.setAutoCommit(false);
            try {
                List<Object> outcomes = SettlementBatch.apply(connection, batch, first, asyncCommit);
                connection.commit();
                return outcomes;
            } catch (SQLException | RuntimeException failed) {
                // The pool sets auto-commit back when the connection returns.
                rollBack(connection, failed);
                throw failed;
            }
        }
    }

    /** Whether PostgreSQL rolled the transaction back to break a deadlock or a serialisation conflict: nothing was written. */
    static boolean conflicted(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && ("40P01".equals(sql.getSQLState()) || "40001".equals(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }

    private static void rollBack(Connection connection, Exception failed) {
        try {
            connection.rollback();
        } catch (SQLException alsoFailed) {
            failed.addSuppressed(alsoFailed);
        }
    }
}
