package io.tollgate.adapter.persistence.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A PostgreSQL server run from binaries on the classpath, keeping its data in a directory across restarts. */
public final class EmbeddedDatabase implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedDatabase.class);
    private static final String USER = "postgres";
    private static final String DATABASE = "postgres";

    private final EmbeddedPostgres postgres;
    private final Path dataDirectory;
    private final String password;

    private EmbeddedDatabase(EmbeddedPostgres postgres, Path dataDirectory, String password) {
        this.postgres = postgres;
        this.dataDirectory = dataDirectory;
        this.password = password;
    }

    /**
     * Starts the server on a free port; a new directory is initialised, an existing one is reused as is (a server a
     * killed process left running on it is stopped first). The caller stops it: the library's shutdown hook would
     * stop it while requests still drain.
     */
    public static EmbeddedDatabase start(Path dataDirectory) {
        // The library's defaults (fsync and synchronous_commit off) suit throwaway servers, not data to keep.
        return start(dataDirectory, builder -> builder.setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on").setRegisterShutdownHook(false));
    }

    /**
     * A server for data that may be lost: not durable, and without the library's shutdown hook, so that the
     * caller's own hook can stop it before deleting its directory.
     */
    public static EmbeddedDatabase startThrowaway(Path dataDirectory) {
        return start(dataDirectory, builder -> builder.setRegisterShutdownHook(false));
    }

    /**
     * A new directory gets the generated password from initdb; one that has it keeps it; one made before Tollgate
     * set passwords starts as it was made (trusting local connections) and gets one at once. In every case the
     * password is required from then on: see {@link SuperuserPassword}.
     */
    private static EmbeddedDatabase start(Path dataDirectory, Consumer<EmbeddedPostgres.Builder> settings) {
        Path initdbPasswordFile = null;
        try {
            Files.createDirectories(dataDirectory);
            boolean fresh = !Files.exists(dataDirectory.resolve("postgresql.conf"));
            LeftoverServer.stopIfLeft(dataDirectory);
            Optional<String> stored = fresh ? Optional.empty() : SuperuserPassword.stored(dataDirectory);
            String password = stored.orElseGet(SuperuserPassword::generate);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false);
            settings.accept(builder);
            if (fresh) {
                initdbPasswordFile = SuperuserPassword.forInitdb(password);
                // The library passes these to initdb only, as --name=value.
                builder.setLocaleConfig("pwfile", initdbPasswordFile.toString());
            }
            if (fresh || stored.isPresent()) {
                // Runs after initdb and before the server starts: it never trusts a connection.
                builder.setConnectConfig("password", password).setDataDirectoryCustomizer(directory -> {
                    SuperuserPassword.keep(dataDirectory, password);
                    SuperuserPassword.require(dataDirectory);
                });
            }
            EmbeddedPostgres postgres = builder.start();
            if (!fresh && stored.isEmpty()) {
                setPasswordOfOldDirectory(postgres, dataDirectory, password);
            }
            LOG.info("Embedded PostgreSQL is listening on port {} with its data in {}; its superuser password is in {}",
                    postgres.getPort(), dataDirectory.toAbsolutePath(), dataDirectory.resolve(SuperuserPassword.FILE).toAbsolutePath());
            return new EmbeddedDatabase(postgres, dataDirectory, password);
        } catch (IOException failed) {
            throw new UncheckedIOException("cannot start embedded PostgreSQL in " + dataDirectory, failed);
        } finally {
            deleteQuietly(initdbPasswordFile);
        }
    }

    /** The role's password first, then the file, then the rule: a crash between them leaves a directory that still starts. */
    private static void setPasswordOfOldDirectory(EmbeddedPostgres postgres, Path dataDirectory, String password) throws IOException {
        try (Connection trusted = postgres.getPostgresDatabase().getConnection(); Statement statement = trusted.createStatement()) {
            statement.execute("SET password_encryption = 'scram-sha-256'");
            statement.execute("ALTER ROLE " + USER + " PASSWORD '" + password + "'");
            SuperuserPassword.keep(dataDirectory, password);
            SuperuserPassword.require(dataDirectory);
            statement.execute("SELECT pg_reload_conf()");
            LOG.info("The embedded PostgreSQL in {} trusted every local connection; it now requires a generated password",
                    dataDirectory.toAbsolutePath());
        } catch (SQLException failed) {
            postgres.close();
            throw new IOException("cannot set the superuser password of the embedded PostgreSQL", failed);
        }
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a temporary file the system cleans up in time; it is readable by its owner only
            }
        }
    }

    /** The JDBC URL of the server's default database. */
    public String url() {
        return url(DATABASE);
    }

    public String url(String database) {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + database;
    }

    public String user() {
        return USER;
    }

    public String password() {
        return password;
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
