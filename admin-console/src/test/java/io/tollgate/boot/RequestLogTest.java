package io.tollgate.boot;

import static io.tollgate.boot.FakePlatform.completion;
import static io.tollgate.boot.FakePlatform.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The console's request log over calls of several kinds: a chat that failed over, a failed chat, an embedding on the
 * mock platform, a call on a user's own account and a ShareAuth finish; each filter narrows, the detail names the
 * accounts tried, the CSV quotes what needs quoting.
 */
class RequestLogTest {

    private static final Pattern ROW = Pattern.compile("<tr data-log=\"([us]\\d+)\">(.*?)</tr>", Pattern.DOTALL);
    private static final String WORKFLOW = "客服, \"VIP\"\nline two";

    private static FakePlatform platform;
    private static FirstStartLog log;
    private static RunningTollgate tg;
    private static ConsoleClient console;
    private static String caller;
    private static String keyId;

    @BeforeAll
    static void start() throws Exception {
        platform = new FakePlatform(Map.of(
                "busy", json(429, "{\"error\":{\"message\":\"Rate limit reached\",\"type\":\"requests\",\"code\":\"rate_limit_exceeded\"}}",
                        "Retry-After", "20"),
                "fine", completion("from fine"),
                "down", json(500, "{\"error\":{\"message\":\"The server had an error\",\"type\":\"server_error\"}}")));
        log = new FirstStartLog();
        tg = new RunningTollgate(Map.of());
        RelayAdmin admin = new RelayAdmin(tg);
        admin.model("gpt-log", "openai", "1000", "2000");
        admin.model("dead-model", "openai", "1000", "2000");
        account("busy", "gpt-log", 3_000_000);
        account("fine", "gpt-log", 1_000_000);
        account("down", "dead-model", 1_000_000);
        assertEquals(201, tg.admin("POST", "/admin/api/models", "{\"name\":\"log-embed\",\"kind\":\"embedding\",\"routes\":[{\"platform\":"
                + "\"mock\"}],\"inputPrice\":1000,\"outputPrice\":0}").statusCode());
        admin.account("mock-embed", "mock", "http://mock.invalid/v1", "log-embed");

        RelayAdmin.Caller someone = admin.caller(new java.math.BigDecimal("100"));
        caller = someone.username();
        JsonNode key = RelayAdmin.read(tg.admin("POST", "/admin/api/keys", "{\"userId\":\"" + someone.id() + "\",\"name\":\"log-key\"}").body());
        keyId = key.get("id").asText();
        String bearer = "Bearer " + key.get("key").asText();
        assertEquals(200, tg.post("/v1/chat/completions", "{\"model\":\"gpt-log\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}",
                "Authorization", bearer).statusCode());
        assertEquals(200, tg.post("/v1/embeddings", "{\"model\":\"log-embed\",\"input\":\"hello\"}", "Authorization", bearer).statusCode());
        assertTrue(tg.post("/v1/chat/completions", "{\"model\":\"dead-model\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}",
                "Authorization", bearer).statusCode() >= 500);

        OAuthUser owner = OAuthUser.create(tg, "owner-of-mock", "0");
        String own = owner.bindByKey("mock", "my-mock", "sk-own-key", 0);
        assertEquals(200, owner.chat(own, null).statusCode());

        HttpResponse<String> workflow = tg.admin("POST", "/admin/api/workflows", "{\"name\":\""
                + WORKFLOW.replace("\"", "\\\"").replace("\n", "\\n") + "\"}");
        assertEquals(201, workflow.statusCode(), workflow.body());
        String share = RelayAdmin.read(tg.post("/shareAuth/init", "{\"username\":\"" + caller + "\",\"password\":\"password123\"}").body())
                .get("authToken").asText();
        HttpResponse<String> finished = tg.post("/shareAuth/finish", "{\"token\":\"" + share + "\",\"appName\":\""
                + WORKFLOW.replace("\"", "\\\"").replace("\n", "\\n") + "\",\"chatId\":\"c1\",\"responseData\":[{\"id\":\"n1\","
                + "\"nodeId\":\"ai\",\"moduleName\":\"AI\",\"totalPoints\":2}]}");
        assertEquals(200, finished.statusCode(), finished.body());

        console = new ConsoleClient(tg.base());
        assertEquals(200, console.loginAndEnrol("admin", log.consolePassword()).statusCode());
    }

    @AfterAll
    static void stop() {
        tg.close();
        log.close();
        platform.close();
    }

    private static void account(String name, String model, long quota) {
        HttpResponse<String> added = tg.admin("POST", "/admin/api/accounts", "{\"platform\":\"openai\",\"name\":\"" + name
                + "\",\"baseUrl\":\"" + platform.baseUrl(name) + "\",\"credential\":\"key-" + name + ".secret\",\"models\":[\"" + model
                + "\"],\"dailyTokenQuota\":" + quota + "}");
        assertEquals(201, added.statusCode(), added.body());
    }

    /** Each row's cells by class, in page order. */
    private static List<Map<String, String>> rows(String query) {
        HttpResponse<String> page = console.get("/console/logs" + query);
        assertEquals(200, page.statusCode(), page.body());
        List<Map<String, String>> rows = new ArrayList<>();
        Matcher row = ROW.matcher(page.body());
        while (row.find()) {
            Map<String, String> cells = new java.util.HashMap<>(Map.of("id", row.group(1)));
            Matcher cell = Pattern.compile("class=\"(?:num )?(log-[a-z]+)\"[^>]*>(.*?)</td>", Pattern.DOTALL).matcher(row.group(2));
            while (cell.find()) {
                cells.put(cell.group(1), cell.group(2));
            }
            rows.add(cells);
        }
        return rows;
    }

