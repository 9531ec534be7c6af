package io.tollgate.adapter.persistence;

import io.tollgate.adapter.persistence.database.EmbeddedDatabase;
import java.util.Objects;

/** Where the PostgreSQL database is and how many connections to pool for it. */
public record DatabaseConfig(String url, String user, String password, int poolSize) {

    public static final int DEFAULT_POOL_SIZE = 10;

    public DatabaseConfig {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        if (!url.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("a PostgreSQL JDBC URL starts with jdbc:postgresql:");
        }
        if (poolSize < 1) {
            throw new IllegalArgumentException("the pool needs at least one connection");
        }
    }

    /** The connection settings for the embedded server's default database. */
    public static DatabaseConfig of(EmbeddedDatabase server, int poolSize) {
        return new DatabaseConfig(server.url(), server.user(), server.password(), poolSize);
    }

    /** The same server and credentials with another pool size. */
    public DatabaseConfig withPoolSize(int size) {
        return new DatabaseConfig(url, user, password, size);
    }

    /** Keeps the password out of logs. */
    @Override
    public String toString() {
        return "DatabaseConfig[url=" + url + ", user=" + user + ", poolSize=" + poolSize + "]";
    }
}
