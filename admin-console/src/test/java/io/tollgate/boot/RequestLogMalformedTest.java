package io.tollgate.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Thousands of broken request-log addresses from a signed-in admin: each is a 400 or 404 page, or an (empty) list,
 * never a 500; nothing stored changes.
 */
class RequestLogMalformedTest {

    private static final long SEED = 20261205L;
    private static final int REQUESTS = 2_000;

    @Test
    void brokenFiltersCursorsDatesAndIdsAreRefusedOrEmptyNeverAnError() {
        try (FirstStartLog log = new FirstStartLog(); RunningTollgate tg = new RunningTollgate(Map.of())) {
            OAuthUser.create(tg, "user-1", "5");
            ConsoleClient admin = new ConsoleClient(tg.base());
            assertEquals(200, admin.loginAndEnrol("admin", log.consolePassword()).statusCode());
            Map<String, List<String>> before = TableDigest.of(tg.db);
            MalformedLogQueries queries = new MalformedLogQueries(SEED);
            List<String> problems = new ArrayList<>();
            int refused = 0;
            for (int i = 0; i < REQUESTS; i++) {
                String path = queries.next();
                HttpResponse<String> reply = admin.get(path);
                if (!Set.of(200, 400, 404).contains(reply.statusCode())) {
                    problems.add(reply.statusCode() + " " + path);
                }
                refused += reply.statusCode() == 200 ? 0 : 1;
            }
            System.getLogger(RequestLogMalformedTest.class.getName()).log(System.Logger.Level.INFO,
                    REQUESTS + " broken log addresses (seed " + SEED + "): " + refused + " refused, " + (REQUESTS - refused) + " listed");
            assertTrue(problems.isEmpty(), problems.size() + " problems (seed " + SEED + "): " + problems.subList(0, Math.min(20, problems.size())));
            assertTrue(refused > REQUESTS / 4, "most broken addresses are refused: " + refused);
            assertEquals("", TableDigest.changes(before, TableDigest.of(tg.db)), "stored rows changed");
        }
    }
}
