package io.tollgate.adapter.persistence.database;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server that outlived the process that started it (killed with -9, or the machine's OOM killer): it
 * still holds the data directory, and a new server there would refuse to start. Found through postmaster.pid and
 * stopped, unless a live process still owns the directory.
 */
final class LeftoverServer {

    static final String PID_FILE = "postmaster.pid";
    /** The file the library locks while its server runs; a lock nobody holds means the owner is gone. */
    static final String OWNER_LOCK = "epg-lock";
    private static final Duration STOP_WAIT = Duration.ofSeconds(60);
    private static final Logger LOG = LoggerFactory.getLogger(LeftoverServer.class);

    private LeftoverServer() {}

    /** Stops the server left running on this directory, or removes a pid file whose process is no PostgreSQL. */
    static void stopIfLeft(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve(PID_FILE);
        if (!Files.exists(pidFile) || ownedByLiveProcess(dataDirectory)) {
            return;
        }
        Optional<ProcessHandle> process = pid(pidFile).flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive);
        if (process.isPresent() && isPostgres(process.get())) {
            LOG.warn("PostgreSQL (pid {}) was left running on {} by a Tollgate that did not stop cleanly; stopping it",
                    process.get().pid(), dataDirectory.toAbsolutePath());
            stop(process.get());
            return;
        }
        if (process.isPresent() && process.get().info().command().isEmpty()) {
            return; // another user's process: not ours to judge, and PostgreSQL will say what it found
        }
        LOG.warn("Removing {} of a PostgreSQL that is no longer running", pidFile.toAbsolutePath());
        Files.deleteIfExists(pidFile);
    }

    private static boolean ownedByLiveProcess(Path dataDirectory) throws IOException {
        try (FileChannel channel = FileChannel.open(dataDirectory.resolve(OWNER_LOCK), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); FileLock lock = channel.tryLock()) {
            return lock == null;
        } catch (OverlappingFileLockException heldHere) {
            return true;
        }
    }

    private static Optional<Long> pid(Path pidFile) throws IOException {
        List<String> lines = Files.readAllLines(pidFile);
        try {
            return lines.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lines.getFirst().strip()));
        } catch (NumberFormatException garbled) {
            return Optional.empty();
        }
    }

    private static boolean isPostgres(ProcessHandle process) {
        return process.info().command().map(command -> Path.of(command).getFileName().toString().startsWith("postgres"))
                .orElse(false);
    }

    /** SIGTERM, which lets it finish and remove its pid file; SIGKILL only if it does not within the wait. */
    private static void stop(ProcessHandle server) throws IOException {
        server.destroy();
        try {
            server.onExit().get(STOP_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException stuck) {
            LOG.warn("PostgreSQL (pid {}) did not stop within {}; killing it", server.pid(), STOP_WAIT);
            server.destroyForcibly();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while stopping a leftover PostgreSQL", interrupted);
        } catch (ExecutionException impossible) {
            throw new IOException(impossible);
        }
    }
}
