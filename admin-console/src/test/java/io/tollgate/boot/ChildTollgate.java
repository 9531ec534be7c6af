package io.tollgate.boot;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Tollgate's {@link Main} in a JVM of its own, as production runs it with settings in the environment, so a test
 * can signal or kill it like an operator or an orchestrator would.
 */
final class ChildTollgate implements AutoCloseable {

    private static final Duration START_WAIT = Duration.ofSeconds(120);

    final String name;
    final int port;
    final Path log;
    final Process process;

    private ChildTollgate(String name, int port, Path log, Process process) {
        this.name = name;
        this.port = port;
        this.log = log;
        this.process = process;
    }

    /** A fleet node: small heap, its own data directory under {@code dir}; not yet waited for. */
    static ChildTollgate start(String name, Path dir, Map<String, String> settings) throws IOException {
        Map<String, String> env = new java.util.HashMap<>(settings);
        env.put("TOLLGATE_DATA_DIR", Files.createDirectories(dir.resolve(name)).toString());
        return launch(name, env, dir.resolve(name + ".log"), "-Xmx256m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");
    }

    /** Starts Main with this environment, and waits until /health answers 200 (failing if the JVM ends first). */
    static ChildTollgate start(Map<String, String> env, Path log) throws IOException, InterruptedException {
        ChildTollgate child = launch("tollgate", env, log);
        try (HttpClient client = HttpClient.newHttpClient()) {
            if (!child.awaitHealthy(client, START_WAIT)) {
                String why = child.process.isAlive() ? "did not answer /health within " + START_WAIT
                        : "exited with " + child.process.exitValue() + " before it answered /health";
                child.close();
                throw new AssertionError("Tollgate " + why + ":\n" + child.logText());
            }
        }
        return child;
    }

    private static ChildTollgate launch(String name, Map<String, String> env, Path log, String... jvmOptions) throws IOException {
        int port = DebianPostgres.freePort();
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(List.of(jvmOptions));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().keySet().removeIf(key -> key.startsWith("TOLLGATE_"));
        builder.environment().putAll(env);
        builder.environment().put("TOLLGATE_PORT", String.valueOf(port));
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

    /** Sends SIGTERM and waits for the exit code. */
    int terminate(Duration wait) throws InterruptedException {
        terminate();
        if (!awaitExit(wait)) {
            throw new AssertionError("Tollgate did not stop within " + wait + " of SIGTERM:\n" + logText());
        }
        return process.exitValue();
    }

    /** Waits for the process to end; true when it did within the time. */
    boolean awaitExit(Duration within) throws InterruptedException {
        return process.waitFor(within.toMillis(), TimeUnit.MILLISECONDS);
    }

    String logText() {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException unreadable) {
            return "(no log: " + unreadable.getMessage() + ")";
        }
    }

    String logTail() {
        List<String> lines = logText().lines().toList();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    @Override
    public void close() {
        process.destroyForcibly();
        try {
            process.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
