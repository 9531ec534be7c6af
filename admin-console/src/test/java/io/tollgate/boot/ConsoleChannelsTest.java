package io.tollgate.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.tollgate.boot.FaultyUpstream.Fault;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Channels from the console over HTTP: add with a credential typed once, edit keeping it, test, batch status, owners' notices. */
class ConsoleChannelsTest {

    private static final String SECRET = "sk-form-secret-7781";
    private static final Pattern LATENCY = Pattern.compile("class=\"test-result[^\"]*\">([^<]*?)(\\d+) ms");

    private static KeyedUpstream keyed;
    private static FaultyUpstream failing;
    private static RunningTollgate app;
    private static ConsoleClient admin;
    private static RelayAdmin relay;

    @BeforeAll
    static void start() throws Exception {
        keyed = new KeyedUpstream(SECRET);
        failing = new FaultyUpstream(now -> Fault.BLIP);
        try (FirstStartLog log = new FirstStartLog()) {
            app = new RunningTollgate(Map.of());
            admin = new ConsoleClient(app.base());
            assertEquals(200, admin.loginAndEnrol("admin", log.consolePassword()).statusCode());
        }
        relay = new RelayAdmin(app);
    }

    @AfterAll
    static void stop() {
        app.close();
        keyed.close();
        failing.close();
    }

    private static String accountId(String name) {
        for (JsonNode account : RelayAdmin.read(app.admin("GET", "/admin/api/accounts", null).body()).get("data")) {
            if (account.get("name").asText().equals(name)) {
                return account.get("id").asText();
            }
        }
        throw new AssertionError("no account " + name);
    }

    @Test
    void anAccountAddedFromTheFormServesWithItsCredentialWhichNoPageOrReplyShowsAndAnEmptyFieldKeeps() {
        String form = admin.get("/console/accounts/new").body();
        for (String id : new String[] {"account-platform", "account-name", "account-base-url", "account-credential", "account-models",
                "account-quota", "account-weight"}) {
            assertTrue(form.contains("id=\"" + id + "\""), id);
        }
        Map<String, String> fields = new LinkedHashMap<>(Map.of("platform", "openai", "name", "formed", "base_url", keyed.baseUrl(),
                "credential", SECRET, "models", "formed-m", "daily_quota", "0", "weight", "0"));
        HttpResponse<String> refused = admin.submit("/console/accounts/new", "/console/accounts/new", fields);
        assertEquals(400, refused.statusCode());
        assertFalse(refused.body().contains(SECRET), "a refused form never shows the credential again");
        assertFalse(app.admin("GET", "/admin/api/accounts", null).body().contains("\"formed\""), "nothing was stored");

        fields.put("weight", "3");
        assertEquals(303, admin.submit("/console/accounts/new", "/console/accounts/new", fields).statusCode());
        String id = accountId("formed");
        JsonNode stored = RelayAdmin.read(app.admin("GET", "/admin/api/accounts/" + id, null).body());
        assertEquals(3, stored.get("weight").asInt());
        assertEquals(keyed.baseUrl(), stored.get("baseUrl").asText());
        relay.model("formed-m", "openai", "0", "0");
        RelayAdmin.Caller caller = relay.caller(new BigDecimal("10"));
        assertEquals(200, relay.chat(caller, "formed-m", false).statusCode());

        String edit = "/console/accounts/" + id + "/edit";
        assertFalse(admin.get(edit).body().contains(SECRET));
        assertEquals(303, admin.submit(edit, edit, Map.of("name", "formed-renamed", "base_url", keyed.baseUrl(), "credential", "",
                "models", "formed-m", "daily_quota", "0", "weight", "3", "options", "")).statusCode());
        HttpResponse<String> afterEdit = relay.chat(caller, "formed-m", false);
        assertEquals(200, afterEdit.statusCode(), "the stored credential still works: " + afterEdit.body());
        assertEquals(0, keyed.refused(), "no call went out with another key");
        for (String page : new String[] {"/console/accounts", edit, "/console/audit"}) {
            assertFalse(admin.get(page).body().contains(SECRET), page);
        }
        assertFalse(app.admin("GET", "/admin/api/accounts", null).body().contains(SECRET));
    }

