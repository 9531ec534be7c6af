package io.tollgate.boot;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** A Tollgate node in a JVM of its own, as production runs it: {@code Main} with settings in the environment. */
final class ChildTollgate implements AutoCloseable {

    final String name;
    final int port;
    final Path log;
    private final Process process;

    private ChildTollgate(String name, int port, Path log, Process process) {
        this.name = name;
        this.port = port;
        this.log = log;
        this.process = process;
    }

    static ChildTollgate start(String name, Path dir, Map<String, String> settings) throws IOException {
        int port = DebianPostgres.freePort();
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-Xmx256m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        Path log = dir.resolve(name + ".log");
        builder.redirectOutput(log.toFile());
        builder.environment().keySet().removeIf(key -> key.startsWith("TOLLGATE_"));
        builder.environment().putAll(settings);
        builder.environment().put("TOLLGATE_PORT", String.valueOf(port));
        builder.environment().put("TOLLGATE_DATA_DIR", Files.createDirectories(dir.resolve(name)).toString());
        return new ChildTollgate(name, port, log, builder.start());
    }

    String base() {
        return "http://127.0.0.1:" + port;
    }

    /** Waits until {@code /health} answers 200; false when the node died or took too long. */
    boolean awaitHealthy(HttpClient client, Duration within) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline && process.isAlive()) {
            try {
                HttpResponse<Void> health = client.send(HttpRequest.newBuilder(URI.create(base() + "/health"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding());
                if (health.statusCode() == 200) {
                    return true;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(100);
        }
        return false;
    }

    /** SIGKILL: the node gets no chance to finish anything. */
    void kill() {
        process.destroyForcibly();
    }

    /** SIGTERM: the node is asked to stop, as an orchestrator does before replacing it. */
    void terminate() {
        process.destroy();
    }

    /** Waits for the process to end; true when it did within the time. */
    boolean awaitExit(Duration within) throws InterruptedException {
        return process.waitFor(within.toMillis(), TimeUnit.MILLISECONDS);
    }

    String logTail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException unreadable) {
            return "(no log: " + unreadable.getMessage() + ")";
        }
    }

    @Override
    public void close() {
        process.destroyForcibly();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
