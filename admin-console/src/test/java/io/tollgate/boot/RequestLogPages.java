package io.tollgate.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The request log's pages {@link ConsolePerformanceTest} times: each filter alone, deep pages, one entry, a CSV. */
final class RequestLogPages {

    private static final Pattern OLDER = Pattern.compile("<a href=\"([^\"]+)\" rel=\"next\">");
    private static final Pattern ROW = Pattern.compile("data-log=\"([us]\\d+)\"");
    private static final int DEEP = 20;

    private RequestLogPages() {}

    /** The pages, after checking that walking 20 pages back never shows an entry twice. */
    static List<String> all(RunningTollgate app, ConsoleClient admin, String someUser) throws SQLException {
        String key;
        long oldId;
        try (Connection db = DriverManager.getConnection(app.db.url(), app.db.user(), app.db.password());
             Statement sql = db.createStatement()) {
            ResultSet keys = sql.executeQuery("SELECT id FROM api_keys WHERE name = 'key of user-42'");
            keys.next();
            key = keys.getString(1);
            ResultSet old = sql.executeQuery("SELECT max(id) FROM usage_records WHERE at < now() - interval '9 days'");
            old.next();
            oldId = old.getLong(1);
        }
        LocalDateTime fiveHoursAgo = LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MINUTES).minusHours(5);
        long farBack = ChronoUnit.MICROS.between(java.time.Instant.EPOCH, java.time.Instant.now().minus(9, ChronoUnit.DAYS));
        return List.of("/console/logs", "/console/logs?user=user-42", "/console/logs?key=" + key, "/console/logs?key=key+of+user-42",
                "/console/logs?model=model-3", "/console/logs?model=workflow-3", "/console/logs?account=busy",
                "/console/logs?kind=chat", "/console/logs?kind=embedding", "/console/logs?kind=shareauth", "/console/logs?kind=rerank",
                "/console/logs?status=ok", "/console/logs?status=failed", "/console/logs?status=client_closed",
                "/console/logs?from=" + fiveHoursAgo + "&to=" + fiveHoursAgo.plusHours(1),
                "/console/logs?user=user-42&from=" + fiveHoursAgo.minusHours(10) + "&status=ok",
                deepPage(admin, "/console/logs"), deepPage(admin, "/console/logs?status=failed"),
                "/console/logs?before=" + farBack + "-u" + oldId, "/console/logs?after=" + farBack + "-u" + oldId,
                "/console/logs/u" + oldId, "/console/logs/s1000", "/console/logs.csv?user=user-42",
                "/console/logs.csv?kind=embedding&from=" + fiveHoursAgo + "&to=" + fiveHoursAgo.plusMinutes(10));
    }

    /** The page reached by following "older" {@value DEEP} times. */
    private static String deepPage(ConsoleClient admin, String first) {
        String page = first;
        Set<String> seen = new HashSet<>();
        int rows = 0;
        for (int i = 0; i < DEEP; i++) {
            HttpResponse<String> reply = admin.get(page);
            assertEquals(200, reply.statusCode(), page);
            Matcher row = ROW.matcher(reply.body());
            while (row.find()) {
                seen.add(row.group(1));
                rows++;
            }
            Matcher older = OLDER.matcher(reply.body());
            assertTrue(older.find(), "an older page after " + page);
            page = older.group(1).replace("&amp;", "&");
        }
        assertEquals(rows, seen.size(), "no entry twice on the way back");
        assertEquals(50 * DEEP, rows);
        return page;
    }
}
