package io.tollgate.adapter.http;

import io.javalin.testtools.JavalinTest;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;


class AdminApiTest {

    private final TestApp app = new TestApp();

    @Test
    void everyAdminRouteNeedsTheAdminToken() {
        JavalinTest.test(app.javalin(false), (server, client) -> {
            Calls calls = new Calls(client);
            Calls.Reply none = calls.send("/admin/api/users", "GET", null);
            Calls.Reply wrong = calls.send("/admin/api/users", "POST", "{\"username\":\"x\",\"password\":\"password123\"}",
                    "Authorization", "Bearer " + TestApp.ADMIN_TOKEN + "x");
            assertEquals(401, none.status());
            assertEquals("unauthorized", none.json().at("/error/code").asText());
            assertEquals(401, wrong.status());
            assertTrue(app.users.list("", 0, 10).isEmpty(), "nothing created without the token");
        });
    }

    @Test
    void usersAreCreatedToppedUpAdjustedAndDisabled() {
        JavalinTest.test(app.javalin(false), (server, client) -> {
            Calls calls = new Calls(client);
            Calls.Reply created = calls.admin("POST", "/admin/api/users", "{\"username\":\"alice\",\"password\":\"password123\",\"balance\":100}");
            assertEquals(201, created.status(), created.raw());
            assertEquals("100", created.json().get("balance").decimalValue().toPlainString());
            assertEquals("active", created.json().get("status").asText());
            String id = created.json().get("id").asText();

            assertEquals(409, calls.admin("POST", "/admin/api/users", "{\"username\":\"alice\",\"password\":\"password123\"}").status());
            Calls.Reply topUp = calls.admin("POST", "/admin/api/users/" + id + "/balance", "{\"amount\":0.5,\"reason\":\"promo\"}");
            assertEquals("100.5", topUp.json().get("balance").decimalValue().toPlainString());
            Calls.Reply overdraw = calls.admin("POST", "/admin/api/users/" + id + "/balance", "{\"amount\":-200,\"reason\":\"fix\"}");
            assertEquals(409, overdraw.status());
            assertEquals("would_overdraw", overdraw.json().at("/error/code").asText());
            assertEquals(400, calls.admin("POST", "/admin/api/users/" + id + "/balance", "{\"amount\":-1}").status(), "a reason is required");

            Calls.Reply ledger = calls.admin("GET", "/admin/api/users/" + id + "/ledger", null);
            assertEquals(2, ledger.json().get("data").size());
            assertEquals("promo", ledger.json().at("/data/0/reason").asText());
            assertEquals("100.5", ledger.json().at("/data/0/balanceAfter").decimalValue().toPlainString());

            Calls.Reply disabled = calls.admin("PATCH", "/admin/api/users/" + id, "{\"status\":\"disabled\"}");
            assertEquals("disabled", disabled.json().get("status").asText());
            assertEquals(1, calls.admin("GET", "/admin/api/users?q=ali", null).json().get("data").size());
        });
    }

    @Test
    void badInputIsA400ThatNamesTheField() {
        JavalinTest.test(app.javalin(false), (server, client) -> {
            Calls calls = new Calls(client);
            String[][] cases = {
                {"POST", "/admin/api/users", "{\"username\":\"bob\",\"password\":\"short\"}"},
                {"POST", "/admin/api/users", "{\"username\":\"bob\",\"password\":\"password123\",\"balance\":\"lots\"}"},
                {"POST", "/admin/api/users", "{\"username\":\"bob\",\"password\":\"password123\",\"balance\":0.0000001}"},
                {"POST", "/admin/api/users", "{\"username\":\"bob\",\"password\":\"password123\",\"balance\":-5}"},
                {"POST", "/admin/api/users", "{\"username\":\" \",\"password\":\"password123\"}"},
                {"POST", "/admin/api/users", "[1,2]"},
                {"POST", "/admin/api/users", "{"},
                {"PATCH", "/admin/api/users/not-an-id", "{\"status\":\"disabled\"}"},
                {"GET", "/admin/api/users?limit=100000", null},
                {"POST", "/admin/api/workflows", "{\"name\":\"w\",\"pointMultiplier\":0}"},
                {"POST", "/admin/api/workflows", "{\"name\":\"w\",\"noLoginUrl\":\"not a url\"}"},
                {"PUT", "/admin/api/sensitive-words", "{\"words\":[1]}"},
                {"GET", "/admin/api/consumptions?userId=nope", null},
            };
            for (String[] c : cases) {
                Calls.Reply reply = calls.admin(c[0], c[1], c[2]);
                assertEquals(400, reply.status(), String.join(" ", c) + " → " + reply.raw());
                assertEquals("invalid_request", reply.json().at("/error/code").asText());
            }
            assertTrue(app.users.list("", 0, 10).isEmpty());
        });
    }

    @Test
    void workflowsAndSensitiveWordsAreManaged() {
        JavalinTest.test(app.javalin(false), (server, client) -> {
            Calls calls = new Calls(client);
            Calls.Reply created = calls.admin("POST", "/admin/api/workflows",
                    "{\"name\":\"智能客服工作流\",\"pointMultiplier\":2.5,\"noLoginUrl\":\"https://x.io/chat/share?shareId=1&authToken=t\"}");
            assertEquals(201, created.status(), created.raw());
            assertEquals("https://x.io/chat/share?shareId=1", created.json().get("noLoginUrl").asText());
            assertEquals(409, calls.admin("POST", "/admin/api/workflows", "{\"name\":\"智能客服工作流\"}").status());
            String id = created.json().get("id").asText();
            Calls.Reply edited = calls.admin("PATCH", "/admin/api/workflows/" + id, "{\"pointMultiplier\":1.2}");
            assertEquals("1.2", edited.json().get("pointMultiplier").decimalValue().toPlainString());
            assertEquals("智能客服工作流", edited.json().get("name").asText());

            calls.admin("PUT", "/admin/api/sensitive-words", "{\"words\":[\" 赌博 \",\"赌博\",\"\",\"casino\"]}");
            assertEquals("[\"赌博\",\"casino\"]", calls.admin("GET", "/admin/api/sensitive-words", null).json().get("words").toString());
            assertEquals(404, calls.admin("GET", "/admin/api/nothing-here", null).status());
        });
    }
}
