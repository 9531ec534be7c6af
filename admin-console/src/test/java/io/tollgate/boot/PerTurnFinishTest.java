package io.tollgate.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * FastGPT sends one finish per turn, every turn of a conversation with the same chatId: each turn is charged,
 * a resent finish (same Idempotency-Key, or same chatId and node-response ids) is not, and bad input is a 400.
 * Over HTTP, on PostgreSQL.
 */
class PerTurnFinishTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static RunningTollgate tg;

    @BeforeAll
    static void start() {
        tg = new RunningTollgate(Map.of());
    }

    @AfterAll
    static void stop() {
        tg.close();
    }

    /** A user with this balance, and the share token FastGPT would send for them. */
    private static Caller caller(String name, String balance) {
        String id = json(tg.admin("POST", "/admin/api/users",
                "{\"username\":\"" + name + "\",\"password\":\"password123\",\"balance\":" + balance + "}")).get("id").asText();
        String token = json(tg.post("/shareAuth/init", "{\"username\":\"" + name + "\",\"password\":\"password123\"}"))
                .get("authToken").asText();
        return new Caller(id, token);
    }

    private record Caller(String id, String token) {

        String turn(String chatId, String nodeId, String points) {
            return "{\"token\":\"" + token + "\",\"appName\":\"客服\",\"chatId\":\"" + chatId + "\",\"responseData\":["
                    + "{\"id\":\"" + nodeId + "\",\"nodeId\":\"ai\",\"moduleName\":\"AI对话\",\"totalPoints\":" + points + "}]}";
        }

        BigDecimal balance() {
            for (JsonNode user : json(tg.admin("GET", "/admin/api/users?limit=500", null)).get("data")) {
                if (user.get("id").asText().equals(id)) {
                    return user.get("balance").decimalValue();
                }
            }
            throw new AssertionError("no user " + id);
        }

        int consumptions() {
            return json(tg.admin("GET", "/admin/api/consumptions?userId=" + id + "&limit=500", null)).get("data").size();
        }
    }

    private static JsonNode json(HttpResponse<String> reply) {
        try {
            return JSON.readTree(reply.body());
        } catch (java.io.IOException notJson) {
            throw new AssertionError("not JSON: " + reply.body(), notJson);
        }
    }

    private static String consumptionId(HttpResponse<String> reply) {
        assertEquals(200, reply.statusCode(), reply.body());
        return json(reply).at("/data/consumptionId").asText();
    }

    @Test
    void twoTurnsOfOneConversationWithDifferentNodeIdsAreBothCharged() {
        Caller alice = caller("turns", "10");

        String first = consumptionId(tg.post("/shareAuth/finish", alice.turn("chat-7", "node-run-1", "1.5")));
        String second = consumptionId(tg.post("/shareAuth/finish", alice.turn("chat-7", "node-run-2", "2")));

        assertNotEquals(first, second);
        assertEquals(0, new BigDecimal("6.5").compareTo(alice.balance()), "charged 1.5 and 2: " + alice.balance());
        assertEquals(2, alice.consumptions());
    }

    @Test
    void theSamePayloadSentTwiceIsChargedOnce() {
        Caller bob = caller("resent", "10");
        String body = bob.turn("chat-1", "node-run-1", "1.5");

        String first = consumptionId(tg.post("/shareAuth/finish", body));
        String again = consumptionId(tg.post("/shareAuth/finish", body));

        assertEquals(first, again);
        assertEquals(0, new BigDecimal("8.5").compareTo(bob.balance()), bob.balance().toPlainString());
        assertEquals(1, bob.consumptions());
    }

    @Test
    void anIdenticalBodyWithoutNodeIdsIsChargedOnceAndAnotherTurnOfItsChatAgain() {
        Caller carol = caller("no-ids", "10");
        String turn = "{\"token\":\"" + carol.token() + "\",\"chatId\":\"chat-1\",\"responseData\":[{\"totalPoints\":1}]}";
        String next = "{\"token\":\"" + carol.token() + "\",\"chatId\":\"chat-1\",\"responseData\":[{\"totalPoints\":2}]}";

        String first = consumptionId(tg.post("/shareAuth/finish", turn));
        assertEquals(first, consumptionId(tg.post("/shareAuth/finish", turn)));
        assertNotEquals(first, consumptionId(tg.post("/shareAuth/finish", next)));

        assertEquals(0, new BigDecimal("7").compareTo(carol.balance()), carol.balance().toPlainString());
    }

    @Test
    void theSameIdempotencyKeyIsChargedOnceEvenWithAnotherBody() {
        Caller dave = caller("keyed", "10");

        String first = consumptionId(tg.post("/shareAuth/finish", dave.turn("chat-1", "node-run-1", "1"),
                "Idempotency-Key", "turn-42"));
        String again = consumptionId(tg.post("/shareAuth/finish", dave.turn("chat-1", "node-run-2", "3"),
                "Idempotency-Key", "turn-42"));

        assertEquals(first, again);
        assertEquals(0, new BigDecimal("9").compareTo(dave.balance()), dave.balance().toPlainString());
        assertEquals(1, dave.consumptions());
    }

    @Test
    void aFinishAtZeroPointsSentFirstDoesNotMakeTheRealTurnFree() {
        Caller erin = caller("pre-empt", "10");
        consumptionId(tg.post("/shareAuth/finish", erin.turn("chat-9", "guessed", "0")));

        consumptionId(tg.post("/shareAuth/finish", erin.turn("chat-9", "node-run-1", "4")));

        assertEquals(0, new BigDecimal("6").compareTo(erin.balance()), erin.balance().toPlainString());
    }

    @Test
    void aNulCharacterInChatIdOrAppNameIs400AndStoresNothing() {
        Caller frank = caller("nul", "10");
        String inChatId = "{\"token\":\"" + frank.token() + "\",\"chatId\":\"c\\u0000d\",\"responseData\":[{\"totalPoints\":1}]}";
        String inAppName = "{\"token\":\"" + frank.token() + "\",\"appName\":\"a\\u0000b\",\"responseData\":[{\"totalPoints\":1}]}";

        for (String body : new String[] {inChatId, inAppName}) {
            HttpResponse<String> reply = tg.post("/shareAuth/finish", body);
            assertEquals(400, reply.statusCode(), reply.body());
            assertEquals("invalid_request", json(reply).get("code").asText(), reply.body());
            assertTrue(json(reply).get("message").asText().contains("NUL"), reply.body());
        }

        assertEquals(0, new BigDecimal("10").compareTo(frank.balance()));
        assertEquals(0, frank.consumptions());
    }

    @Test
    void totalPointsBeyondTheMaximumIs400AndChargesNothing() {
        Caller grace = caller("huge", "10");
        String perItem = grace.turn("chat-1", "n1", "9.3e12");
        String perFinish = "{\"token\":\"" + grace.token() + "\",\"chatId\":\"chat-2\",\"responseData\":["
                + "{\"id\":\"a\",\"totalPoints\":600000000},{\"id\":\"b\",\"totalPoints\":600000000}]}";

        for (String body : new String[] {perItem, perFinish}) {
            HttpResponse<String> reply = tg.post("/shareAuth/finish", body);
            assertEquals(400, reply.statusCode(), reply.body());
            assertEquals("total_points_too_large", json(reply).get("code").asText(), reply.body());
        }
        assertEquals(200, tg.post("/shareAuth/finish", grace.turn("chat-3", "n1", "1e-6")).statusCode(),
                "a tiny total is fine");

        assertEquals(0, new BigDecimal("9.999999").compareTo(grace.balance()), grace.balance().toPlainString());
    }

    @Test
    void anIdempotencyKeyTooLongOrWithControlCharactersIs400() {
        Caller heidi = caller("bad-key", "10");
        String body = heidi.turn("chat-1", "n1", "1");

        for (String key : new String[] {"k".repeat(201), "a\tb"}) {
            HttpResponse<String> reply = tg.post("/shareAuth/finish", body, "Idempotency-Key", key);
            assertEquals(400, reply.statusCode(), reply.body());
            assertTrue(json(reply).get("message").asText().contains("Idempotency-Key"), reply.body());
        }

        assertEquals(0, new BigDecimal("10").compareTo(heidi.balance()));
    }
}
