package io.tollgate.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tollgate.adapter.persistence.DatabaseConfig;
import io.tollgate.adapter.persistence.TestDatabases;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Where an account may send its credential: never to link-local or metadata addresses, to private ones unless the operator forbids it. */
class UpstreamAddressTest {

    private static String account(String baseUrl) {
        return "{\"platform\":\"openai\",\"name\":\"a\",\"credential\":\"sk-test\",\"models\":[\"m\"],\"baseUrl\":\""
                + baseUrl.replace("\\", "\\\\").replace("\r", "\\r").replace("\n", "\\n") + "\"}";
    }

    @Test
    void aBaseUrlThatReachesMetadataOrHidesItsAddressIsRefusedAndPrivateOnesOnlyWhenTheOperatorSaysSo() throws Exception {
        DatabaseConfig db = TestDatabases.freshConfig();
        String accountId;
        try (FakePlatform platform = new FakePlatform(Map.of("local", FakePlatform.completion("hello")));
             RunningTollgate tg = new RunningTollgate(db, Map.of())) {
            Map<String, String> refused = Map.of(
                    "http://169.254.169.254/latest/meta-data", "link-local",
                    "http://[fe80::1]/v1", "link-local",
                    "http://metadata.google.internal/computeMetadata/v1", "metadata",
                    "http://100.100.100.200/latest", "metadata",
                    "http://0x7f000001/v1", "numeric",
                    "http://2130706433/v1", "numeric",
                    "http://api.example.com\r\nX-Injected: 1/v1", "control character",
                    "ftp://api.example.com/v1", "http",
                    "https://user:secret@api.example.com/v1", "user");
            refused.forEach((url, reason) -> {
                HttpResponse<String> reply = tg.admin("POST", "/admin/api/accounts", account(url));
                assertEquals(400, reply.statusCode(), url + " " + reply.body());
                assertTrue(reply.body().toLowerCase().contains(reason), url + " names the reason '" + reason + "': " + reply.body());
            });
            HttpResponse<String> local = tg.admin("POST", "/admin/api/accounts", account(platform.baseUrl("local").replace("127.0.0.1", "localhost")));
            assertEquals(201, local.statusCode(), "a self-hosted model on this machine: " + local.body());
            accountId = RelayAdmin.read(local.body()).get("id").asText();
            HttpResponse<String> moved = tg.admin("PATCH", "/admin/api/accounts/" + accountId, "{\"baseUrl\":\"http://169.254.169.254/v1\"}");
            assertEquals(400, moved.statusCode(), moved.body());
            assertTrue(tg.admin("GET", "/admin/api/accounts/" + accountId, null).body().contains("localhost"), "unchanged");

            RelayAdmin admin = new RelayAdmin(tg);
            admin.model("m", "openai", "1", "1");
            RelayAdmin.Caller caller = admin.caller(new BigDecimal("10"));
            assertEquals(200, admin.chat(caller, "m", false).statusCode());
            assertEquals(1, platform.calls("local"));

            try (RunningTollgate strict = new RunningTollgate(db, Map.of("TOLLGATE_UPSTREAM_DENY_PRIVATE", "true"))) {
                HttpResponse<String> privateOne = strict.admin("POST", "/admin/api/accounts", account("http://10.1.2.3/v1"));
                assertEquals(400, privateOne.statusCode(), privateOne.body());
                assertTrue(privateOne.body().contains("TOLLGATE_UPSTREAM_DENY_PRIVATE"), privateOne.body());
                HttpResponse<String> call = strict.post("/v1/chat/completions", "{\"model\":\"m\",\"messages\":[{\"role\":\"user\","
                        + "\"content\":\"hi\"}]}", "Authorization", "Bearer " + caller.key());
                assertEquals(502, call.statusCode(), "an account saved before is checked again when called: " + call.body());
                assertEquals(1, platform.calls("local"), "and the credential was not sent");
            }
        }
    }
}
