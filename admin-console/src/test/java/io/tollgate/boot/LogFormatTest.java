package io.tollgate.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.util.ContextInitializer;
import io.tollgate.adapter.persistence.DatabaseConfig;
import io.tollgate.adapter.persistence.TestDatabases;
import io.tollgate.boot.metrics.LogFormat;
import io.tollgate.boot.metrics.OpsConfig;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** TOLLGATE_LOG_FORMAT=json: every line is a JSON object; the access line carries no prompt, key or token. */
class LogFormatTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void jsonLinesParseAndTheAccessLineKeepsSecretsOut() throws Exception {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        String key;
        DatabaseConfig db = TestDatabases.freshConfig();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try (RunningTollgate tg = new RunningTollgate(db, Map.of("TOLLGATE_LOG_FORMAT", "json"))) {
            String user = JSON.readTree(tg.admin("POST", "/admin/api/users",
                    "{\"username\":\"logged\",\"password\":\"password123\",\"balance\":100}").body()).get("id").asText();
            key = JSON.readTree(tg.admin("POST", "/admin/api/keys", "{\"userId\":\"" + user + "\"}").body()).get("key").asText();
            assertEquals(200, tg.post("/v1/chat/completions", "{\"model\":\"" + MockCatalog.MODEL
                    + "\",\"messages\":[{\"role\":\"user\",\"content\":\"my very private prompt\"}]}", "Authorization", "Bearer " + key)
                    .statusCode());
        } finally {
            System.setOut(original);
            restoreTestLogging();
        }
        List<JsonNode> access = new ArrayList<>();
        String text = captured.toString(StandardCharsets.UTF_8);
        for (String line : text.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode parsed = JSON.readTree(line);
            assertTrue(parsed.isObject(), line);
            if ("tollgate.access".equals(parsed.path("loggerName").asText())) {
                access.add(parsed);
            }
        }
        JsonNode chat = access.stream().filter(line -> line.toString().contains("/v1/chat/completions")).findFirst().orElseThrow();
        System.out.println("access line: " + chat);
        assertTrue(chat.toString().contains("mock-gpt"), chat.toString());
        assertFalse(text.contains("private prompt"), "no prompt in any line");
        assertFalse(text.contains(key), "no API key in any line");
        assertFalse(text.contains(RunningTollgate.ADMIN_TOKEN), "no admin token in any line");
    }

    /** Back to the test run's own logging configuration for the tests after this one. */
    private static void restoreTestLogging() throws Exception {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        context.reset();
        new ContextInitializer(context).autoConfig();
    }

    @Test
    void settingsAreCheckedWithTheirDefaults() {
        OpsConfig defaults = OpsConfig.from(Map.of());
        assertEquals(new OpsConfig(Optional.empty(), LogFormat.TEXT, Optional.empty(), 90), defaults);
        OpsConfig set = OpsConfig.from(Map.of("TOLLGATE_METRICS_TOKEN", " t0ken ", "TOLLGATE_LOG_FORMAT", "JSON",
                "TOLLGATE_OTLP_ENDPOINT", "http://127.0.0.1:4318/", "TOLLGATE_USAGE_RETENTION_DAYS", "30"));
        assertEquals(new OpsConfig(Optional.of("t0ken"), LogFormat.JSON, Optional.of(URI.create("http://127.0.0.1:4318")), 30), set);
        assertThrows(IllegalArgumentException.class, () -> OpsConfig.from(Map.of("TOLLGATE_LOG_FORMAT", "xml")));
        assertThrows(IllegalArgumentException.class, () -> OpsConfig.from(Map.of("TOLLGATE_USAGE_RETENTION_DAYS", "0")));
        assertThrows(IllegalArgumentException.class, () -> OpsConfig.from(Map.of("TOLLGATE_USAGE_RETENTION_DAYS", "ninety")));
        assertThrows(IllegalArgumentException.class, () -> OpsConfig.from(Map.of("TOLLGATE_OTLP_ENDPOINT", "collector:4318")));
        assertEquals(OpsConfig.from(Map.of()), Config.from(Map.of()).ops());
    }
}
