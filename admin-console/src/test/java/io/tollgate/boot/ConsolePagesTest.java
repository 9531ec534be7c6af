package io.tollgate.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Console pages over HTTP: empty states, bad input as 4xx pages, the CSV export, and the audit trail of actions. */
class ConsolePagesTest {

    private static RunningTollgate app;
    private static ConsoleClient admin;
    private static String password;

    @BeforeAll
    static void start() {
        try (FirstStartLog log = new FirstStartLog()) {
            app = new RunningTollgate(Map.of());
            admin = new ConsoleClient(app.base());
            password = log.consolePassword();
            assertEquals(200, admin.loginAndEnrol("admin", password).statusCode());
        }
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void emptyListsSaySo() {
        assertTrue(admin.get("/console/unpaid").body().contains("No unpaid attempts."));
        assertTrue(admin.get("/console/keys").body().contains("No API keys yet."));
        assertTrue(admin.get("/console/consumptions?workflow=nothing-here").body().contains("No consumption records match."));
        assertTrue(admin.get("/console/users?q=nobody-is-called-this").body().contains("No users"));
    }

    @Test
    void badInputIsAClear4xxNeverA500() {
        HttpResponse<String> balance = admin.submit("/console/users", "/console/users",
                Map.of("username", "bad-balance", "password", "password123", "balance", "lots"));
        HttpResponse<String> multiplier = admin.submit("/console/workflows", "/console/workflows", Map.of("name", "wf", "multiplier", "x"));
        HttpResponse<String> weak = admin.submit("/console/users", "/console/users", Map.of("username", "weak", "password", "short"));

        assertEquals(400, balance.statusCode());
        assertEquals(400, multiplier.statusCode());
        assertEquals(400, weak.statusCode());
        assertTrue(weak.body().contains("at least 8 characters"), weak.body());
        assertEquals(404, admin.get("/console/users/not-an-id").statusCode());
        assertEquals(404, admin.get("/console/accounts/00000000-0000-0000-0000-000000000000/delete").statusCode());
        assertEquals(400, admin.get("/console/consumptions?userId=not-an-id").statusCode());
    }

    @Test
    void consumptionRecordsExportAsCsvWithTheirFilter() {
        String id = ConsoleSecurityTest.idOf(app.admin("POST", "/admin/api/users",
                "{\"username\":\"csv-user\",\"password\":\"password123\",\"balance\":100}").body());
        String token = app.post("/shareAuth/init", "{\"username\":\"csv-user\",\"password\":\"password123\"}").body()
                .replaceAll(".*\"authToken\":\"([^\"]+)\".*", "$1");
        assertEquals(200, app.post("/shareAuth/finish", "{\"token\":\"" + token + "\",\"appName\":\"=cmd\",\"chatId\":\"c1\","
                + "\"responseData\":[{\"moduleName\":\"AI\",\"totalPoints\":1.5}]}").statusCode());

        HttpResponse<String> csv = admin.get("/console/consumptions.csv?userId=" + id + "&workflow=");

        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElseThrow().startsWith("text/csv"));
        String[] lines = csv.body().split("\r\n");
        assertEquals(2, lines.length, csv.body());
        assertTrue(lines[1].contains("\"" + id + "\"") && lines[1].contains("\"1.5\""), lines[1]);
        assertTrue(admin.get("/console/consumptions?userId=" + id).body().contains("1.5"));
    }

    @Test
    void anAdminChangesTheirPasswordGivenTheCurrentOne() {
        Map<String, String> wrong = Map.of("current", "not-it", "password", "a-long-new-password");
        Map<String, String> tooShort = Map.of("current", password, "password", "short");

        assertEquals(403, admin.submit("/console/password", "/console/password", wrong).statusCode());
        assertEquals(400, admin.submit("/console/password", "/console/password", tooShort).statusCode());
        assertEquals(303, admin.submit("/console/password", "/console/password",
                Map.of("current", password, "password", "a-long-new-password")).statusCode());

        assertEquals(401, new ConsoleClient(app.base()).login("admin", password).statusCode());
        assertEquals(303, new ConsoleClient(app.base()).login("admin", "a-long-new-password").statusCode());
        password = "a-long-new-password";
    }

