package io.tollgate.boot;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Tollgate's {@link Main} in a JVM of its own, so a test can signal or kill it like an operator would. */
final class ChildTollgate implements AutoCloseable {

    private static final Duration START_WAIT = Duration.ofSeconds(120);

    final Process process;
    final int port;
    final Path log;

    private ChildTollgate(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** Starts Main on a free port with this environment, and waits until /health answers 200 or the JVM ends. */
    static ChildTollgate start(Map<String, String> env, Path log) throws IOException, InterruptedException {
        int port = freePort();
        ProcessBuilder builder = new ProcessBuilder(List.of(ProcessHandle.current().info().command().orElseThrow(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        builder.environment().putAll(env);
        builder.environment().put("TOLLGATE_PORT", String.valueOf(port));
        builder.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        ChildTollgate child = new ChildTollgate(builder.start(), port, log);
        child.awaitHealthy();
        return child;
    }

    private void awaitHealthy() throws IOException, InterruptedException {
        long deadline = System.nanoTime() + START_WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("Tollgate exited with " + process.exitValue() + " before it answered /health:\n" + logText());
            }
            if (healthy()) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("Tollgate did not answer /health within " + START_WAIT + ":\n" + logText());
    }

    private boolean healthy() throws InterruptedException {
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(HttpRequest.newBuilder(URI.create(base() + "/health")).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException notYet) {
            return false;
        }
    }

    String base() {
        return "http://127.0.0.1:" + port;
    }

    /** Sends SIGTERM and waits for the exit code. */
    int terminate(Duration wait) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(wait.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError("Tollgate did not stop within " + wait + " of SIGTERM:\n" + logText());
        }
        return process.exitValue();
    }

    String logText() {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException unreadable) {
            return "(no log: " + unreadable.getMessage() + ")";
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }
}
