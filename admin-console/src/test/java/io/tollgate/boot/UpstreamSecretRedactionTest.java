package io.tollgate.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An upstream that echoes the account's key in its error reply: the caller and the account's status never see it. */
class UpstreamSecretRedactionTest {

    private static final String CREDENTIAL = "tollgate-test-credential-7f3a9c";
    private static final String OTHER_KEY = "sk-ant-api03-Zx9Qw8Er7Ty6Ui5Op4As3Df2Gh1Jk0LzXcVbNm";
    private static final String HEX_SECRET = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    /** Answers with its status and an error naming the Authorization header it got, as some platforms do. */
    private static FakePlatform.Answer echo(int status) {
        return exchange -> {
            String message = "Incorrect API key provided: " + exchange.getRequestHeaders().getFirst("Authorization")
                    + " (project key " + OTHER_KEY + ", fingerprint " + HEX_SECRET + "). You can find your API key at the usual place.";
            byte[] body = ("{\"error\":{\"message\":\"" + message + "\",\"type\":\"invalid_request_error\",\"code\":\"invalid_api_key\"}}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, body.length);
            exchange.getResponseBody().write(body);
        };
    }

    @Test
    void anEchoedKeyReachesNeitherTheCallerNorTheAccountsStatus() throws Exception {
        try (FakePlatform platform = new FakePlatform(Map.of("refuses", echo(400), "rejects", echo(401)));
             RunningTollgate tg = new RunningTollgate(Map.of())) {
            RelayAdmin admin = new RelayAdmin(tg);
            admin.model("echo-refused", "openai", "1", "1");
            admin.model("echo-rejected", "openai", "1", "1");
            admin.account("refusing", "openai", platform.baseUrl("refuses"), "echo-refused", CREDENTIAL);
            admin.account("rejecting", "openai", platform.baseUrl("rejects"), "echo-rejected", CREDENTIAL);
            RelayAdmin.Caller caller = admin.caller(new BigDecimal("100"));

            HttpResponse<String> passedOn = admin.chat(caller, "echo-refused", false);
            HttpResponse<String> failedOver = admin.chat(caller, "echo-rejected", false);

            assertEquals(400, passedOn.statusCode(), passedOn.body());
            assertTrue(passedOn.body().contains("[redacted]"), passedOn.body());
            assertTrue(passedOn.body().contains("You can find your API key"), "the rest of the message stays: " + passedOn.body());
            assertEquals(1, platform.calls("rejects"), "the platform was called");
            String status = tg.admin("GET", "/admin/api/accounts", null).body();
            for (String seen : new String[] {passedOn.body(), failedOver.body(), status}) {
                assertFalse(seen.contains(CREDENTIAL) || seen.contains(OTHER_KEY) || seen.contains(HEX_SECRET), seen);
                assertFalse(seen.contains("7f3a9c") || seen.contains("Zx9Qw8Er7Ty6"), "no part of a key: " + seen);
            }
        }
    }
}
