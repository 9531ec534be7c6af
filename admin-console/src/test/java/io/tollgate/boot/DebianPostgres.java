package io.tollgate.boot;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The operating system's PostgreSQL (Debian's {@code postgresql} package) in a temporary directory on a free loopback
 * port: the server a production fleet shares, rather than the embedded one. As root it runs as the
 * {@code postgres} account, since PostgreSQL refuses to run as root.
 */
final class DebianPostgres implements AutoCloseable {

    static final String USER = "tollgate";

    private final Path bin;
    private final Path dir;
    private final Path data;
    final int port;

    private DebianPostgres(Path bin, Path dir, int port) {
        this.bin = bin;
        this.dir = dir;
        this.data = dir.resolve("data");
        this.port = port;
    }

    /** The newest installed server's bin directory, if any. */
    static Optional<Path> installed() {
        try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
            return versions.map(version -> version.resolve("bin"))
                    .filter(bin -> Files.isExecutable(bin.resolve("initdb")))
                    .max(Comparator.comparing(bin -> Integer.parseInt(bin.getParent().getFileName().toString().replaceAll("\\D", "0"))));
        } catch (IOException | NumberFormatException none) {
            return Optional.empty();
        }
    }

    static DebianPostgres start(Path bin) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("tollgate-fleet-pg");
        // The postgres account must write here when the test runs as root.
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxrwxrwx"));
        DebianPostgres pg = new DebianPostgres(bin, dir, freePort());
        pg.run("initdb", "-D", pg.data.toString(), "-U", USER, "-A", "trust", "-E", "UTF8", "--no-sync");
        pg.run("pg_ctl", "-D", pg.data.toString(), "-l", dir.resolve("server.log").toString(), "-w", "-t", "30",
                "-o", "-p " + pg.port + " -c listen_addresses=127.0.0.1 -k " + dir + " -c fsync=off", "start");
        return pg;
    }

    String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(), USER, "unused");
    }

    /** The first column of every row the query returns. */
    static Set<String> strings(Connection db, String sql) throws SQLException {
        Set<String> values = new HashSet<>();
        try (ResultSet rows = db.createStatement().executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }

    private void run(String tool, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        if (isRoot()) {
            command.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        command.add(bin.resolve(tool).toString());
        command.addAll(List.of(args));
        Path log = dir.resolve(tool + ".out");
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IllegalStateException(tool + " failed: " + Files.readString(log));
        }
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException failed) {
            throw new IllegalStateException(failed);
        }
    }

    @Override
    public void close() {
        try {
            run("pg_ctl", "-D", data.toString(), "-m", "immediate", "-w", "stop");
        } catch (IOException | InterruptedException | IllegalStateException notRunning) {
            System.err.println("stopping PostgreSQL: " + notRunning.getMessage());
        }
        delete(dir);
    }

    /** Deletes a directory tree, if there is one; what cannot be deleted stays. */
    static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // A temporary directory left behind is harmless.
        }
    }
}
