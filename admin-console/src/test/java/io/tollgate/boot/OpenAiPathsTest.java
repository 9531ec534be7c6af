package io.tollgate.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The OpenAI-compatible door where OpenAI's clients look: one model by id, unknown paths and models, the model a reply names. */
class OpenAiPathsTest {

    private static final String CHAT = "{\"model\":\"%s\",\"stream\":%s,\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}";

    private static HttpResponse<String> call(RunningTollgate tg, String method, String path, String key) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(tg.base() + path))
                .method(method, HttpRequest.BodyPublishers.ofString("{}", StandardCharsets.UTF_8))
                .header("Content-Type", "application/json");
        if (key != null) {
            request.header("Authorization", "Bearer " + key);
        }
        try {
            return tg.client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (java.io.IOException | InterruptedException failed) {
            throw new IllegalStateException(failed);
        }
    }

    /** The reply's OpenAI error, after checking its status and that it has all four fields. */
    private static JsonNode openAiError(HttpResponse<String> reply, int status) {
        assertEquals(status, reply.statusCode(), reply.request().method() + " " + reply.request().uri() + " " + reply.body());
        JsonNode error = RelayAdmin.read(reply.body()).get("error");
        assertTrue(error != null && error.get("message").isTextual() && error.get("type").isTextual()
                && error.has("param") && error.get("code").isTextual(), reply.body());
        return error;
    }

    private static String user(RunningTollgate tg) {
        return RelayAdmin.read(tg.admin("POST", "/admin/api/users",
                "{\"username\":\"paths\",\"password\":\"password123\",\"balance\":10}").body()).get("id").asText();
    }

    /** A key of the user for these models, or for every model when {@code models} is null. */
    private static String key(RunningTollgate tg, String user, String models) {
        return RelayAdmin.read(tg.admin("POST", "/admin/api/keys", "{\"userId\":\"" + user + "\""
                + (models == null ? "" : ",\"models\":" + models) + "}").body()).get("key").asText();
    }

    private static void mockModel(RunningTollgate tg, String name, String extra) {
        assertEquals(201, tg.admin("POST", "/admin/api/models", "{\"name\":\"" + name + "\",\"routes\":[{\"platform\":\"mock\","
                + "\"upstreamModel\":\"mock-gpt\"}]" + extra + "}").statusCode());
        assertEquals(201, tg.admin("POST", "/admin/api/accounts", "{\"platform\":\"mock\",\"name\":\"acct-" + name.replace('/', '-')
                + "\",\"models\":[\"" + name + "\"]}").statusCode());
    }

    @Test
    void oneModelIsShownByIdEvenWithASlashAndOnlyToWhoMaySeeIt() {
        try (RunningTollgate tg = new RunningTollgate(Map.of())) {
            mockModel(tg, "Qwen/Qwen2.5-7B", "");
            mockModel(tg, "mock-free", ",\"public\":{\"dailyTokens\":0,\"ipDailyRequests\":0,\"ipDailyTokens\":0}");
            String key = key(tg, user(tg), "[\"Qwen/*\",\"mock-free\"]");

            HttpResponse<String> slashed = call(tg, "GET", "/v1/models/Qwen/Qwen2.5-7B", key);
            HttpResponse<String> keyless = call(tg, "GET", "/v1/models/mock-free", null);

            assertEquals(200, slashed.statusCode(), slashed.body());
            JsonNode model = RelayAdmin.read(slashed.body());
            assertEquals("Qwen/Qwen2.5-7B", model.get("id").asText());
            assertEquals("model", model.get("object").asText());
            assertTrue(model.get("created").isIntegralNumber() && model.get("owned_by").isTextual(), slashed.body());
            assertEquals(200, keyless.statusCode(), keyless.body());
            assertEquals("mock-free", RelayAdmin.read(keyless.body()).get("id").asText());
            for (String[] hidden : new String[][] {{"/v1/models/mock-gpt", key}, {"/v1/models/Qwen/Qwen2.5-7B", null},
                    {"/v1/models/no-such-model", key}, {"/v1/models/a/b/c", null}}) {
                JsonNode error = openAiError(call(tg, "GET", hidden[0], hidden[1]), 404);
                assertEquals("model_not_found", error.get("code").asText());
                assertEquals("invalid_request_error", error.get("type").asText());
                assertTrue(error.get("param").isNull());
            }
            assertEquals(401, call(tg, "GET", "/v1/models/mock-free", "sk-not-a-key").statusCode());
        }
    }

    @Test
    void unknownPathsAre404AndWrongMethods405InOpenAisShapeWhileOtherDoorsKeepTheirs() {
        try (RunningTollgate tg = new RunningTollgate(Map.of())) {
            for (String[] unknown : new String[][] {{"GET", "/v1/nothing"}, {"POST", "/v1/chat/completion"},
                    {"DELETE", "/v1/chat/completions/extra"}, {"PUT", "/v1/"}}) {
                JsonNode error = openAiError(call(tg, unknown[0], unknown[1], null), 404);
                assertEquals("unknown_url", error.get("code").asText());
                assertEquals("invalid_request_error", error.get("type").asText());
                assertTrue(error.get("message").asText().contains(unknown[0] + " " + unknown[1]), error.toString());
            }
            for (String[] wrong : new String[][] {{"GET", "/v1/chat/completions", "POST"}, {"DELETE", "/v1/models", "GET"},
                    {"POST", "/v1/models/mock-gpt", "GET"}}) {
                HttpResponse<String> reply = call(tg, wrong[0], wrong[1], null);
                JsonNode error = openAiError(reply, 405);
                assertEquals("method_not_allowed", error.get("code").asText());
                assertTrue(error.get("message").asText().contains(wrong[0] + " " + wrong[1]), error.toString());
                assertEquals(wrong[2], reply.headers().firstValue("Allow").orElse(""));
            }
            JsonNode admin = RelayAdmin.read(call(tg, "GET", "/admin/api/nothing-here", RunningTollgate.ADMIN_TOKEN).body()).get("error");
            assertEquals("not_found", admin.get("code").asText());
            assertTrue(!admin.has("type"), admin.toString());
            JsonNode shareAuth = RelayAdmin.read(call(tg, "POST", "/shareAuth/nothing", null).body());
            assertTrue(shareAuth.has("success") && !shareAuth.get("success").asBoolean(), shareAuth.toString());
        }
    }

    @Test
    void anUnknownDisabledOrForbiddenModelIs404ModelNotFoundLikeOpenAi() {
        try (RunningTollgate tg = new RunningTollgate(Map.of())) {
            mockModel(tg, "mock-off", "");
            assertEquals(200, tg.admin("PATCH", "/admin/api/models/mock-off", "{\"enabled\":false}").statusCode());
            String user = user(tg);
            String key = key(tg, user, "[\"mock-off\",\"no-such\"]");
            String wide = key(tg, user, null);

            for (String[] refused : new String[][] {{"no-such", key}, {"mock-off", key}, {"mock-gpt", key}, {"no-such", wide}}) {
                HttpResponse<String> reply = tg.post("/v1/chat/completions", CHAT.formatted(refused[0], false),
                        "Authorization", "Bearer " + refused[1]);
                JsonNode error = openAiError(reply, 404);
                assertEquals("model_not_found", error.get("code").asText());
                assertEquals("invalid_request_error", error.get("type").asText());
                assertEquals("The model `" + refused[0] + "` does not exist or you do not have access to it.",
                        error.get("message").asText());
            }
            assertEquals(200, tg.post("/v1/chat/completions", CHAT.formatted("mock-gpt", false), "Authorization", "Bearer " + wide)
                    .statusCode());
        }
    }

    @Test
    void repliesAndEveryChunkNameTheModelTheCallerAskedFor() {
        try (RunningTollgate tg = new RunningTollgate(Map.of())) {
            mockModel(tg, "mock-free", ",\"public\":{\"dailyTokens\":0,\"ipDailyRequests\":0,\"ipDailyTokens\":0}");
            mockModel(tg, "team/chat", "");
            String key = new RelayAdmin(tg).caller(BigDecimal.TEN).key();

            for (String[] asked : new String[][] {{"mock-free", null}, {"team/chat", key}}) {
                String[] auth = asked[1] == null ? new String[0] : new String[] {"Authorization", "Bearer " + asked[1]};
                HttpResponse<String> json = tg.post("/v1/chat/completions", CHAT.formatted(asked[0], false), auth);
                HttpResponse<String> stream = tg.post("/v1/chat/completions",
                        CHAT.formatted(asked[0], "true,\"stream_options\":{\"include_usage\":true}"), auth);

                assertEquals(200, json.statusCode(), json.body());
                assertEquals(asked[0], RelayAdmin.read(json.body()).get("model").asText());
                assertEquals(200, stream.statusCode(), stream.body());
                int chunks = 0;
                for (String event : stream.body().split("\n\n")) {
                    if (!event.equals("data: [DONE]")) {
                        assertEquals(asked[0], RelayAdmin.read(event.substring("data: ".length())).get("model").asText(), event);
                        chunks++;
                    }
                }
                assertTrue(chunks > 2 && !stream.body().contains("mock-gpt"), stream.body());
            }
        }
    }
}
