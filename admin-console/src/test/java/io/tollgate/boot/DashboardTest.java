package io.tollgate.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Calls of several kinds and a ShareAuth finish: the dashboard's totals and leaders are the sums of the stored rows, the
 * ShareAuth spender among the top users; a user's own dashboard shows their numbers only.
 */
class DashboardTest {

    private static final String USAGE = "SELECT count(*), coalesce(sum(cost), 0), coalesce(sum(prompt_tokens + completion_tokens), 0) "
            + "FROM usage_records";
    private static final String CHARGES = "SELECT count(*), coalesce(sum(charge), 0) FROM consumptions";

    @Test
    void theDashboardsAddUpEveryKindOfCharge() throws Exception {
        try (FirstStartLog log = new FirstStartLog(); RunningTollgate app = new RunningTollgate(Map.of())) {
            RelayAdmin relay = new RelayAdmin(app);
            kindModel(app, "mock-embed", "embedding", "1000", "0.001");
            kindModel(app, "mock-rerank", "rerank", "500", "0.002");
            relay.account("mock-embed", "mock", "http://mock.invalid/v1", "mock-embed");
            relay.account("mock-rerank", "mock", "http://mock.invalid/v1", "mock-rerank");
            RelayAdmin.Caller alice = relay.caller(new BigDecimal("50"));
            RelayAdmin.Caller bob = relay.caller(new BigDecimal("50"));
            assertEquals(200, relay.chat(alice, "mock-gpt", false).statusCode());
            assertEquals(200, relay.chat(alice, "mock-gpt", true).statusCode());
            assertEquals(200, call(app, alice, "/v1/embeddings", "{\"model\":\"mock-embed\",\"input\":[\"one\",\"two\"]}").statusCode());
            assertEquals(200, call(app, bob, "/v1/rerank", "{\"model\":\"mock-rerank\",\"query\":\"q\",\"documents\":[\"a\",\"b\"]}")
                    .statusCode());
            String token = app.post("/shareAuth/init", "{\"username\":\"" + bob.username() + "\",\"password\":\"password123\"}").body()
                    .replaceAll(".*\"authToken\":\"([^\"]+)\".*", "$1");
            assertEquals(200, app.post("/shareAuth/finish", "{\"token\":\"" + token + "\",\"appName\":\"support-bot\",\"chatId\":\"c1\","
                    + "\"responseData\":[{\"moduleName\":\"AI\",\"totalPoints\":7.25}]}").statusCode());
            List<BigDecimal> usage = awaitRows(app, 4);
            List<BigDecimal> charges = sums(app, CHARGES, "");
            List<BigDecimal> bobs = sums(app, USAGE, " WHERE user_id = '" + bob.id() + "'");
            List<BigDecimal> alices = sums(app, USAGE, " WHERE user_id = '" + alice.id() + "'");

            ConsoleClient admin = new ConsoleClient(app.base());
            assertEquals(200, admin.loginAndEnrol("admin", log.consolePassword()).statusCode());
            String page = admin.get("/console").body();

            assertEquals(usage.get(0).add(charges.get(0)), number(page, "id=\"stat-requests\">([^<]+)<"));
            assertEquals(0, usage.get(1).add(charges.get(1)).compareTo(number(page, "id=\"stat-points\">([^<]+)<")), page);
            assertEquals(0, usage.get(2).compareTo(number(page, "id=\"stat-tokens\">([^<]+)<")));
            List<String> users = rows(page, "top-users");
            assertEquals(2, users.size(), users.toString());
            assertTrue(users.get(0).startsWith(bob.username() + "|2|"), "the ShareAuth spender leads: " + users);
            assertEquals(0, bobs.get(1).add(charges.get(1)).compareTo(new BigDecimal(last(users.get(0)))), users.toString());
            assertEquals(alice.username() + "|3|" + alices.get(2).toBigInteger(), users.get(1).substring(0, users.get(1).lastIndexOf('|')));
            List<String> models = rows(page, "top-models");
            assertTrue(models.get(0).startsWith(workflow(app) + "|ShareAuth workflow|1|0|7.25"), models.toString());
            for (String model : List.of("mock-gpt|Chat|2|", "mock-embed|Embeddings|1|", "mock-rerank|Rerank|1|")) {
                assertTrue(models.stream().anyMatch(row -> row.startsWith(model)), model + " in " + models);
            }
            for (String chart : List.of("chart-requests-hourly", "chart-tokens-hourly", "chart-points-hourly", "chart-kinds-hourly",
                    "chart-points-kinds-hourly", "chart-errors-hourly")) {
                assertTrue(page.contains("<svg id=\"" + chart + "\" class=\"chart\""), chart);
            }
            String month = admin.get("/console?range=30d").body();
            assertTrue(month.contains("<svg id=\"chart-points-daily\""), "the 30 days' charts");
            assertTrue(rows(month, "top-users").get(0).startsWith(bob.username() + "|2|"));

            ConsoleClient own = new ConsoleClient(app.base());
            assertEquals(303, own.submit("/me/login", "/me/login", Map.of("username", alice.username(), "password", "password123"))
                    .statusCode());
            HttpResponse<String> mine = own.get("/me/dashboard");
            assertEquals(200, mine.statusCode());
            Matcher totals = Pattern.compile("In this range: ([\\d,]+) requests, ([\\d,]+) tokens, ([\\d.,]+) points").matcher(mine.body());
            assertTrue(totals.find(), mine.body());
            assertEquals("3", totals.group(1));
            assertEquals(0, alices.get(2).compareTo(new BigDecimal(totals.group(2).replace(",", ""))));
            assertEquals(0, alices.get(1).compareTo(new BigDecimal(totals.group(3).replace(",", ""))));
            assertFalse(mine.body().contains(workflow(app)) || mine.body().contains("mock-rerank") || mine.body().contains(bob.username()),
                    "nothing of bob's");
            assertTrue(mine.body().contains("<svg id=\"chart-requests-hourly\""));
            assertTrue(own.get("/me/dashboard?range=30d").body().contains("<svg id=\"chart-requests-daily\""));
            for (String range : garbageRanges()) {
                for (ConsoleClient client : List.of(admin, own)) {
                    String path = (client == admin ? "/console" : "/me/dashboard") + "?range=" + range;
                    HttpResponse<String> reply = client.get(path);
                    assertEquals(200, reply.statusCode(), path);
                    assertTrue(reply.body().contains("<svg id=\"chart-requests-hourly\""), "the default range for " + path);
                }
            }
        }
    }

