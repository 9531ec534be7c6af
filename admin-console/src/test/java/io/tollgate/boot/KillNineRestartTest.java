package io.tollgate.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** After kill -9 of the JVM, its embedded PostgreSQL lives on; the very next start must still come up. */
class KillNineRestartTest {

    @TempDir
    Path dataDir;

    @Test
    void theFirstStartAfterKillNineComesUp() throws Exception {
        Map<String, String> env = Map.of("TOLLGATE_DATA_DIR", dataDir.toString());
        Path log = dataDir.resolve("tollgate.log");
        try (ChildTollgate first = ChildTollgate.start(env, log)) {
            first.process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
        Optional<ProcessHandle> orphan = postmaster();
        System.out.println("after kill -9, the embedded PostgreSQL left running: " + orphan.map(ProcessHandle::pid));
        long started = System.nanoTime();
        try (ChildTollgate second = ChildTollgate.start(env, log)) {
            System.out.printf("the next start came up in %d ms%n", TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
            assertEquals(0, second.terminate(Duration.ofSeconds(60)), second.logText());
        }
        orphan.ifPresent(handle -> assertFalse(handle.isAlive(), "the orphaned server was stopped"));
        assertFalse(postmaster().isPresent(), "SIGTERM stopped the embedded PostgreSQL too");
    }

    /** The server whose pid the data directory names, if it runs. */
    private Optional<ProcessHandle> postmaster() throws IOException {
        Path pidFile = dataDir.resolve("postgres").resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        return ProcessHandle.of(Long.parseLong(Files.readAllLines(pidFile).getFirst().strip())).filter(ProcessHandle::isAlive);
    }

    @AfterEach
    void stopLeftovers() throws IOException {
        postmaster().ifPresent(ProcessHandle::destroy);
    }
}
