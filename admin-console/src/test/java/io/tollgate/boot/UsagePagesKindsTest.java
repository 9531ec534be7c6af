package io.tollgate.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The admin's and the signed-in user's usage pages over HTTP show each call's kind and the units it was billed on. */
class UsagePagesKindsTest {

    private static RunningTollgate app;
    private static ConsoleClient admin;
    private static RelayAdmin.Caller caller;
    private static JsonNode records;

    @BeforeAll
    static void start() throws SQLException {
        try (FirstStartLog log = new FirstStartLog()) {
            app = RunningTollgate.onKnownPort(Map.of());
            admin = new ConsoleClient(app.base());
            assertEquals(200, admin.loginAndEnrol("admin", log.consolePassword()).statusCode());
        }
        RelayAdmin relay = new RelayAdmin(app);
        for (String kind : List.of("embedding", "rerank")) {
            HttpResponse<String> added = app.admin("POST", "/admin/api/models", "{\"name\":\"mock-" + kind + "\",\"kind\":\"" + kind
                    + "\",\"routes\":[{\"platform\":\"mock\"}],\"inputPrice\":1000}");
            assertEquals(201, added.statusCode(), added.body());
            relay.account("mock-" + kind, "mock", "http://mock.invalid/v1", "mock-" + kind);
        }
        caller = relay.caller(new BigDecimal("10"));
        call("/v1/embeddings", "{\"model\":\"mock-embedding\",\"input\":[\"" + "chunk of a knowledge base ".repeat(300) + "\"]}");
        call("/v1/rerank", "{\"model\":\"mock-rerank\",\"query\":\"tea\",\"documents\":[\"green tea\",\"coffee\"]}");
        assertEquals(200, relay.chat(caller, "mock-gpt", false).statusCode());
        // The speech and transcription doors write records like these; the pages must show their units already.
        audioRecord("speech", 340);
        audioRecord("transcription", 65_000);
        records = RelayAdmin.read(app.admin("GET", "/admin/api/users/" + caller.id() + "/usage", null).body()).get("data");
        assertEquals(5, records.size());
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private static void call(String path, String json) {
        HttpResponse<String> reply = app.post(path, json, "Authorization", "Bearer " + caller.key());
        assertEquals(200, reply.statusCode(), reply.body());
    }

    private static void audioRecord(String kind, long units) throws SQLException {
        try (Connection db = DriverManager.getConnection(app.db.url(), app.db.user(), app.db.password())) {
            var insert = db.prepareStatement("INSERT INTO usage_records (request_id, user_id, model, prompt_tokens, completion_tokens,"
                    + " estimated, cost, latency_ms, status, at, quota_day, kind, units)"
                    + " VALUES (?, ?::uuid, ?, 0, 0, false, 0, 5, 'ok', now(), current_date, ?, ?)");
            insert.setString(1, "req-" + kind);
            insert.setString(2, caller.id());
            insert.setString(3, "mock-" + kind);
            insert.setString(4, kind);
            insert.setLong(5, units);
            insert.executeUpdate();
        }
    }

    /**
     * What each page must show: the kind and units of every record, as the admin API reports them, thousands grouped
     * by {@code grouping} (the reader's locale's separator, or a no-break space where a page has no locale yet).
     */
    private static List<String> expected(char grouping) {
        String embedded = "";
        String reranked = "";
        for (JsonNode record : records) {
            String shown = String.format(java.util.Locale.ROOT, "%,d", record.get("units").asLong()).replace(',', grouping);
            if (record.get("kind").asText().equals("embedding")) {
                embedded = "embedding · " + shown + "\u00a0tokens";
            } else if (record.get("kind").asText().equals("rerank")) {
                reranked = "rerank · " + shown + "\u00a0tokens";
            }
        }
        assertTrue(embedded.matches("embedding · \\d+" + grouping + "\\d{3}\u00a0tokens"), "thousands grouped: " + embedded);
        return List.of(embedded, reranked, "chat · ", "speech · 340\u00a0characters", "transcription · 1:05\u00a0min");
    }

    private static void assertShowsEveryKind(String page, char grouping) {
        String table = page.substring(page.indexOf("<table id=\"usage\">"), page.indexOf("</table>", page.indexOf("<table id=\"usage\">")));
        for (String shown : expected(grouping)) {
            assertTrue(table.contains(shown), shown + " in " + table);
        }
    }

    @Test
    void theAdminsUsagePageOfAUserShowsKindAndUnits() {
        HttpResponse<String> page = admin.get("/console/users/" + caller.id() + "/usage");

        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("<th>Billed on</th>"));
        assertShowsEveryKind(page.body(), ',');
    }

    @Test
    void theSignedInUsersOwnPageShowsKindAndUnits() {
        ConsoleClient user = new ConsoleClient(app.base());
        HttpResponse<String> login = user.submit("/me/login", "/me/login", Map.of("username", caller.username(), "password", "password123"));
        assertEquals(303, login.statusCode(), login.body());

        HttpResponse<String> page = user.get("/me");

        assertEquals(200, page.statusCode());
        assertShowsEveryKind(page.body(), ',');
    }
}