    /** Range parameters no page names: bytes, a NUL, case, padding, a huge one, an SQL and a script fragment. */
    private static List<String> garbageRanges() {
        java.util.Random random = new java.util.Random(17);
        List<String> ranges = new java.util.ArrayList<>(List.of("", "30D", "30d%00", "%2030d", "24h%20", "%ff%fe", "-1", "1e999999",
                "9".repeat(5000), "30d'%20OR%201=1--", "%3Cscript%3E", "24h&range=30d&range", "%E4%B8%AD"));
        for (int i = 0; i < 10; i++) {
            StringBuilder bytes = new StringBuilder();
            for (int b = 0; b < 1 + random.nextInt(12); b++) {
                bytes.append(String.format("%%%02x", random.nextInt(256)));
            }
            ranges.add(bytes.toString());
        }
        return ranges;
    }

    private static void kindModel(RunningTollgate app, String name, String kind, String inputPrice, String perCall) {
        HttpResponse<String> added = app.admin("POST", "/admin/api/models", "{\"name\":\"" + name + "\",\"kind\":\"" + kind
                + "\",\"routes\":[{\"platform\":\"mock\"}],\"inputPrice\":" + inputPrice + ",\"outputPrice\":0,\"perCallPrice\":" + perCall + "}");
        assertEquals(201, added.statusCode(), added.body());
    }

    private static HttpResponse<String> call(RunningTollgate app, RelayAdmin.Caller caller, String path, String json) {
        return app.post(path, json, "Authorization", "Bearer " + caller.key());
    }

    /** Usage is written after the reply: waits until all of it is stored; count, points and tokens. */
    private static List<BigDecimal> awaitRows(RunningTollgate app, int rows) throws Exception {
        for (int i = 0; i < 100; i++) {
            List<BigDecimal> usage = sums(app, USAGE, "");
            if (usage.get(0).intValue() >= rows) {
                assertEquals(rows, usage.get(0).intValue());
                return usage;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("usage never stored");
    }

    private static List<BigDecimal> sums(RunningTollgate app, String sql, String where) throws SQLException {
        try (Connection db = DriverManager.getConnection(app.db.url(), app.db.user(), app.db.password());
             ResultSet rs = db.createStatement().executeQuery(sql + where)) {
            rs.next();
            BigDecimal[] values = new BigDecimal[rs.getMetaData().getColumnCount()];
            for (int i = 0; i < values.length; i++) {
                values[i] = rs.getBigDecimal(i + 1);
            }
            return List.of(values);
        }
    }

    private static String workflow(RunningTollgate app) throws SQLException {
        try (Connection db = DriverManager.getConnection(app.db.url(), app.db.user(), app.db.password());
             ResultSet rs = db.createStatement().executeQuery("SELECT workflow_name FROM consumptions")) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static BigDecimal number(String page, String pattern) {
        Matcher matcher = Pattern.compile(pattern).matcher(page);
        assertTrue(matcher.find(), pattern);
        return new BigDecimal(matcher.group(1).replace(",", ""));
    }

    /** The rows of a table, each as its cells' text joined by "|". */
    private static List<String> rows(String page, String id) {
        Matcher table = Pattern.compile("(?s)<table id=\"" + id + "\">.*?<tbody>(.*?)</tbody>").matcher(page);
        assertTrue(table.find(), id + " in " + page);
        return Pattern.compile("(?s)<tr>(.*?)</tr>").matcher(table.group(1)).results()
                .map(row -> row.group(1).replaceAll("<td[^>]*>", "").replace("</td>", "|").replaceAll("\\|$", "").replace(",", ""))
                .toList();
    }

    private static String last(String row) {
        return row.substring(row.lastIndexOf('|') + 1);
    }
}
