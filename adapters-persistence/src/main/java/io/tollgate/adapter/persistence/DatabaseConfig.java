package io.tollgate.adapter.persistence;

import io.tollgate.adapter.persistence.database.DatabaseTimeouts;
import io.tollgate.adapter.persistence.database.EmbeddedDatabase;
import io.tollgate.adapter.persistence.database.SettlementDurability;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the PostgreSQL database is, how many connections to pool for it, how long a call waits on it, and when a
 * settlement counts as committed; and, for {@code async}, where this node journals the settlements its replies did
 * not wait for.
 */
public record DatabaseConfig(String url, String user, String password, int poolSize, DatabaseTimeouts timeouts,
                             SettlementDurability durability, Optional<Path> settlementJournal) {

    public static final int DEFAULT_POOL_SIZE = 10;

    public DatabaseConfig {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(timeouts, "timeouts");
        Objects.requireNonNull(durability, "durability");
        Objects.requireNonNull(settlementJournal, "settlementJournal");
        if (!url.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("a PostgreSQL JDBC URL starts with jdbc:postgresql:");
        }
        if (poolSize < 1) {
            throw new IllegalArgumentException("the pool needs at least one connection");
        }
    }

    /** With the default timeouts, settlements flushed to disk. */
    public DatabaseConfig(String url, String user, String password, int poolSize) {
        this(url, user, password, poolSize, DatabaseTimeouts.DEFAULT, SettlementDurability.FLUSH, Optional.empty());
    }

    /** The connection settings for the embedded server's default database. */
    public static DatabaseConfig of(EmbeddedDatabase server, int poolSize) {
        return new DatabaseConfig(server.url(), server.user(), server.password(), poolSize);
    }

    /** The same server and credentials with another pool size. */
    public DatabaseConfig withPoolSize(int size) {
        return new DatabaseConfig(url, user, password, size, timeouts, durability, settlementJournal);
    }

    /** The same server and pool with other timeouts. */
    public DatabaseConfig withTimeouts(DatabaseTimeouts other) {
        return new DatabaseConfig(url, user, password, poolSize, other, durability, settlementJournal);
    }

    /** The same server, pool and timeouts with settlements committed as {@code other} says. */
    public DatabaseConfig withDurability(SettlementDurability other) {
        return new DatabaseConfig(url, user, password, poolSize, timeouts, other, settlementJournal);
    }

    /** The same, with {@code async} replies not waiting for their settlement's commit, which is journaled in {@code directory}. */
    public DatabaseConfig withSettlementJournal(Path directory) {
        return new DatabaseConfig(url, user, password, poolSize, timeouts, durability, Optional.of(directory));
    }

    /** The journal this node's settlements go to: only with {@code async}, and only where a directory was given. */
    public Optional<Path> journalInUse() {
        return durability == SettlementDurability.ASYNC ? settlementJournal : Optional.empty();
    }

    /** Keeps the password out of logs. */
    @Override
    public String toString() {
        return "DatabaseConfig[url=" + url + ", user=" + user + ", poolSize=" + poolSize + ", timeouts=" + timeouts + ", durability=" + durability
                + ", settlementJournal=" + settlementJournal.map(Path::toString).orElse("none") + "]";
    }
}
