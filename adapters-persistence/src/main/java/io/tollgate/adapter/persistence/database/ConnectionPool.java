package io.tollgate.adapter.persistence.database;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.metrics.MetricsTrackerFactory;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.ConnectionFactory;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.postgres.PostgresPlugin;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;

/** One pool of connections to a migrated PostgreSQL database, and the {@link Jdbi} every adapter shares over it. */
public final class ConnectionPool implements AutoCloseable {

    private final HikariDataSource dataSource;
    private final Jdbi jdbi;
    private final BusyPoolWait connections;

    private ConnectionPool(HikariDataSource dataSource) {
        this.dataSource = dataSource;
        this.connections = new BusyPoolWait(dataSource);
        this.jdbi = Jdbi.create(connections).installPlugin(new SqlObjectPlugin()).installPlugin(new PostgresPlugin());
    }

    /**
     * Brings the schema up to the latest migration, then opens the pool with these waits on the database (see
     * {@link DatabaseTimeouts}), reporting its use to {@code metrics} if not null.
     */
    public static ConnectionPool migrateAndOpen(String url, String user, String password, int size, DatabaseTimeouts timeouts,
                                                MetricsTrackerFactory metrics) {
        // Flyway gets its own connections: it holds more than one at a time, which a small pool may not have.
        Flyway.configure().dataSource(url, user, password).load().migrate();
        HikariConfig hikari = new HikariConfig();
        hikari.setJdbcUrl(url);
        hikari.setUsername(user);
        hikari.setPassword(password);
        hikari.setMaximumPoolSize(size);
        // Connections open on demand: a test run creates many small pools.
        hikari.setMinimumIdle(Math.min(2, size));
        hikari.setPoolName("tollgate");
        if (metrics != null) {
            hikari.setMetricsTrackerFactory(metrics);
        }
        limitWaits(hikari, timeouts);
        return new ConnectionPool(new HikariDataSource(hikari));
    }

    /** A call answers (or fails) within the connection timeout while the database is away, instead of Hikari's 30 s. */
    private static void limitWaits(HikariConfig hikari, DatabaseTimeouts timeouts) {
        long connection = timeouts.connection().toMillis();
        hikari.setConnectionTimeout(connection);
        // Checking a borrowed connection must fit in the same wait: Hikari's default is 5 s.
        hikari.setValidationTimeout(Math.max(DatabaseTimeouts.MIN_CONNECTION.toMillis(), connection / 2));
        hikari.addDataSourceProperty("connectTimeout", String.valueOf(Math.max(1, timeouts.connection().toSeconds())));
        hikari.addDataSourceProperty("socketTimeout", String.valueOf(timeouts.socket().toSeconds()));
        hikari.addDataSourceProperty("options", "-c statement_timeout=" + timeouts.statement().toMillis());
    }

    /** Plain pooled connections, for the hot path: a JDBI handle costs more CPU than the statements it would run. */
    public ConnectionFactory connections() {
        return connections;
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    @Override
    public void close() {
        dataSource.close();
    }
}
