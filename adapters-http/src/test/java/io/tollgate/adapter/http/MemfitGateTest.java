package io.tollgate.adapter.http;

import io.javalin.Javalin;
import io.javalin.testtools.JavalinTest;
import io.tollgate.adapter.http.admin.AdminAuth;
import io.tollgate.application.fakes.InMemoryTotpSecrets;
import io.tollgate.application.totp.CheckMemfitTotp;
import io.tollgate.application.totp.CurrentTotpSecret;
import io.tollgate.application.totp.ManageTotpSecret;
import io.tollgate.domain.totp.MemfitModels;
import io.tollgate.domain.totp.Totp;
import io.tollgate.domain.totp.TotpSecret;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;


/** The memfit gate and secret routes over HTTP, compared byte for byte with aibalance's. */
class MemfitGateTest {

    private static final String MEMFIT_HEADER = "X-Memfit-OTP-Auth";

    /** What a memfit client sends for a code: standard base64 of its digits. */
    private static String memfitHeader(String code) {
        return java.util.Base64.getEncoder().encodeToString(code.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }


    private static final String REQUIRED = "{\"error\":{\"message\":\"Memfit TOTP authentication required. Please provide X-Memfit-OTP-Auth "
            + "header with base64 encoded TOTP code.\",\"type\":\"memfit_totp_auth_required\"}}";
    private static final String FAILED = "{\"error\":{\"message\":\"Memfit TOTP authentication failed. Please refresh your TOTP secret "
            + "and try again.\",\"type\":\"memfit_totp_auth_failed\"}}";
    private static final String SECRET = "82771765-bd51-4f2a-b719-d536b3174611";

    private final InMemoryTotpSecrets store = new InMemoryTotpSecrets();
    private final HttpClient http = HttpClient.newHttpClient();

    private Javalin app() {
        store.createIfAbsent(new TotpSecret(SECRET));
        Clock clock = Clock.systemUTC();
        CurrentTotpSecret current = new CurrentTotpSecret(store, clock, Duration.ofSeconds(2));
        MemfitApi memfit = new MemfitApi(new CheckMemfitTotp(MemfitModels.parse("memfit-,yak-"), current, Totp.MEMFIT, clock),
                new ManageTotpSecret(current, Totp.MEMFIT, clock,
                        new io.tollgate.application.audit.AuditTrail(new io.tollgate.application.fakes.InMemoryAuditLog(), clock)));
        String hash = HexFormat.of().formatHex(AdminAuth.sha256(TestApp.ADMIN_TOKEN));
        return HttpApi.create(new HttpApi.Apis(new ShareAuthApi(null, null, null), new RelayApi(null, null),
                new AdminApi(null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                        new io.tollgate.application.identity.signin.LoginThrottle(
                                new io.tollgate.application.fakes.InMemorySignInAttempts(), 10, java.time.Duration.ofMinutes(1), clock), null),
                new PortalApi(null, null, null, null, null, null, null), new OAuthApi(null, null, null, null, null), memfit),
                new HttpSettings(HttpSettings.DEFAULT_MAX_BODY_BYTES, false, hash, () -> true), clock);
    }

    private HttpResponse<byte[]> send(String origin, String method, String path, String body, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(origin + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private HttpResponse<byte[]> chat(String origin, String model, String... headers) throws Exception {
        return send(origin, "POST", "/v1/chat/completions", "{\"model\":\"" + model + "\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}", headers);
    }

    private static void assertExactly(int status, String body, HttpResponse<byte[]> reply) {
        assertEquals(status, reply.statusCode(), new String(reply.body(), StandardCharsets.UTF_8));
        assertEquals(List.of("application/json; charset=utf-8"), reply.headers().allValues("Content-Type"));
        assertArrayEquals(body.getBytes(StandardCharsets.UTF_8), reply.body(), new String(reply.body(), StandardCharsets.UTF_8));
    }

    @Test
    void noHeaderIsTheRequiredBodyByteForByteEvenWithoutAnApiKey() {
        JavalinTest.test(app(), (server, client) -> {
            assertExactly(401, REQUIRED, chat(client.getOrigin(), "memfit-light-free"));
            assertExactly(401, REQUIRED, chat(client.getOrigin(), "Memfit-Light-Free", MEMFIT_HEADER, " "));
        });
    }

    @Test
    void badBase64IsTheFailedBodyByteForByte() {
        JavalinTest.test(app(), (server, client) -> {
            assertExactly(401, FAILED, chat(client.getOrigin(), "memfit-light-free", MEMFIT_HEADER, "!!!not-base64"));
            assertExactly(401, FAILED, chat(client.getOrigin(), "MEMFIT-pro", MEMFIT_HEADER, memfitHeader("000000x")));
        });
    }

    @Test
    void aWrongCodeFailsBeforeTheApiKeyIsChecked() {
        JavalinTest.test(app(), (server, client) -> assertExactly(401, FAILED, chat(client.getOrigin(), "yak-1",
                MEMFIT_HEADER, "MTIzNDU2", "Authorization", "Bearer not-a-key")));
    }

    @Test
    void theUuidEndpointAnswersAnyMethodWithoutAuthentication() {
        String expected = "{\"format\":\"MEMFIT-AI<uuid>MEMFIT-AI\",\"uuid\":\"MEMFIT-AI" + SECRET + "MEMFIT-AI\"}";
        JavalinTest.test(app(), (server, client) -> {
            for (String method : new String[] {"GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS"}) {
                assertExactly(200, expected, send(client.getOrigin(), method, "/v1/memfit-totp-uuid", method.equals("GET") ? null : "{}"));
            }
        });
    }

    @Test
    void adminsSeeTheSecretAndItsCodeAndRotateIt() {
        JavalinTest.test(app(), (server, client) -> {
            Calls calls = new Calls(client);
            assertEquals(401, calls.send("/admin/api/totp", "GET", null).status());
            assertEquals(401, calls.send("/admin/api/totp/rotate", "POST", "{}").status());
            Calls.Reply shown = calls.admin("GET", "/admin/api/totp", null);
            assertEquals(SECRET, shown.json().get("secret").asText());
            String code = shown.json().get("code").asText();
            assertEquals(memfitHeader(code), shown.json().get("header").asText());
            assertNotEquals(401, chat(client.getOrigin(), "memfit-x", MEMFIT_HEADER, memfitHeader(code)).statusCode(),
                    "the shown code passes the gate");

            Calls.Reply rotated = calls.admin("POST", "/admin/api/totp/rotate", "{}");

            assertNotEquals(SECRET, rotated.json().get("secret").asText());
            assertExactly(401, FAILED, chat(client.getOrigin(), "memfit-x", MEMFIT_HEADER, memfitHeader(code)));
            assertTrue(new String(send(client.getOrigin(), "GET", "/v1/memfit-totp-uuid", null).body(), StandardCharsets.UTF_8)
                    .contains(rotated.json().get("secret").asText()));
        });
    }
}
