package io.tollgate.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded PostgreSQL lets in only who knows the generated superuser password, kept owner-only in the data dir. */
class EmbeddedDatabasePasswordTest {

    @TempDir
    Path dataDir;

    @Test
    void aLocalProcessWithoutThePasswordIsRefusedAndTollgateStillRestarts() throws Exception {
        Map<String, String> env = Map.of("TOLLGATE_PORT", "0", "TOLLGATE_DATA_DIR", dataDir.toString(),
                "TOLLGATE_ADMIN_TOKEN", RunningTollgate.ADMIN_TOKEN);
        try (Tollgate first = Tollgate.start(Config.from(env), Clock.systemUTC())) {
            assertRefusedWithoutPassword();
            assertEquals(201, adminCall(first, "POST", "/admin/api/users", "{\"username\":\"kept\",\"password\":\"password123\",\"balance\":3}"));
        }
        Path passwordFile = dataDir.resolve("postgres").resolve("superuser-password");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(passwordFile)));
        try (Tollgate second = Tollgate.start(Config.from(env), Clock.systemUTC())) {
            assertRefusedWithoutPassword();
            assertEquals(200, adminCall(second, "GET", "/health", null));
            try (Connection withPassword = connect(Files.readString(passwordFile).strip())) {
                assertTrue(withPassword.isValid(2), "the password in the file lets the owner in");
            }
        }
    }

    @Test
    void aDataDirMadeWithoutAPasswordGetsOneOnItsFirstStartAfterTheUpgrade() throws Exception {
        Path postgres = dataDir.resolve("postgres");
        Files.createDirectories(postgres);
        try (EmbeddedPostgres old = EmbeddedPostgres.builder().setDataDirectory(postgres).setCleanDataDirectory(false).start();
             Connection trusted = old.getPostgresDatabase().getConnection()) {
            trusted.createStatement().execute("CREATE DATABASE made_before");
        }
        Map<String, String> env = Map.of("TOLLGATE_PORT", "0", "TOLLGATE_DATA_DIR", dataDir.toString(),
                "TOLLGATE_ADMIN_TOKEN", RunningTollgate.ADMIN_TOKEN);
        for (int start = 0; start < 2; start++) {
            try (Tollgate upgraded = Tollgate.start(Config.from(env), Clock.systemUTC())) {
                assertRefusedWithoutPassword();
                assertEquals(200, adminCall(upgraded, "GET", "/health", null));
                try (Connection owner = connect(Files.readString(postgres.resolve("superuser-password")).strip())) {
                    assertTrue(owner.createStatement().executeQuery("SELECT 1 FROM pg_database WHERE datname = 'made_before'").next(),
                            "the data made before the upgrade is kept");
                }
            }
        }
    }

    private void assertRefusedWithoutPassword() {
        for (String password : new String[] {null, "", "postgres"}) {
            SQLException refused = assertThrows(SQLException.class, () -> connect(password).close(), "password " + password);
            assertTrue(!refused.getMessage().contains("Connection refused"), "the server was up: " + refused.getMessage());
        }
    }

    private Connection connect(String password) throws Exception {
        List<String> pid = Files.readAllLines(dataDir.resolve("postgres").resolve("postmaster.pid"));
        Properties properties = new Properties();
        properties.setProperty("user", "postgres");
        if (password != null) {
            properties.setProperty("password", password);
        }
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + pid.get(3).strip() + "/postgres", properties);
    }

    private static int adminCall(Tollgate tg, String method, String path, String json) throws Exception {
        HttpRequest.BodyPublisher body = json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + tg.port() + path)).method(method, body)
                .header("Authorization", "Bearer " + RunningTollgate.ADMIN_TOKEN);
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString()).statusCode();
    }
}
