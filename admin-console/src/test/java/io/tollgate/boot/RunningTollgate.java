package io.tollgate.boot;

import io.tollgate.adapter.persistence.DatabaseConfig;
import io.tollgate.adapter.persistence.TestDatabases;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

/** The whole of Tollgate on a fresh test database and a free port, with a JSON client for it. */
final class RunningTollgate implements AutoCloseable {

    static final String ADMIN_TOKEN = "e2e-admin-token-0123456789abcdef";
    static final String JWT_SECRET = "e2e-jwt-secret-that-is-at-least-32-bytes-long";

    final Tollgate tollgate;
    final DatabaseConfig db;
    final HttpClient client = HttpClient.newHttpClient();

    RunningTollgate(Map<String, String> extraEnv) {
        this(TestDatabases.freshConfig(), extraEnv);
    }

    /** On this database, so a test can stop Tollgate and start it again on the same data. */
    RunningTollgate(DatabaseConfig db, Map<String, String> extraEnv) {
        this(db, extraEnv, Clock.systemUTC());
    }

    /** With a clock the test moves (quota days, token expiry). */
    RunningTollgate(DatabaseConfig db, Map<String, String> extraEnv, Clock clock) {
        this.db = db;
        tollgate = Tollgate.start(Config.from(env(db, extraEnv)), clock);
    }

    /**
     * On a fresh database and a port chosen before it starts, with {@code TOLLGATE_PUBLIC_URL} naming it: what a
     * Tollgate needs whose redirect URI or built-in mock OAuth server must be right from the first request.
     */
    static RunningTollgate onKnownPort(Map<String, String> extraEnv, Clock clock) {
        int port = freePort();
        Map<String, String> env = new HashMap<>(extraEnv);
        env.put("TOLLGATE_PORT", String.valueOf(port));
        env.put("TOLLGATE_PUBLIC_URL", "http://localhost:" + port);
        return new RunningTollgate(TestDatabases.freshConfig(), env, clock);
    }

    static RunningTollgate onKnownPort(Map<String, String> extraEnv) {
        return onKnownPort(extraEnv, Clock.systemUTC());
    }

    /** A port nobody listens on now. */
    private static int freePort() {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException failed) {
            throw new IllegalStateException(failed);
        }
    }

    /** The environment a test Tollgate on this database runs with. */
    static Map<String, String> env(DatabaseConfig db, Map<String, String> extraEnv) {
        Map<String, String> env = new HashMap<>(Map.of(
                "TOLLGATE_PORT", "0",
                "TOLLGATE_DB_URL", db.url(),
                "TOLLGATE_DB_USER", db.user(),
                "TOLLGATE_DB_PASSWORD", db.password(),
                "TOLLGATE_ADMIN_TOKEN", ADMIN_TOKEN,
                "TOLLGATE_JWT_SECRET", JWT_SECRET));
        env.putAll(extraEnv);
        return env;
    }

    String base() {
        return "http://localhost:" + tollgate.port();
    }

    HttpResponse<String> post(String path, String json, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request.build());
    }

    /** A call of the user API with this bearer (a session token or an API key). */
    HttpResponse<String> user(String bearer, String method, String path, String json) {
        HttpRequest.BodyPublisher body = json == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8);
        return send(HttpRequest.newBuilder(URI.create(base() + path)).method(method, body)
                .header("Authorization", "Bearer " + bearer).header("Content-Type", "application/json").build());
    }

    HttpResponse<String> get(String url) {
        return send(HttpRequest.newBuilder(URI.create(url)).GET().build());
    }

    HttpResponse<String> admin(String method, String path, String json) {
        HttpRequest.BodyPublisher body = json == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8);
        return send(HttpRequest.newBuilder(URI.create(base() + path)).method(method, body)
                .header("Authorization", "Bearer " + ADMIN_TOKEN).header("Content-Type", "application/json").build());
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException | InterruptedException failed) {
            throw new IllegalStateException(failed);
        }
    }

    @Override
    public void close() {
        tollgate.close();
    }
}
