package io.tollgate.boot;

import static io.tollgate.boot.FakePlatform.completion;
import static io.tollgate.boot.FakePlatform.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Calls sharing a prompt prefix (system prompt and first message) go to the account that served the last one while
 * it answers, over two accounts equal in weight and quota; they move when it fails; different prefixes spread.
 */
class StickyRoutingTest {

    private static final String SYSTEM = "You are a coding agent. " + "Follow the repository's conventions. ".repeat(80);
    private static final FakePlatform.Answer DOWN = json(500, "{\"error\":{\"message\":\"server error\",\"type\":\"server_error\"}}");

    private final AtomicBoolean aDown = new AtomicBoolean();
    private final AtomicBoolean bDown = new AtomicBoolean();
    private FakePlatform platform;
    private RunningTollgate tg;
    private RelayAdmin.Caller caller;

    @BeforeEach
    void start() throws Exception {
        platform = new FakePlatform(Map.of(
                "a", exchange -> (aDown.get() ? DOWN : completion("from a")).send(exchange),
                "b", exchange -> (bDown.get() ? DOWN : completion("from b")).send(exchange)));
        tg = new RunningTollgate(Map.of());
        RelayAdmin admin = new RelayAdmin(tg);
        admin.model("agent-model", "openai", "1", "1");
        admin.account("a", "openai", platform.baseUrl("a"), "agent-model");
        admin.account("b", "openai", platform.baseUrl("b"), "agent-model");
        caller = admin.caller(BigDecimal.valueOf(100));
    }

    @AfterEach
    void stop() {
        tg.close();
        platform.close();
    }

    private void call(String firstMessage, int turn) {
        HttpResponse<String> reply = tg.post("/v1/chat/completions", "{\"model\":\"agent-model\",\"messages\":["
                + "{\"role\":\"system\",\"content\":\"" + SYSTEM + "\"},{\"role\":\"user\",\"content\":\"" + firstMessage + "\"},"
                + "{\"role\":\"assistant\",\"content\":\"done\"},{\"role\":\"user\",\"content\":\"turn " + turn + "\"}]}",
                "Authorization", "Bearer " + caller.key());
        assertEquals(200, reply.statusCode(), reply.body());
    }

    @Test
    void onePrefixStaysOnOneAccountWhileItAnswersAndMovesWhenItFails() {
        for (int turn = 0; turn < 20; turn++) {
            call("Refactor the billing module.", turn);
        }
        int a = platform.calls("a");
        int b = platform.calls("b");
        System.out.println("sticky routing, one prefix, both healthy: a=" + a + " b=" + b);
        assertTrue(a == 20 && b == 0 || a == 0 && b == 20, "one account served all 20: a=" + a + " b=" + b);

        boolean wasA = a == 20;
        (wasA ? aDown : bDown).set(true);
        for (int turn = 20; turn < 40; turn++) {
            call("Refactor the billing module.", turn);
        }
        int failedAttempts = platform.calls(wasA ? "a" : "b") - 20;
        int moved = platform.calls(wasA ? "b" : "a");
        System.out.println("sticky routing, after the serving account turned to 500: " + failedAttempts
                + " attempt(s) on the failing account, " + moved + " calls served by the other");
        assertEquals(20, moved, "every later call was served by the other account");
        assertTrue(failedAttempts <= 1, "after the first failure the prefix sticks to the other account: " + failedAttempts);
    }

    @Test
    void differentPrefixesSpreadOverBothAccounts() {
        for (int conversation = 0; conversation < 20; conversation++) {
            call("Task number " + conversation + ".", 0);
        }
        int a = platform.calls("a");
        int b = platform.calls("b");
        System.out.println("sticky routing, 20 different prefixes: a=" + a + " b=" + b);
        assertEquals(20, a + b);
        assertTrue(a >= 5 && b >= 5, "the usual quota-aware choice spreads them: a=" + a + " b=" + b);
    }
}
