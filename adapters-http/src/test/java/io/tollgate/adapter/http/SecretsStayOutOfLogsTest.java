package io.tollgate.adapter.http;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.javalin.testtools.JavalinTest;
import io.tollgate.domain.identity.User;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;


/** Runs every ShareAuth call with real secrets and checks that none of them reaches the log whole. */
class SecretsStayOutOfLogsTest {

    @Test
    void passwordsTokensAndPlainTokensAreMasked() {
        TestApp app = new TestApp();
        String password = "s3cret-Password-for-log-test";
        User user = app.user("logged", password, "50");
        String jwt = app.tokenFor(user);
        String plain = app.apis.admin().issueLegacyToken().issue(user.id()).orElseThrow();
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ListAppender<ILoggingEvent> captured = new ListAppender<>();
        captured.start();
        root.addAppender(captured);
        String[] issued = new String[1];
        try {
            JavalinTest.test(app.javalin(false), (server, client) -> {
                Calls calls = new Calls(client);
                issued[0] = calls.post("/shareAuth/init", "{\"username\":\"logged\",\"password\":\"" + password + "\"}",
                        "Referer", "https://x.io/chat/share?shareId=1&authToken=" + jwt).json().get("authToken").asText();
                calls.post("/shareAuth/init", "{\"username\":\"logged\",\"password\":\"" + password + "x\"}");
                calls.post("/shareAuth/init", "{\"token\":\"" + plain + "\"}");
                calls.post("/shareAuth/start", "{\"token\":\"" + jwt + "\",\"question\":\"hi\"}");
                calls.post("/shareAuth/finish", "{\"token\":\"" + jwt + "\",\"responseData\":[{\"totalPoints\":1}]}");
                calls.send("/admin/api/users", "GET", null, "Authorization", "Bearer " + TestApp.ADMIN_TOKEN);
            });
        } finally {
            root.detachAppender(captured);
        }
        StringBuilder log = new StringBuilder();
        captured.list.forEach(event -> log.append(event.getFormattedMessage()).append('\n'));
        assertTrue(log.toString().contains("=== ShareAuth Finish 接口调用 ==="), "the blocks were captured");
        for (String secret : new String[] {password, jwt, issued[0], plain, TestApp.ADMIN_TOKEN}) {
            assertFalse(log.toString().contains(secret), "a secret reached the log: " + secret.substring(0, 6) + "…");
        }
    }
}
