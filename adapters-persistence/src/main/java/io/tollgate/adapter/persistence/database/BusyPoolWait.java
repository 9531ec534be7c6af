package io.tollgate.adapter.persistence.database;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import org.jdbi.v3.core.ConnectionFactory;

/**
 * Connections for JDBI that tell a busy pool from a database that is away. The pool gives up after the short
 * connection timeout; when it still holds live connections (all lent out: the database answers, it is only busy) the
 * call waits again, up to {@link #BUSY_LIMIT}, as it did before the timeout was short. With none left, the database is
 * away and the call fails at once.
 */
final class BusyPoolWait implements ConnectionFactory {

    /** The longest a call queues for a connection of a busy pool: Hikari's own default. */
    static final Duration BUSY_LIMIT = Duration.ofSeconds(30);

    private final HikariDataSource pool;

    BusyPoolWait(HikariDataSource pool) {
        this.pool = pool;
    }

    @Override
    public Connection openConnection() throws SQLException {
        long deadline = System.nanoTime() + BUSY_LIMIT.toNanos();
        while (true) {
            try {
                return pool.getConnection();
            } catch (SQLTransientConnectionException timedOut) {
                if (!busy() || System.nanoTime() > deadline) {
                    throw timedOut;
                }
            }
        }
    }

    /** Every connection is lent out and none was lost: the database answers, callers only queue. */
    private boolean busy() {
        HikariPoolMXBean stats = pool.getHikariPoolMXBean();
        return stats != null && stats.getTotalConnections() > 0 && stats.getIdleConnections() == 0
                && stats.getTotalConnections() >= pool.getMaximumPoolSize();
    }
}
