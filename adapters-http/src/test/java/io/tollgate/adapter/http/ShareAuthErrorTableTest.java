package io.tollgate.adapter.http;

import io.javalin.testtools.JavalinTest;
import io.tollgate.domain.identity.User;
import io.tollgate.domain.identity.UserStatus;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;


/** Every row of the seed's 业务错误码 table, with the seed's status and the exact message. */
class ShareAuthErrorTableTest {

    private final TestApp app = new TestApp();

    private void expect(boolean fastGpt, int status, String message, String path, String body) {
        JavalinTest.test(app.javalin(fastGpt), (server, client) -> {
            Calls.Reply reply = new Calls(client).post(path, body);
            assertEquals(fastGpt ? 200 : status, reply.status(), reply.raw());
            assertFalse(reply.json().get("success").asBoolean(), reply.raw());
            assertEquals(message, reply.json().get("message").asText());
        });
    }

    private void expectBothModes(int status, String message, String path, String body) {
        expect(false, status, message, path, body);
        expect(true, status, message, path, body);
    }

    @Test
    void missingTokenOnStartAndFinishIs400() {
        expectBothModes(400, "缺少token参数", "/shareAuth/start", "{\"question\":\"你好\"}");
        expectBothModes(400, "缺少token参数", "/shareAuth/finish", "{\"responseData\":[]}");
    }

    @Test
    void invalidTokenIs401() {
        expectBothModes(401, "身份验证失败，无效的token", "/shareAuth/start", "{\"token\":\"a.b.c\"}");
        expectBothModes(401, "身份验证失败，无效的token", "/shareAuth/init", "{\"token\":\"not-a-known-plain-token\"}");
    }

    @Test
    void wrongUsernameOrPasswordIs401() {
        app.user("alice", "correct horse", "1");
        expectBothModes(401, "用户名或密码错误", "/shareAuth/init", "{\"username\":\"alice\",\"password\":\"wrong horse\"}");
        expectBothModes(401, "用户名或密码错误", "/shareAuth/init", "{\"username\":\"nobody\",\"password\":\"wrong horse\"}");
    }

    @Test
    void noCredentialsAtAllIs400() {
        expectBothModes(400, "缺少认证参数", "/shareAuth/init", "{}");
        expectBothModes(400, "缺少认证参数", "/shareAuth/init", "{\"username\":\"alice\"}");
    }

    @Test
    void tokenOfAUserWhoIsGoneIs404() {
        User gone = app.user("ghost", "password123", "5");
        String token = app.tokenFor(gone);
        app.users.remove(gone.id());
        expectBothModes(404, "用户不存在", "/shareAuth/start", "{\"token\":\"" + token + "\"}");
    }

    @Test
    void startWithZeroBalanceIs402() {
        User broke = app.user("broke", "password123", "0");
        expectBothModes(402, "余额不足，请充值后再使用", "/shareAuth/start", "{\"token\":\"" + app.tokenFor(broke) + "\",\"question\":\"hi\"}");
    }

    @Test
    void questionWithSensitiveWordIs403() {
        User user = app.user("carol", "password123", "10");
        expectBothModes(403, "内容包含敏感词，请重新输入", "/shareAuth/start", "{\"token\":\"" + app.tokenFor(user) + "\",\"question\":\"我想赌 博\"}");
    }

    @Test
    void finishBeyondTheBalanceIs402() {
        User user = app.user("dave", "password123", "1");
        expectBothModes(402, "余额不足，无法完成消费", "/shareAuth/finish",
                "{\"token\":\"" + app.tokenFor(user) + "\",\"responseData\":[{\"totalPoints\":1.5}]}");
    }

    @Test
    void disabledUserIs403() {
        User user = app.user("erin", "password123", "10");
        app.users.changeStatus(user.id(), UserStatus.DISABLED);
        expectBothModes(403, "用户已被禁用，请联系管理员", "/shareAuth/start", "{\"token\":\"" + app.tokenFor(user) + "\"}");
    }

    @Test
    void malformedBodyIs400() {
        expectBothModes(400, "请求参数错误: 请求体必须是JSON对象", "/shareAuth/init", "{not json");
        User user = app.user("frank", "password123", "10");
        expectBothModes(400, "请求参数错误: responseData 必须是数组", "/shareAuth/finish", "{\"token\":\"" + app.tokenFor(user) + "\"}");
        expectBothModes(400, "请求参数错误: totalPoints 必须是非负数", "/shareAuth/finish",
                "{\"token\":\"" + app.tokenFor(user) + "\",\"responseData\":[{\"totalPoints\":-1}]}");
    }

    @Test
    void internalFaultIs500WithServerErrorMessage() {
        User user = app.user("gina", "password123", "10");
        String body = "{\"token\":\"" + app.tokenFor(user) + "\",\"responseData\":[{\"totalPoints\":1}]}";
        for (boolean fastGpt : new boolean[] {false, true}) {
            JavalinTest.test(app.javalinWithFailingDatabase(fastGpt), (server, client) -> {
                Calls.Reply reply = new Calls(client).post("/shareAuth/finish", body);
                assertEquals(fastGpt ? 200 : 500, reply.status(), reply.raw());
                assertEquals("服务器错误", reply.json().get("message").asText());
                assertFalse(reply.raw().contains("Exception"), "no stack trace or exception name: " + reply.raw());
            });
        }
    }
}
