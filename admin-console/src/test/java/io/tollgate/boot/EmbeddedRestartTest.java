package io.tollgate.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** The default install: embedded PostgreSQL in the data dir, a generated admin token printed once, data kept. */
class EmbeddedRestartTest {

    @TempDir
    Path dataDir;

    @Test
    void usersSurviveARestartAndTheAdminTokenIsPrintedOnlyOnce() throws Exception {
        Map<String, String> env = Map.of("TOLLGATE_PORT", "0", "TOLLGATE_DATA_DIR", dataDir.toString());
        ListAppender<ILoggingEvent> firstStartLog = capture();
        String adminToken;
        try (Tollgate first = Tollgate.start(Config.from(env), Clock.systemUTC())) {
            Matcher printed = Pattern.compile("tg-admin-[A-Za-z0-9_-]+").matcher(text(firstStartLog));
            assertTrue(printed.find(), "the first start prints the admin token");
            adminToken = printed.group();
            assertEquals(201, call(first, "POST", "/admin/api/users", adminToken,
                    "{\"username\":\"kept\",\"password\":\"password123\",\"balance\":3}").statusCode());
        } finally {
            detach(firstStartLog);
        }
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dataDir.resolve("jwt-secret"))));
        ListAppender<ILoggingEvent> secondStartLog = capture();
        try (Tollgate second = Tollgate.start(Config.from(env), Clock.systemUTC())) {
            assertTrue(!text(secondStartLog).contains(adminToken), "the token is not printed again");
            String users = call(second, "GET", "/admin/api/users", adminToken, null).body();
            assertTrue(users.contains("\"username\":\"kept\"") && users.contains("\"balance\":3"), users);
            assertEquals(200, call(second, "GET", "/health", "", null).statusCode());
        } finally {
            detach(secondStartLog);
        }
    }

    private static HttpResponse<String> call(Tollgate tg, String method, String path, String token, String json) throws Exception {
        HttpRequest.BodyPublisher body = json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json);
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + tg.port() + path))
                .method(method, body).header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static ListAppender<ILoggingEvent> capture() {
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).addAppender(appender);
        return appender;
    }

    private static void detach(ListAppender<ILoggingEvent> appender) {
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).detachAppender(appender);
    }

    private static String text(ListAppender<ILoggingEvent> appender) {
        StringBuilder text = new StringBuilder();
        appender.list.forEach(event -> text.append(event.getFormattedMessage()).append('\n'));
        return text.toString();
    }
}