    @Test
    void anApiKeyIsIssuedShownOnceAndWorks() {
        String id = ConsoleSecurityTest.idOf(app.admin("POST", "/admin/api/users",
                "{\"username\":\"key-user\",\"password\":\"password123\",\"balance\":10}").body());

        HttpResponse<String> issued = admin.submit("/console/users/" + id, "/console/keys",
                Map.of("userId", id, "name", "laptop", "models", "mock-*", "rpm", "10", "tpm", ""));
        HttpResponse<String> badLimit = admin.submit("/console/users/" + id, "/console/keys", Map.of("userId", id, "rpm", "-1"));

        assertEquals(200, issued.statusCode());
        String key = issued.body().replaceAll("(?s).*<code id=\"new-key\">([^<]+)</code>.*", "$1");
        assertTrue(key.startsWith("sk-tg-"), key);
        assertFalse(admin.get("/console/keys").body().contains(key), "the list shows the hint only");
        assertEquals(200, app.post("/v1/chat/completions", "{\"model\":\"mock-gpt\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}",
                "Authorization", "Bearer " + key).statusCode());
        assertEquals(400, badLimit.statusCode());
    }

    @Test
    void aModelIsDisabledAndEnabledAgain() {
        HttpResponse<String> disabled = admin.submit("/console/models", "/console/models/mock-gpt/status", Map.of("enabled", "false"));
        String page = admin.get("/console/models").body();
        HttpResponse<String> unknown = admin.submit("/console/models", "/console/models/no-such/status", Map.of("enabled", "true"));
        HttpResponse<String> enabled = admin.submit("/console/models", "/console/models/mock-gpt/status", Map.of("enabled", "true"));

        assertEquals(303, disabled.statusCode());
        assertTrue(page.contains("<td>mock-gpt</td>") && page.contains(">Enable</button>"), page);
        assertEquals(404, unknown.statusCode());
        assertEquals(303, enabled.statusCode());
        assertTrue(admin.get("/console/audit").body().contains("mock-gpt: enabled: true → false"));
    }

    @Test
    void everyConsoleActionIsInTheAuditLog() {
        admin.submit("/console/words", "/console/words", Map.of("words", "badword\nworse"));
        admin.submit("/console/workflows", "/console/workflows", Map.of("name", "audited", "multiplier", "3"));

        String audit = admin.get("/console/audit").body();

        assertTrue(audit.contains("replace-sensitive-words") && audit.contains("2 words"), audit);
        assertTrue(audit.contains("add-workflow") && audit.contains("audited"), audit);
        assertTrue(audit.contains("enrol-second-factor"), audit);
        assertTrue(audit.contains("console:admin"), audit);
    }

    @Test
    void theAdminApisChangesAreInTheAuditLogToo() {
        String user = RelayAdmin.read(app.admin("POST", "/admin/api/users",
                "{\"username\":\"audited-api\",\"password\":\"password123\",\"balance\":5}").body()).get("id").asText();
        app.admin("POST", "/admin/api/users/" + user + "/balance", "{\"amount\":-2,\"reason\":\"api refund\"}");
        app.admin("PATCH", "/admin/api/users/" + user, "{\"status\":\"disabled\"}");
        app.admin("POST", "/admin/api/models", "{\"name\":\"audited-model\",\"routes\":[{\"platform\":\"mock\"}]}");
        app.admin("PATCH", "/admin/api/models/audited-model", "{\"inputPrice\":3}");
        String account = RelayAdmin.read(app.admin("POST", "/admin/api/accounts",
                "{\"platform\":\"mock\",\"name\":\"audited-account\",\"models\":[\"audited-model\"]}").body()).get("id").asText();
        app.admin("PATCH", "/admin/api/accounts/" + account, "{\"weight\":7}");
        app.admin("DELETE", "/admin/api/accounts/" + account, null);
        String key = RelayAdmin.read(app.admin("POST", "/admin/api/keys", "{\"userId\":\"" + user + "\"}").body()).get("id").asText();
        assertEquals(204, app.admin("DELETE", "/admin/api/keys/" + key, null).statusCode());

        String audit = admin.get("/console/audit").body();

        for (String expected : new String[] {"audited-api with 5 points", "audited-api -2 (api refund)", "audited-api → disabled",
                "audited-model (enabled)", "audited-model: price:", "audited-account (" + account + ") on mock", "weight: 1 → 7",
                "for audited-api", key}) {
            assertTrue(audit.contains(expected), expected + " is not in the audit log:\n" + audit);
        }
        for (String action : new String[] {"create-user", "adjust-balance", "user-status", "add-model", "edit-model", "add-account",
                "edit-account", "delete-account", "issue-key", "revoke-key"}) {
            assertTrue(audit.contains(">" + action + "<"), action + " is not in the audit log");
        }
        assertTrue(audit.contains("admin-token"), audit);
    }
}