    @Test
    void testingAnAccountShowsItsLatencyAndTheClassifiedErrorOfAFailingPlatform() {
        relay.account("failing", "openai", failing.baseUrl(), "failing-m");
        String id = accountId("failing");

        String page = admin.submit("/console/accounts", "/console/accounts/" + id + "/test", Map.of()).body();

        int row = page.indexOf("data-account=\"" + id + "\"");
        String cells = page.substring(row, page.indexOf("</tr>", row));
        assertTrue(cells.contains("button type=\"submit\" class=\"test-account\""), cells);
        Matcher result = LATENCY.matcher(cells);
        assertTrue(result.find(), cells);
        System.out.println("test of a failing account: " + result.group(1) + result.group(2) + " ms");
        assertTrue(result.group(1).contains("unreachable"), result.group(1));
        assertTrue(cells.contains("verdict-unreachable"), cells);

        String all = admin.submit("/console/accounts", "/console/accounts/test-model", Map.of("model", "failing-m")).body();
        assertTrue(all.substring(all.indexOf("data-account=\"" + id + "\"")).contains("test-result"), "every account of the model is tested");
        assertEquals(404, admin.submit("/console/accounts", "/console/accounts/test-model", Map.of("model", "nobody-serves")).statusCode());
    }

    @Test
    void aBatchDisablesEveryTickedAccountAndABadIdChangesNothing() {
        relay.account("batch-1", "openai", failing.baseUrl(), "batch-m");
        relay.account("batch-2", "openai", failing.baseUrl(), "batch-m");
        String one = accountId("batch-1");
        String two = accountId("batch-2");
        String csrf = ConsoleClient.csrf(admin.get("/console/accounts").body());

        assertEquals(400, admin.post("/console/accounts/batch", Map.of("csrf", csrf, "status", "disabled", "ids", "nope")).statusCode());
        assertEquals("enabled", RelayAdmin.read(app.admin("GET", "/admin/api/accounts/" + one, null).body()).get("status").asText());
        assertEquals(403, admin.post("/console/accounts/batch", Map.of("status", "disabled", "ids", one)).statusCode(), "no CSRF token");

        HttpResponse<String> done = admin.postRaw("/console/accounts/batch",
                "csrf=" + csrf + "&status=disabled&ids=" + one + "&ids=" + two);

        assertEquals(303, done.statusCode(), done.body());
        for (String id : new String[] {one, two}) {
            assertEquals("disabled", RelayAdmin.read(app.admin("GET", "/admin/api/accounts/" + id, null).body()).get("status").asText());
        }
    }

    @Test
    void anAdminDisablingAUsersOwnAccountIsANoticeOnTheirPageAndTheAdminNeverSeesItsKey() {
        OAuthUser bob = OAuthUser.create(app, "bob", "0");
        String own = bob.bindByKey("mock", "bob's own", "sk-bob-never-shown", 0);
        String accounts = admin.get("/console/accounts").body();
        assertFalse(accounts.contains("sk-bob-never-shown"));
        assertTrue(accounts.substring(accounts.indexOf("data-account=\"" + own + "\"")).contains("<td>bob</td>"), "owner by username");

        assertEquals(303, admin.submit("/console/accounts", "/console/accounts/" + own + "/status", Map.of("status", "disabled")).statusCode());

        ConsoleClient user = new ConsoleClient(app.base());
        assertEquals(303, user.submit("/me/login", "/me/login", Map.of("username", "bob", "password", "password123")).statusCode());
        String me = user.get("/me").body();
        assertTrue(me.contains("an admin set this account to disabled"), me);
        assertTrue(me.contains("bob&#39;s own") || me.contains("bob's own"), me);
    }
}
