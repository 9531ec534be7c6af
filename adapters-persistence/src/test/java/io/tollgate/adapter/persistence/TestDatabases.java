package io.tollgate.adapter.persistence;

import io.tollgate.adapter.persistence.database.EmbeddedDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.jdbi.v3.core.Jdbi;

/**
 * Fresh databases for tests: each new, with the latest schema and no rows. They live on one embedded
 * PostgreSQL per JVM, or on the server named by {@code TOLLGATE_TEST_DB_URL} (with {@code TOLLGATE_TEST_DB_USER}
 * and {@code TOLLGATE_TEST_DB_PASSWORD}) when it is set.
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

    /** The database's own {@link Jdbi}, for tests that look at raw rows. */
    public static Jdbi jdbi(Database database) {
        return database.jdbi();
    }

    /** Connection settings for a new database with the latest schema, for tests that start {@link Database}. */
    public static DatabaseConfig freshConfig() {
        Server server = Server.INSTANCE;
        String name = server.prefix + COUNTER.incrementAndGet();
        try (Connection admin = server.connect(); Statement statement = admin.createStatement()) {
            Optional<String> template = server.template();
            if (template.isPresent()) {
                // FILE_COPY measured faster than the default WAL_LOG for these small, unsynced databases
                statement.execute("CREATE DATABASE " + name + " TEMPLATE " + template.get() + " STRATEGY FILE_COPY");
                return server.config(withDatabase(server.adminUrl, name));
            }
            // Without CREATEDB a fresh schema in the given database isolates tests as well.
            statement.execute("CREATE SCHEMA " + name);
            return server.config(withParameter(server.adminUrl, "currentSchema=" + name));
        } catch (SQLException failed) {
            throw new IllegalStateException("cannot make a test database on " + server.adminUrl, failed);
        }
    }

    /** The URL with its database replaced, e.g. {@code jdbc:postgresql://host:5432/other?ssl=true}. */
    static String withDatabase(String url, String database) {
        if (!url.startsWith("jdbc:postgresql://")) {
            throw new IllegalArgumentException("expected jdbc:postgresql://host[:port]/database: " + url);
        }
        int query = url.indexOf('?');
        String base = query < 0 ? url : url.substring(0, query);
        String parameters = query < 0 ? "" : url.substring(query);
        int slash = base.indexOf('/', "jdbc:postgresql://".length());
        return (slash < 0 ? base : base.substring(0, slash)) + "/" + database + parameters;
    }

    private static String withParameter(String url, String parameter) {
        return url + (url.contains("?") ? "&" : "?") + parameter;
    }

    /** The one server of this JVM, started on first use, and the migrated template its databases copy. */
    private static final class Server {

        static final Server INSTANCE = locate();

        // The process id keeps names apart when several test JVMs share one external server.
        final String prefix = "test_" + ProcessHandle.current().pid() + "_";
        final String adminUrl;
        final String user;
        final String password;
        private Optional<String> template;

        private Server(String adminUrl, String user, String password) {
            this.adminUrl = adminUrl;
            this.user = user;
            this.password = password;
        }

        Connection connect() throws SQLException {
            return DriverManager.getConnection(adminUrl, user, password);
        }

        DatabaseConfig config(String url) {
            return new DatabaseConfig(url, user, password, POOL_SIZE);
        }

        /** Copying a migrated database is faster than migrating each one; empty when databases cannot be made. */
        synchronized Optional<String> template() throws SQLException {
            if (template == null) {
                String name = prefix + "template";
                try (Connection admin = connect(); Statement statement = admin.createStatement()) {
                    statement.execute("CREATE DATABASE " + name);
                    Database.start(config(withDatabase(adminUrl, name))).close();
                    template = Optional.of(name);
                } catch (SQLException refused) {
                    if (!INSUFFICIENT_PRIVILEGE.equals(refused.getSQLState())) {
                        throw refused;
                    }
                    template = Optional.empty();
                }
            }
            return template;
        }

        private static Server locate() {
            String url = System.getenv("TOLLGATE_TEST_DB_URL");
            if (url != null && !url.isBlank()) {
                return new Server(url, orEmpty(System.getenv("TOLLGATE_TEST_DB_USER")),
                        orEmpty(System.getenv("TOLLGATE_TEST_DB_PASSWORD")));
            }
            try {
                Path directory = Files.createTempDirectory("tollgate-test-pg");
                EmbeddedDatabase embedded = EmbeddedDatabase.startThrowaway(directory);
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
