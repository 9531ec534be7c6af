package io.tollgate.adapter.persistence.database;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether the database answered lately, known without waiting: a background thread runs {@code SELECT 1} every
 * {@link #EVERY} on a connection of its own (so a busy pool cannot make it fail), and the database counts as up while
 * the last answer is younger than {@link #STALE}. A server that stops answering mid-check therefore goes red too.
 */
public final class DatabaseHealth implements AutoCloseable {

    static final Duration EVERY = Duration.ofMillis(500);
    static final Duration STALE = Duration.ofMillis(2500);
    private static final Logger LOG = LoggerFactory.getLogger(DatabaseHealth.class);

    private final String url;
    private final Properties properties = new Properties();
    private final Thread thread;
    private volatile long lastAnswerNanos = System.nanoTime();
    private volatile boolean closed;
    private Connection connection;
    private boolean wasUp = true;

    public DatabaseHealth(String url, String user, String password) {
        this.url = url;
        properties.setProperty("user", user);
        properties.setProperty("password", password);
        properties.setProperty("connectTimeout", "1");
        properties.setProperty("socketTimeout", String.valueOf(STALE.toSeconds() + 1));
        properties.setProperty("ApplicationName", "tollgate-health");
        this.thread = Thread.ofPlatform().name("tollgate-database-health").daemon().start(this::run);
    }

    /** Whether the database answered within the last {@link #STALE}. */
    public boolean up() {
        return System.nanoTime() - lastAnswerNanos < STALE.toNanos();
    }

    private void run() {
        while (!closed) {
            boolean answered = check();
            if (answered) {
                lastAnswerNanos = System.nanoTime();
            }
            if (answered != wasUp) {
                LOG.warn(answered ? "the database answers again" : "the database does not answer");
                wasUp = answered;
            }
            try {
                TimeUnit.NANOSECONDS.sleep(EVERY.toNanos());
            } catch (InterruptedException stopping) {
                return;
            }
        }
    }

    private boolean check() {
        try {
            if (connection == null || connection.isClosed()) {
                connection = DriverManager.getConnection(url, properties);
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute("SELECT 1");
            }
            return true;
        } catch (SQLException unreachable) {
            closeQuietly();
            return false;
        }
    }

    private void closeQuietly() {
        try {
            if (connection != null) {
                connection.close();
            }
        } catch (SQLException ignored) {
            // the connection is broken already
        }
        connection = null;
    }

    @Override
    public void close() {
        closed = true;
        thread.interrupt();
        try {
            thread.join(TimeUnit.SECONDS.toMillis(5));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
        closeQuietly();
    }
}