    private static List<String> cells(String query, String cell) {
        return rows(query).stream().map(r -> r.get(cell)).toList();
    }

    @Test
    void everyKindOfCallIsInOneLogNewestFirst() {
        List<Map<String, String>> all = rows("");
        assertEquals(5, all.size(), all.toString());
        assertEquals(WORKFLOW, all.getFirst().get("log-model"), "the ShareAuth finish came last");
        assertEquals(List.of("shareauth", "chat", "chat", "embedding", "chat"), all.stream()
                .map(r -> r.get("log-kind")).map(k -> k.contains("ShareAuth") ? "shareauth" : k.contains("Embed") ? "embedding" : "chat")
                .toList());
        assertEquals(List.of("points", "own account my-mock", "points", "points", "points"), cells("", "log-payer"));
    }

    @Test
    void eachFilterNarrows() {
        assertEquals(List.of(caller, caller, caller, caller), cells("?user=" + caller, "log-user"));
        assertEquals(List.of(), cells("?user=nobody-at-all", "log-user"));
        assertEquals(List.of("gpt-log"), cells("?model=gpt-log", "log-model"));
        assertEquals(3, cells("?key=" + keyId, "log-model").size(), "chat, failed chat, embedding");
        assertEquals(3, cells("?key=log-key", "log-model").size(), "by name too");
        assertEquals(List.of("gpt-log"), cells("?account=fine", "log-model"));
        // A call no account answered ended on none: the accounts it tried are in its detail, not its account.
        assertEquals(List.of(), cells("?account=down", "log-model"));
        assertEquals(List.of("log-embed"), cells("?kind=embedding", "log-model"));
        assertEquals(List.of(WORKFLOW), cells("?kind=shareauth", "log-model"));
        assertEquals(List.of("dead-model"), cells("?status=failed", "log-model"));
        assertEquals(4, cells("?status=ok&kind=", "log-model").size(), "the failed call is left out");
        assertEquals(List.of(), cells("?from=2999-01-01", "log-model"));
        assertEquals(5, cells("?from=2000-01-01T00:00&to=2999-01-01", "log-model").size());
        assertEquals(List.of(), cells("?to=2000-01-01", "log-model"));
    }

    @Test
    void theDetailNamesTheAccountsTriedAndHowEachFailed() {
        String id = rows("?model=gpt-log").getFirst().get("id");
        String detail = console.get("/console/logs/" + id).body();
        assertTrue(detail.contains("<td class=\"attempt-account\">busy</td>"), detail);
        assertTrue(detail.contains("data-error=\"rate\""), detail);
        assertTrue(detail.contains("<td class=\"log-account\">fine</td>"), detail);
        assertTrue(detail.contains("data-payer=\"points\""), detail);
        assertTrue(!detail.contains("key-busy.secret") && !detail.contains("key-fine.secret"), "never a credential");
        String failed = console.get("/console/logs/" + rows("?status=failed").getFirst().get("id")).body();
        assertTrue(failed.contains("<td class=\"attempt-account\">down</td>"), failed);
        assertTrue(failed.contains("data-error=\"transient\""), failed);
        String share = console.get("/console/logs/" + rows("?kind=shareauth").getFirst().get("id")).body();
        assertTrue(share.contains("<td class=\"num log-cost\">2</td>"), share);
    }

    @Test
    void theCsvHasTheFilteredRowsAndQuotesCommasQuotesAndNewlines() {
        HttpResponse<String> csv = console.get("/console/logs.csv");
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"), csv.headers().toString());
        assertTrue(csv.body().startsWith("\"id\",\"at\",\"user\""), csv.body());
        assertTrue(csv.body().contains("\"客服, \"\"VIP\"\"\nline two\""), csv.body());
        assertTrue(csv.body().contains("\"own account my-mock\""), csv.body());
        String embeddings = console.get("/console/logs.csv?kind=embedding").body();
        assertEquals(2, embeddings.split("\r\n").length, embeddings);
        assertTrue(embeddings.contains("\"log-embed\",\"embedding\",\"ok\""), embeddings);
    }

    @Test
    void badFiltersAndPlacesAreRefusedOrEmptyNeverAnError() {
        for (String query : List.of("?kind=nope", "?status=maybe", "?from=yesterday", "?to=2026-13-45", "?before=garbage",
                "?after=1-x1", "?before=9000000000000000000-u1", "?from=-999999999-01-01T00:00", "?before=99999999999999999999-u1", "?before=1-u1&after=1-u1", "?user=" + "x".repeat(300))) {
            assertEquals(400, console.get("/console/logs" + query).statusCode(), query);
        }
        assertEquals(200, console.get("/console/logs?before=1-u1").statusCode());
        assertEquals(200, console.get("/console/logs?after=-5-s3").statusCode());
        for (String id : List.of("nope", "u999999999", "s-1", "x1")) {
            assertEquals(404, console.get("/console/logs/" + id).statusCode(), id);
        }
        assertEquals(400, console.get("/console/logs.csv?kind=nope").statusCode());
    }
}
