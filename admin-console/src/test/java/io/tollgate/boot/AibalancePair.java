package io.tollgate.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.tollgate.adapter.persistence.DatabaseConfig;
import io.tollgate.domain.totp.Totp;
import io.tollgate.domain.totp.TotpSecret;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;

/**
 * Tollgate B serving memfit and plain models from its mock platform, and a counting proxy in front of it; Tollgate
 * A instances are started against B as their aibalance upstream, each on a database the test chooses.
 */
final class AibalancePair implements AutoCloseable {

    static final String MEMFIT_HEADER = "X-Memfit-OTP-Auth";

    static final String MEMFIT = "memfit-light-free";
    static final String PLAIN = "glm-4-flash-free";
    static final String BURST = "memfit-burst";
    private static final ObjectMapper JSON = new ObjectMapper();

    final RunningTollgate b;
    final CountingProxy proxy;
    private final String bKey;

    AibalancePair() throws Exception {
        b = new RunningTollgate(Map.of());
        proxy = new CountingProxy(b.base());
        for (String model : new String[] {MEMFIT, PLAIN, BURST}) {
            created(b.admin("POST", "/admin/api/models", "{\"name\":\"" + model + "\",\"routes\":[{\"platform\":\"mock\"}]}"));
        }
        created(b.admin("POST", "/admin/api/accounts", "{\"platform\":\"mock\",\"name\":\"b-mock\",\"models\":[\""
                + MEMFIT + "\",\"" + PLAIN + "\",\"" + BURST + "\"]}"));
        bKey = key(b, "upstream-user");
    }

    /** A Tollgate A on {@code db}, with an aibalance account on B (through the proxy as {@code name}) for each model. */
    RunningTollgate startA(DatabaseConfig db, boolean firstStart) throws Exception {
        RunningTollgate a = new RunningTollgate(Map.of("TOLLGATE_DB_URL", db.url(), "TOLLGATE_DB_USER", db.user(),
                "TOLLGATE_DB_PASSWORD", db.password(), "TOLLGATE_MOCK_PLATFORM", "false"));
        if (firstStart) {
            for (String model : new String[] {MEMFIT, PLAIN, BURST}) {
                created(a.admin("POST", "/admin/api/models", "{\"name\":\"" + model + "\",\"routes\":[{\"platform\":\"aibalance\"}]}"));
            }
            account(a, "b", MEMFIT + "\",\"" + PLAIN);
            account(a, "burst", BURST);
        }
        return a;
    }

    private void account(RunningTollgate a, String name, String models) {
        created(a.admin("POST", "/admin/api/accounts", "{\"platform\":\"aibalance\",\"name\":\"" + name + "\",\"baseUrl\":\""
                + proxy.baseUrl(name) + "\",\"credential\":\"" + bKey + "\",\"models\":[\"" + models + "\"]}"));
    }

    /** A new user with 100 points on {@code tg}, and an API key of theirs. */
    static String key(RunningTollgate tg, String username) throws Exception {
        String user = JSON.readTree(created(tg.admin("POST", "/admin/api/users", "{\"username\":\"" + username
                + "\",\"password\":\"password123\",\"balance\":100}")).body()).get("id").asText();
        return JSON.readTree(created(tg.admin("POST", "/admin/api/keys", "{\"userId\":\"" + user + "\"}")).body()).get("key").asText();
    }

    /** What a stock aibalance client sends to {@code tg}: its served secret's code now, base64. */
    static String memfitHeader(RunningTollgate tg) throws Exception {
        HttpResponse<String> served = tg.admin("GET", "/v1/memfit-totp-uuid", null);
        String wrapped = JSON.readTree(served.body()).get("uuid").asText();
        TotpSecret secret = new TotpSecret(wrapped.substring("MEMFIT-AI".length(), wrapped.length() - "MEMFIT-AI".length()));
        return Base64.getEncoder().encodeToString(Totp.MEMFIT.code(secret.key(), Instant.now()).getBytes(StandardCharsets.US_ASCII));
    }

    /** A chat call to A, with A's own memfit header when the model needs it. */
    static HttpResponse<String> chat(RunningTollgate a, String key, String model, boolean stream, String question) throws Exception {
        String body = "{\"model\":\"" + model + "\",\"stream\":" + stream + ",\"messages\":[{\"role\":\"user\",\"content\":\"" + question + "\"}]}";
        return model.startsWith("memfit-")
                ? a.post("/v1/chat/completions", body, "Authorization", "Bearer " + key, MEMFIT_HEADER, memfitHeader(a))
                : a.post("/v1/chat/completions", body, "Authorization", "Bearer " + key);
    }

    void rotateB() {
        assertEquals(200, b.admin("POST", "/admin/api/totp/rotate", "{}").statusCode());
    }

    private static HttpResponse<String> created(HttpResponse<String> reply) {
        assertEquals(201, reply.statusCode(), reply.body());
        return reply;
    }

    @Override
    public void close() {
        proxy.close();
        b.close();
    }
}
