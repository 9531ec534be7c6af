package io.tollgate.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicInteger;

/** The admin calls an end-to-end relay test makes: users with keys, models, accounts, and what they became. */
final class RelayAdmin {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A user made for one test, with the key it calls with. */
    record Caller(String id, String username, String key) {}

    private final RunningTollgate tg;
    private final AtomicInteger users = new AtomicInteger();

    RelayAdmin(RunningTollgate tg) {
        this.tg = tg;
    }

    static JsonNode read(String body) {
        try {
            return JSON.readTree(body);
        } catch (com.fasterxml.jackson.core.JsonProcessingException notJson) {
            throw new UncheckedIOException(notJson);
        }
    }

    Caller caller(BigDecimal balance) {
        String username = "caller" + users.incrementAndGet();
        String id = created("/admin/api/users", "{\"username\":\"" + username + "\",\"password\":\"password123\",\"balance\":" + balance + "}")
                .get("id").asText();
        return new Caller(id, username, created("/admin/api/keys", "{\"userId\":\"" + id + "\"}").get("key").asText());
    }

    /** A model on one platform, priced in points per 1M tokens. */
    void model(String name, String platform, String inputPrice, String outputPrice) {
        created("/admin/api/models", "{\"name\":\"" + name + "\",\"routes\":[{\"platform\":\"" + platform + "\"}],\"inputPrice\":" + inputPrice
                + ",\"outputPrice\":" + outputPrice + "}");
    }

    void account(String name, String platform, String baseUrl, String model) {
        account(name, platform, baseUrl, model, "key-" + name + ".secret");
    }

    void account(String name, String platform, String baseUrl, String model, String credential) {
        created("/admin/api/accounts", "{\"platform\":\"" + platform + "\",\"name\":\"" + name + "\",\"baseUrl\":\"" + baseUrl
                + "\",\"credential\":\"" + credential + "\",\"models\":[\"" + model + "\"],\"dailyTokenQuota\":1000000}");
    }

    JsonNode account(String name) {
        for (JsonNode account : read(tg.admin("GET", "/admin/api/accounts", null).body()).get("data")) {
            if (account.get("name").asText().equals(name)) {
                return account;
            }
        }
        throw new AssertionError("no account " + name);
    }

    BigDecimal balance(Caller caller) {
        return read(tg.admin("GET", "/admin/api/users?q=" + caller.username(), null).body()).at("/data/0/balance").decimalValue();
    }

    JsonNode ledger(Caller caller) {
        return read(tg.admin("GET", "/admin/api/users/" + caller.id() + "/ledger", null).body()).get("data");
    }

    HttpResponse<String> chat(Caller caller, String model, boolean stream) {
        return chat(caller, model, stream, "你好");
    }

    /** A chat whose one message is {@code content}: calls with different messages are not routed as one prompt prefix. */
    HttpResponse<String> chat(Caller caller, String model, boolean stream, String content) {
        return tg.post("/v1/chat/completions", "{\"model\":\"" + model + "\",\"stream\":" + stream
                + ",\"messages\":[{\"role\":\"user\",\"content\":\"" + content + "\"}]}", "Authorization", "Bearer " + caller.key());
    }

    private JsonNode created(String path, String json) {
        HttpResponse<String> reply = tg.admin("POST", path, json);
        assertEquals(201, reply.statusCode(), reply.body());
        return read(reply.body());
    }
}
