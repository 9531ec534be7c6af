package io.tollgate.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Broken fields sent, with a valid session and CSRF token, to every form of the channels, models and groups pages:
 * each is a 4xx page, never a 500, and the admin API's view of accounts, models and users is unchanged afterwards.
 */
class ConsoleFormsMalformedTest {

    private static final List<String> BROKEN = List.of("", " ", "-1", "1e999", "9".repeat(40), "abc", "na\u0000me", "0.0000001",
            "[]", "{}", "x".repeat(5000), "openai=\u0000", "=", "nowhere=x", "1.5.5");

    @Test
    void brokenFieldsToEveryNewConsoleFormAreRefusedWithA4xxAndChangeNothing() {
        try (FirstStartLog log = new FirstStartLog(); RunningTollgate app = new RunningTollgate(Map.of())) {
            ConsoleClient admin = new ConsoleClient(app.base());
            assertEquals(200, admin.loginAndEnrol("admin", log.consolePassword()).statusCode());
            RelayAdmin relay = new RelayAdmin(app);
            String user = relay.caller(new java.math.BigDecimal("1")).id();
            String account = RelayAdmin.read(app.admin("GET", "/admin/api/accounts", null).body()).at("/data/0/id").asText();
            String before = stored(app);
            Map<String, Map<String, String>> forms = new TreeMap<>(Map.of(
                    "/console/accounts/new", Map.of("platform", "openai", "name", "n", "base_url", "https://api.openai.com/v1",
                            "credential", "sk-x", "models", "m", "daily_quota", "x", "weight", "1", "options", ""),
                    "/console/accounts/" + account + "/edit", Map.of("name", "n", "daily_quota", "1", "weight", "0", "models", "m"),
                    "/console/accounts/batch", Map.of("status", "disabled", "ids", "x"),
                    "/console/accounts/test-model", Map.of("model", ""),
                    "/console/models/new", Map.of("name", "m", "kind", "chat", "routes", "nowhere", "input_price", "1"),
                    "/console/models/mock-gpt/edit", Map.of("kind", "chat", "routes", "mock", "input_price", "-1", "enabled", "on"),
                    "/console/groups/ratio", Map.of("group", "default", "ratio", "0"),
                    "/console/users/" + user + "/group", Map.of("group", "vip", "ratio", "-2")));
            Map<String, String> badField = Map.of("/console/accounts/new", "daily_quota",
                    "/console/accounts/" + account + "/edit", "weight", "/console/accounts/batch", "ids",
                    "/console/models/new", "routes", "/console/models/mock-gpt/edit", "input_price", "/console/groups/ratio", "ratio",
                    "/console/users/" + user + "/group", "ratio");
            Random random = new Random(17);
            String csrf = ConsoleClient.csrf(admin.get("/console/accounts").body());
            Map<Integer, Integer> statuses = new TreeMap<>();
            int sent = 0;
            for (Map.Entry<String, Map<String, String>> form : forms.entrySet()) {
                // Each form carries one deliberately bad field; the random overwrite goes elsewhere so it cannot mend it.
                List<String> fields = form.getValue().keySet().stream().filter(f -> !f.equals(badField.get(form.getKey()))).toList();
                fields = fields.isEmpty() ? List.copyOf(form.getValue().keySet()) : fields;
                for (int i = 0; i < 40; i++) {
                    Map<String, String> broken = new LinkedHashMap<>(form.getValue());
                    broken.put(fields.get(random.nextInt(fields.size())), BROKEN.get(random.nextInt(BROKEN.size())));
                    broken.put("csrf", csrf);
                    HttpResponse<String> reply = admin.post(form.getKey(), broken);
                    statuses.merge(reply.statusCode(), 1, Integer::sum);
                    sent++;
                    assertTrue(reply.statusCode() >= 400 && reply.statusCode() < 500, form.getKey() + " " + broken.keySet() + " → "
                            + reply.statusCode());
                }
            }
            System.out.println("console forms: " + sent + " broken posts, statuses " + statuses);
            assertEquals(before, stored(app), "nothing stored changed");
        }
    }

    /** Accounts, models and users as the admin API shows them, minus what a call changes (breakers, last use). */
    private static String stored(RunningTollgate app) {
        return app.admin("GET", "/admin/api/accounts", null).body().replaceAll("\"breaker\":\\{[^}]*\\}", "")
                + app.admin("GET", "/admin/api/models", null).body() + app.admin("GET", "/admin/api/users", null).body();
    }
}
