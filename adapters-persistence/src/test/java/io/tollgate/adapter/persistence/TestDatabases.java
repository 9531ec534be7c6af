package io.tollgate.adapter.persistence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * Fresh, migrated databases for tests, each new and empty. They live on one embedded PostgreSQL per JVM,
 * or on the server named by {@code TOLLGATE_TEST_DB_URL} (with {@code TOLLGATE_TEST_DB_USER} and
 * {@code TOLLGATE_TEST_DB_PASSWORD}) when it is set.
 */
public final class TestDatabases {

    private static final int POOL_SIZE = 8;
    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static final String INSUFFICIENT_PRIVILEGE = "42501";

    private TestDatabases() {}

    /** A new database with the latest schema; close it when done. */
    public static Database fresh() {
        return Database.start(freshConfig());
    }

    /** Connection settings for a new, empty database, for tests that start {@link Database} themselves. */
    public static DatabaseConfig freshConfig() {
        Server server = Server.INSTANCE;
        // The process id keeps names apart when several test JVMs share one external server.
        String name = "test_" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
        try (Connection admin = DriverManager.getConnection(server.adminUrl, server.user, server.password);
             Statement statement = admin.createStatement()) {
            try {
                statement.execute("CREATE DATABASE " + name);
                return new DatabaseConfig(withDatabase(server.adminUrl, name), server.user, server.password, POOL_SIZE);
            } catch (SQLException refused) {
                if (!INSUFFICIENT_PRIVILEGE.equals(refused.getSQLState())) {
                    throw refused;
                }
                // Without CREATEDB a fresh schema in the given database isolates tests as well.
                statement.execute("CREATE SCHEMA " + name);
                return new DatabaseConfig(withParameter(server.adminUrl, "currentSchema=" + name), server.user,
                        server.password, POOL_SIZE);
            }
        } catch (SQLException failed) {
            throw new IllegalStateException("cannot make a test database on " + server.adminUrl, failed);
        }
    }

    static String withDatabase(String url, String database) {
        int query = url.indexOf('?');
        String base = query < 0 ? url : url.substring(0, query);
        String parameters = query < 0 ? "" : url.substring(query);
        int slash = base.indexOf('/', "jdbc:postgresql://".length());
        return (slash < 0 ? base : base.substring(0, slash)) + "/" + database + parameters;
    }

    private static String withParameter(String url, String parameter) {
        return url + (url.contains("?") ? "&" : "?") + parameter;
    }

    /** The one server of this JVM, started on first use. */
    private static final class Server {

        static final Server INSTANCE = locate();

        final String adminUrl;
        final String user;
        final String password;

        private Server(String adminUrl, String user, String password) {
            this.adminUrl = adminUrl;
            this.user = user;
            this.password = password;
        }

        private static Server locate() {
            String url = System.getenv("TOLLGATE_TEST_DB_URL");
            if (url != null && !url.isBlank()) {
                return new Server(url, orEmpty(System.getenv("TOLLGATE_TEST_DB_USER")),
                        orEmpty(System.getenv("TOLLGATE_TEST_DB_PASSWORD")));
            }
            try {
                Path directory = Files.createTempDirectory("tollgate-test-pg");
                EmbeddedDatabase embedded = EmbeddedDatabase.start(directory, false);
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    embedded.close();
                    deleteRecursively(directory);
                }, "tollgate-test-pg-stop"));
                return new Server(embedded.url("postgres"), embedded.user(), embedded.password());
            } catch (IOException failed) {
                throw new UncheckedIOException(failed);
            }
        }

        private static String orEmpty(String value) {
            return value == null ? "" : value;
        }

        private static void deleteRecursively(Path directory) {
            try (Stream<Path> paths = Files.walk(directory)) {
                paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            } catch (IOException ignored) {
                // a leftover temporary directory is harmless
            }
        }
    }
}
