package io.tollgate.adapter.persistence;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A PostgreSQL server run from binaries on the classpath, keeping its data in a directory across restarts. */
public final class EmbeddedDatabase implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedDatabase.class);
    // initdb makes this superuser and trusts local connections, so the password is never checked
    private static final String USER = "postgres";
    private static final String PASSWORD = "postgres";
    private static final String DATABASE = "postgres";

    private final EmbeddedPostgres postgres;
    private final Path dataDirectory;

    private EmbeddedDatabase(EmbeddedPostgres postgres, Path dataDirectory) {
        this.postgres = postgres;
        this.dataDirectory = dataDirectory;
    }

    /** Starts the server on a free port; a new directory is initialised, an existing one is reused as is. */
    public static EmbeddedDatabase start(Path dataDirectory) {
        // The library's defaults (fsync and synchronous_commit off) suit throwaway servers, not data to keep.
        return start(dataDirectory, builder -> builder.setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on"));
    }

    /**
     * A server for data that may be lost: not durable, and without the library's shutdown hook, so that the
     * caller's own hook can stop it before deleting its directory.
     */
    static EmbeddedDatabase startThrowaway(Path dataDirectory) {
        return start(dataDirectory, builder -> builder.setRegisterShutdownHook(false));
    }

    private static EmbeddedDatabase start(Path dataDirectory, Consumer<EmbeddedPostgres.Builder> settings) {
        try {
            Files.createDirectories(dataDirectory);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false);
            settings.accept(builder);
            EmbeddedPostgres postgres = builder.start();
            LOG.info("Embedded PostgreSQL is listening on port {} with its data in {}", postgres.getPort(),
                    dataDirectory.toAbsolutePath());
            return new EmbeddedDatabase(postgres, dataDirectory);
        } catch (IOException failed) {
            throw new UncheckedIOException("cannot start embedded PostgreSQL in " + dataDirectory, failed);
        }
    }

    /** The connection settings for the server's default database. */
    public DatabaseConfig config(int poolSize) {
        return config(DATABASE, poolSize);
    }

    /** The connection settings for another database on this server. */
    public DatabaseConfig config(String database, int poolSize) {
        return new DatabaseConfig(url(database), USER, PASSWORD, poolSize);
    }

    public String url(String database) {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + database;
    }

    public String user() {
        return USER;
    }

    public String password() {
        return PASSWORD;
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    /** Stops the server; the data stays in the directory. */
    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException failed) {
            throw new UncheckedIOException("cannot stop embedded PostgreSQL", failed);
        }
    }
}
