package io.tollgate.adapter.http;

import io.javalin.testtools.JavalinTest;
import io.tollgate.domain.identity.User;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;


/** init → start → finish in the seed's shapes and in FastGPT's exact ones. */
class ShareAuthFlowTest {

    private final TestApp app = new TestApp();

    @Test
    void fastGptShapesShareOneUidAndFinishCharges() {
        User user = app.user("fastgpt-user", "password123", "100");
        String token = app.tokenFor(user);
        app.workflow("智能客服工作流", "2.5", null);
        JavalinTest.test(app.javalin(false), (server, client) -> {
            Calls calls = new Calls(client);
            Calls.Reply init = calls.post("/shareAuth/init", "{\"token\":\"" + token + "\"}");
            assertEquals(200, init.status());
            assertTrue(init.json().get("success").isBoolean() && init.json().get("success").asBoolean());
            String uid = init.json().at("/data/uid").asText();
            assertEquals(user.id().toString(), uid);

            Calls.Reply start = calls.post("/shareAuth/start", "{\"token\":\"" + token + "\",\"question\":\"你好\"}");
            assertEquals(uid, start.json().at("/data/uid").asText());

            Calls.Reply finish = calls.post("/shareAuth/finish", "{\"token\":\"" + token + "\",\"appName\":\"智能客服工作流\","
                    + "\"responseData\":[{\"moduleName\":\"AI对话\",\"totalPoints\":1.5278},"
                    + "{\"moduleName\":\"插件\",\"totalPoints\":2.5,\"pluginDetail\":[{\"totalPoints\":9.0}]}]}");
            assertEquals(200, finish.status(), finish.raw());
            assertEquals("10.0695", finish.json().at("/data/consumedAmount").decimalValue().toPlainString());
            assertEquals("89.9305", finish.json().at("/data/remainingBalance").decimalValue().toPlainString());
            assertTrue(finish.raw().contains("\"consumedAmount\":10.0695"), "written as a plain number: " + finish.raw());
        });
    }

    @Test
    void seedInitByPasswordFindsTheWorkflowFromTheReferer() {
        app.user("testuser", "password123", "100.5");
        app.workflow("智能客服工作流", "2.5", "https://cloud.fastgpt.io/chat/share?shareId=aWiVMYjiEToOjpOWzhIn3i1L");
        JavalinTest.test(app.javalin(false), (server, client) -> {
            Calls.Reply init = new Calls(client).post("/shareAuth/init", "{\"username\":\"testuser\",\"password\":\"password123\"}",
                    "Referer", "https://cloud.fastgpt.io/chat/share?shareId=aWiVMYjiEToOjpOWzhIn3i1L&authToken=old.jwt.here");
            assertEquals(200, init.status(), init.raw());
            assertEquals("testuser", init.json().at("/data/username").asText());
            assertEquals("2.5", init.json().at("/data/pointMultiplier").decimalValue().toPlainString());
            assertEquals("智能客服工作流", init.json().at("/data/workflowInfo/name").asText());
            String authToken = init.json().get("authToken").asText();
            assertEquals(3, authToken.split("\\.").length, "a JWT");
            assertTrue(app.jwt.verify(authToken).isPresent());
        });
    }

    @Test
    void fastGptPlaceholderTokenIsRefusedEverywhere() {
        String placeholder = "shareChat-1700000000000-abcdefghijklmnopqrstuvwx";
        JavalinTest.test(app.javalin(false), (server, client) -> {
            for (String path : new String[] {"/shareAuth/init", "/shareAuth/start", "/shareAuth/finish"}) {
                Calls.Reply reply = new Calls(client).post(path, "{\"token\":\"" + placeholder + "\",\"responseData\":[]}");
                assertEquals(401, reply.status(), path);
                assertEquals("fastgpt_placeholder_token", reply.json().get("code").asText());
            }
        });
    }

    @Test
    void anotherTurnOfAChatIsChargedAndTheSameTurnResentInAnotherKeyOrderIsNot() {
        User user = app.user("turns", "password123", "10");
        String token = app.tokenFor(user);
        JavalinTest.test(app.javalin(false), (server, client) -> {
            Calls calls = new Calls(client);
            Calls.Reply first = calls.post("/shareAuth/finish", "{\"token\":\"" + token + "\",\"chatId\":\"c\","
                    + "\"responseData\":[{\"moduleName\":\"AI\",\"totalPoints\":1}]}");
            Calls.Reply resent = calls.post("/shareAuth/finish", "{\"responseData\":[{\"totalPoints\":1, \"moduleName\":\"AI\"}],"
                    + " \"chatId\":\"c\", \"token\":\"" + token + "\"}");
            Calls.Reply next = calls.post("/shareAuth/finish", "{\"token\":\"" + token + "\",\"chatId\":\"c\","
                    + "\"responseData\":[{\"id\":\"run-2\",\"moduleName\":\"AI\",\"totalPoints\":1}]}");
            assertEquals(first.json().at("/data/consumptionId"), resent.json().at("/data/consumptionId"));
            assertNotEquals(first.json().at("/data/consumptionId"), next.json().at("/data/consumptionId"));
        });
        assertEquals("8", app.users.byId(user.id()).orElseThrow().balance().toString());
    }

