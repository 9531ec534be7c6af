package io.tollgate.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A model's most output tokens per answer: set and shown by the admin API, and never exceeded by a reply. */
class ModelMaxOutputTest {

    private static JsonNode model(RunningTollgate tg, String name) {
        for (JsonNode model : RelayAdmin.read(tg.admin("GET", "/admin/api/models", null).body()).get("data")) {
            if (model.get("name").asText().equals(name)) {
                return model;
            }
        }
        throw new AssertionError("no model " + name);
    }

    @Test
    void aModelHasTheDefaultMaximumUntilAnAdminSetsOneAndBadValuesAreRefused() {
        try (RunningTollgate tg = new RunningTollgate(Map.of())) {
            HttpResponse<String> added = tg.admin("POST", "/admin/api/models", "{\"name\":\"bounded\",\"routes\":[{\"platform\":\"mock\"}]}");
            assertEquals(201, added.statusCode(), added.body());
            assertEquals(4096, RelayAdmin.read(added.body()).get("maxOutputTokens").asLong());

            assertEquals(64, RelayAdmin.read(tg.admin("PATCH", "/admin/api/models/bounded", "{\"maxOutputTokens\":64}").body())
                    .get("maxOutputTokens").asLong());
            for (String bad : new String[] {"0", "-5", "1.5", "\"many\"", "10000001"}) {
                HttpResponse<String> refused = tg.admin("PATCH", "/admin/api/models/bounded", "{\"maxOutputTokens\":" + bad + "}");
                assertEquals(400, refused.statusCode(), bad + ": " + refused.body());
                assertTrue(refused.body().contains("maxOutputTokens"), refused.body());
            }
            assertEquals(64, model(tg, "bounded").get("maxOutputTokens").asLong(), "a refused edit changes nothing");
            tg.admin("PATCH", "/admin/api/models/bounded", "{\"enabled\":false}");
            assertEquals(64, model(tg, "bounded").get("maxOutputTokens").asLong(), "an edit of something else keeps it");

            tg.admin("PATCH", "/admin/api/models/bounded", "{\"maxOutputTokens\":null}");
            assertEquals(4096, model(tg, "bounded").get("maxOutputTokens").asLong(), "null restores the default");
        }
    }

    @Test
    void aReplyNeverHasMoreTokensThanTheModelsMaximumWhateverMaxTokensAsks() {
        try (RunningTollgate tg = new RunningTollgate(Map.of())) {
            tg.admin("PATCH", "/admin/api/models/" + MockCatalog.MODEL, "{\"maxOutputTokens\":5}");
            RelayAdmin.Caller caller = new RelayAdmin(tg).caller(java.math.BigDecimal.TEN);

            for (String limit : new String[] {"", "\"max_tokens\":100000,", "\"max_completion_tokens\":9,"}) {
                HttpResponse<String> reply = tg.post("/v1/chat/completions", "{\"model\":\"" + MockCatalog.MODEL + "\"," + limit
                        + "\"messages\":[{\"role\":\"user\",\"content\":\"tell me a long story\"}]}", "Authorization", "Bearer " + caller.key());

                assertEquals(200, reply.statusCode(), reply.body());
                assertEquals(5, RelayAdmin.read(reply.body()).at("/usage/completion_tokens").asLong(), limit);
            }
            HttpResponse<String> three = tg.post("/v1/chat/completions", "{\"model\":\"" + MockCatalog.MODEL + "\",\"max_tokens\":3,"
                    + "\"messages\":[{\"role\":\"user\",\"content\":\"tell me a long story\"}]}", "Authorization", "Bearer " + caller.key());
            assertEquals(3, RelayAdmin.read(three.body()).at("/usage/completion_tokens").asLong(), "a smaller max_tokens is kept");
        }
    }
}
