package io.tollgate.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The admin accounts page over HTTP: credential expiry, a real check, edit, an account's calls; CSRF and bad input. */
class AdminAccountPagesTest {

    private static final Pattern POOLED = Pattern.compile(
            "data-account=\"([^\"]+)\">\\s*<td><input[^>]*></td>\\s*<td>[^<]*</td>\\s*<td>[^<]*</td>\\s*<td>system pool</td>");
    private static final Pattern APPROVE = Pattern.compile("id=\"approve\" href=\"([^\"]+)\"");
    private static final String MISSING = "00000000-0000-0000-0000-000000000000";

    private static RunningTollgate app;
    private static ConsoleClient admin;
    private static OAuthUser alice;
    private static String pooled;
    private static String authorized;
    private static String keyed;

    @BeforeAll
    static void start() {
        try (FirstStartLog log = new FirstStartLog()) {
            app = RunningTollgate.onKnownPort(Map.of());
            admin = new ConsoleClient(app.base());
            assertEquals(200, admin.loginAndEnrol("admin", log.consolePassword()).statusCode());
        }
        alice = OAuthUser.create(app, "alice", "0");
        authorized = bindThroughTheBuiltInMockOAuth();
        keyed = alice.bindByKey("mock", "alice's key", "sk-never-shown-4242", 1000);
        Matcher pool = POOLED.matcher(admin.get("/console/accounts").body());
        assertTrue(pool.find(), "the built-in mock account of the system pool is listed");
        pooled = pool.group(1);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private static String bindThroughTheBuiltInMockOAuth() {
        JsonNode started = alice.json("POST", "/api/v1/oauth/accounts/authorize", "{\"platform\":\"mock\",\"account_name\":\"authorized\"}", 200);
        Matcher approve = APPROVE.matcher(app.get(started.get("authorization_url").asText()).body());
        assertTrue(approve.find());
        assertEquals(200, app.get(approve.group(1).replace("&amp;", "&")).statusCode());
        return alice.json("GET", "/api/v1/oauth/accounts?platform=mock", null, 200).at("/data/0/id").asText();
    }

    private static String row(String page, String accountId) {
        int start = page.indexOf("data-account=\"" + accountId + "\"");
        assertTrue(start >= 0, "no row for " + accountId);
        return page.substring(start, page.indexOf("</tr>", start));
    }

    @Test
    void anAuthorizedAccountShowsWhenItsCredentialExpiresAndAPastedKeyHasNoExpiry() {
        String expires = alice.account(authorized).get("credential_expires_at").asText();
        String page = admin.get("/console/accounts").body();

        // shown in the operator's zone and the reader's format: the expiry's year is there, the dash of "none" is not
        assertTrue(row(page, authorized).contains(expires.substring(0, 4)) && !row(page, authorized).contains("<td>—</td>"),
                row(page, authorized));
        assertTrue(row(page, keyed).contains("<td>—</td>"), row(page, keyed));
        assertFalse(page.contains("sk-never-shown-4242"));
    }

    @Test
    void checkingASystemPoolAccountCallsItsPlatformAndIsAudited() {
        HttpResponse<String> checked = admin.submit("/console/accounts", "/console/accounts/" + pooled + "/check", Map.of());

        assertEquals(200, checked.statusCode(), checked.body());
        assertTrue(checked.body().contains(": valid — the platform answered"), checked.body());
        assertTrue(admin.get("/console/audit").body().contains("check-account"));
        assertEquals(200, admin.submit("/console/accounts", "/console/accounts/" + authorized + "/check", Map.of()).statusCode(),
                "an account a user bound is checked too");
    }

    @Test
    void editingAnAccountChangesItsNameQuotaAndWeightAndIsAudited() {
        String form = admin.get("/console/accounts/" + keyed + "/edit").body();
        assertTrue(form.contains("value=\"1000\""), form);
        assertFalse(form.contains("sk-never-shown-4242"));

        HttpResponse<String> saved = admin.submit("/console/accounts/" + keyed + "/edit", "/console/accounts/" + keyed + "/edit",
                Map.of("name", "renamed <b>", "daily_quota", "5000", "weight", "7"));

        assertEquals(303, saved.statusCode(), saved.body());
        assertTrue(row(admin.get("/console/accounts").body(), keyed).contains("renamed &lt;b&gt;"));
        assertEquals(5000, alice.account(keyed).at("/quota/daily").asLong());
        String audit = admin.get("/console/audit").body();
        assertTrue(audit.contains("edit-account") && audit.contains("dailyTokenQuota: 1000 → 5000, weight: 1 → 7"), audit);
    }

    @Test
    void badInputIsA4xxAndChangesNothing() {
        String edit = "/console/accounts/" + pooled + "/edit";
        for (Map<String, String> bad : new Map[] {Map.of("name", "x", "daily_quota", "lots", "weight", "1"),
                Map.of("name", "x", "daily_quota", "-1", "weight", "1"), Map.of("name", "x", "daily_quota", "1", "weight", "0"),
                Map.of("name", "x", "daily_quota", "1", "weight", "5000"), Map.of("name", " ", "daily_quota", "1", "weight", "1"),
                Map.of("name", "n".repeat(101), "daily_quota", "1", "weight", "1"), Map.of("name", "x")}) {
            HttpResponse<String> reply = admin.submit(edit, edit, bad);
            assertEquals(400, reply.statusCode(), bad + " " + reply.body());
        }
        assertFalse(admin.get("/console/accounts").body().contains("<td>x</td>"), "nothing was renamed");
        for (String path : new String[] {"/console/accounts/" + MISSING + "/edit", "/console/accounts/" + MISSING + "/usage",
                "/console/accounts/not-an-id/usage"}) {
            assertEquals(404, admin.get(path).statusCode(), path);
        }
        assertEquals(404, admin.submit("/console/accounts", "/console/accounts/" + MISSING + "/check", Map.of()).statusCode());
        assertEquals(404, admin.submit("/console/accounts", "/console/accounts/" + MISSING + "/edit",
                Map.of("name", "x", "daily_quota", "1", "weight", "1")).statusCode());
        assertEquals(200, admin.get("/console/accounts/" + pooled + "/usage?offset=abc").statusCode());
    }

    @Test
    void everyDoorWordsTheQuotaAndWeightRulesAlike() {
        String quotaRule = io.tollgate.domain.account.AccountLimits.QUOTA_RULE;
        String weightRule = io.tollgate.domain.account.AccountLimits.WEIGHT_RULE;
        String edit = "/console/accounts/" + pooled + "/edit";
        HttpResponse<String> console = admin.submit(edit, edit, Map.of("name", "x", "daily_quota", "-1", "weight", "1"));
        HttpResponse<String> consoleWeight = admin.submit(edit, edit, Map.of("name", "x", "daily_quota", "1", "weight", "0"));
        HttpResponse<String> adminApi = app.admin("PATCH", "/admin/api/accounts/" + pooled, "{\"dailyTokenQuota\":-1}");
        HttpResponse<String> adminWeight = app.admin("PATCH", "/admin/api/accounts/" + pooled, "{\"weight\":0}");
        HttpResponse<String> userApi = alice.call("PATCH", "/api/v1/oauth/accounts/" + keyed, "{\"daily_quota\":-1}");
        HttpResponse<String> userBind = alice.call("POST", "/api/v1/oauth/accounts",
                "{\"platform\":\"mock\",\"account_name\":\"n\",\"api_key\":\"sk-x\",\"daily_quota\":1.5}");

        for (HttpResponse<String> reply : List.of(console, adminApi, userApi, userBind)) {
            assertEquals(400, reply.statusCode(), reply.body());
            assertTrue(reply.body().contains(quotaRule), reply.body());
        }
        for (HttpResponse<String> reply : List.of(consoleWeight, adminWeight)) {
            assertEquals(400, reply.statusCode(), reply.body());
            assertTrue(reply.body().contains(weightRule), reply.body());
        }
    }

    @Test
    void everyNewFormPostWithoutTheCsrfTokenIsRefused() {
        for (String action : new String[] {"/check", "/edit"}) {
            HttpResponse<String> reply = admin.post("/console/accounts/" + pooled + action,
                    Map.of("name", "forged", "daily_quota", "1", "weight", "1"));
            assertEquals(403, reply.statusCode(), action);
        }
        assertFalse(admin.get("/console/accounts").body().contains("forged"));
    }

    @Test
    void anAccountsCallsAreListedNewestFirstWithoutItsCredentialOrPrompts() {
        String used = alice.bindByKey("mock", "used", "sk-never-shown-4242", 0);
        for (int i = 0; i < 3; i++) {
            assertEquals(200, alice.chat(used, null).statusCode());
        }

        String page = admin.get("/console/accounts/" + used + "/usage").body();

        assertEquals(3, page.split("<tr><td>").length - 1, page);
        assertTrue(page.contains("<a href=\"/console/users/") && page.contains(">alice</a>"), "each call names its caller: " + page);
        assertFalse(page.contains("sk-never-shown-4242") || page.contains("你好"), "no credential, no prompt");
        assertTrue(admin.get("/console/accounts/" + keyed + "/usage").body().contains("No calls on"));
        assertTrue(row(admin.get("/console/accounts").body(), used).contains("/console/accounts/" + used + "/usage"));
    }
}