    @Test
    void hugeNumbersInAFinishCostNoTimeWhetherTheyAreTotalsOrAnyOtherField() {
        User user = app.user("huge", "password123", "10");
        String token = app.tokenFor(user);
        JavalinTest.test(app.javalin(false), (server, client) -> {
            Calls calls = new Calls(client);
            long started = System.nanoTime();
            Calls.Reply total = calls.post("/shareAuth/finish", "{\"token\":\"" + token + "\",\"chatId\":\"c\","
                    + "\"responseData\":[{\"totalPoints\":1e10000000}]}");
            Calls.Reply elsewhere = calls.post("/shareAuth/finish", "{\"token\":\"" + token + "\",\"chatId\":\"c\","
                    + "\"responseData\":[{\"totalPoints\":1,\"runningTime\":1e10000000}]}");
            Calls.Reply tooLarge = calls.post("/shareAuth/finish", "{\"token\":\"" + token + "\",\"chatId\":\"c\","
                    + "\"responseData\":[{\"totalPoints\":1000000001}]}");
            long millis = (System.nanoTime() - started) / 1_000_000;
            assertEquals(400, total.status(), total.raw());
            assertEquals("invalid_request", total.json().get("code").asText());
            assertEquals(400, elsewhere.status(), elsewhere.raw());
            assertEquals(400, tooLarge.status(), tooLarge.raw());
            assertEquals("total_points_too_large", tooLarge.json().get("code").asText());
            assertTrue(millis < 1000, "answered in " + millis + " ms");
        });
        assertEquals("10", app.users.byId(user.id()).orElseThrow().balance().toString());
    }

    @Test
    void aChargeAboveTheLargestOneAFinishMayMakeIs400() {
        User user = app.user("costly", "password123", "10");
        app.workflow("贵", "1000000", null);
        JavalinTest.test(app.javalin(false), (server, client) -> {
            Calls.Reply reply = new Calls(client).post("/shareAuth/finish", "{\"token\":\"" + app.tokenFor(user)
                    + "\",\"appName\":\"贵\",\"responseData\":[{\"totalPoints\":1000000000}]}");
            assertEquals(400, reply.status(), reply.raw());
            assertEquals("charge_too_large", reply.json().get("code").asText());
        });
        assertEquals("10", app.users.byId(user.id()).orElseThrow().balance().toString());
    }

    @Test
    void theSamePayloadOrIdempotencyKeyIsChargedOnce() {
        User user = app.user("retry", "password123", "10");
        String token = app.tokenFor(user);
        JavalinTest.test(app.javalin(false), (server, client) -> {
            Calls calls = new Calls(client);
            String body = "{\"token\":\"" + token + "\",\"chatId\":\"chat-1\",\"responseData\":[{\"totalPoints\":1}]}";
            Calls.Reply first = calls.post("/shareAuth/finish", body);
            Calls.Reply again = calls.post("/shareAuth/finish", body);
            assertEquals(first.json().at("/data/consumptionId"), again.json().at("/data/consumptionId"));
            String keyed = "{\"token\":\"" + token + "\",\"responseData\":[{\"totalPoints\":2}]}";
            Calls.Reply k1 = calls.post("/shareAuth/finish", keyed, "Idempotency-Key", "abc");
            Calls.Reply k2 = calls.post("/shareAuth/finish", keyed, "Idempotency-Key", "abc");
            assertEquals(k1.json().at("/data/consumptionId"), k2.json().at("/data/consumptionId"));
        });
        assertEquals("7", app.users.byId(user.id()).orElseThrow().balance().toString());
    }

    @Test
    void legacyPlainTokenStillWorksForAllThreeCalls() {
        User user = app.user("legacy", "password123", "5");
        String plain = app.apis.admin().issueLegacyToken().issue(user.id()).orElseThrow();
        JavalinTest.test(app.javalin(false), (server, client) -> {
            Calls calls = new Calls(client);
            assertEquals(200, calls.post("/shareAuth/init", "{\"token\":\"" + plain + "\"}").status());
            assertEquals(200, calls.post("/shareAuth/start", "{\"token\":\"" + plain + "\"}").status());
            assertEquals(200, calls.post("/shareAuth/finish", "{\"token\":\"" + plain + "\",\"responseData\":[]}").status());
        });
    }

    @Test
    void aBodyOverTheLimitIs413AndChargesNothing() {
        User user = app.user("big", "password123", "5");
        String padding = "x".repeat((int) HttpSettings.DEFAULT_MAX_BODY_BYTES);
        JavalinTest.test(app.javalin(false), (server, client) -> {
            Calls.Reply reply = new Calls(client).post("/shareAuth/finish", "{\"token\":\"" + app.tokenFor(user)
                    + "\",\"responseData\":[{\"totalPoints\":1,\"query\":\"" + padding + "\"}]}");
            assertEquals(413, reply.status());
            assertFalse(reply.json().get("success").asBoolean());
        });
        assertEquals("5", app.users.byId(user.id()).orElseThrow().balance().toString());
    }
}
