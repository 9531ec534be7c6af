package io.tollgate.adapter.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.testtools.JavalinTest;
import io.tollgate.domain.account.Platform;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;


/** The public platform list, as a client choosing a platform to bind reads it. */
class PlatformRoutesTest {

    @Test
    void everyPlatformIsListedWithoutAnyCredentialInTheGuidesShape() {
        JavalinTest.test(new TestApp().javalin(false), (server, client) -> {
            Calls.Reply reply = new Calls(client).send("/api/v1/oauth/platforms", "GET", null);

            assertEquals(200, reply.status(), reply.raw());
            Map<String, JsonNode> byPlatform = new HashMap<>();
            reply.json().get("data").forEach(p -> byPlatform.put(p.get("platform").asText(), p));
            assertEquals(Platform.values().length, byPlatform.size(), reply.raw());
            JsonNode qwen = byPlatform.get("dashscope");
            assertEquals("qwen", qwen.get("family").asText());
            assertEquals("通义千问", qwen.get("name").asText());
            assertEquals("Qwen", qwen.get("name_en").asText());
            assertEquals(1_000_000, qwen.get("free_daily_tokens").asLong());
            assertEquals("qwen-turbo", qwen.get("default_model").asText());
            assertEquals("[\"OAUTH2\",\"API_KEY\"]", qwen.get("bindings").toString(), "an OAuth client is configured for it");
            assertEquals("[\"API_KEY\"]", byPlatform.get("glm").get("bindings").toString());
            assertEquals(500_000, byPlatform.get("spark").get("free_daily_tokens").asLong());
            assertEquals(100_000, byPlatform.get("qianfan").get("free_daily_tokens").asLong());
            assertTrue(byPlatform.get("openai").get("free_daily_tokens").isNull(), "OpenAI's depends on the account type");
        });
    }
}
