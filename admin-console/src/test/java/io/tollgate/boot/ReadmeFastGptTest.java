package io.tollgate.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README's "FastGPT on Tollgate": its script creates the models on the mock platform and prints a working key,
 * and every model its FastGPT config names is listed by {@code /v1/models} with the kind its config section means.
 */
class ReadmeFastGptTest {

    private static final String HEADING = "## FastGPT on Tollgate";
    private static final Map<String, String> KIND_OF_SECTION = Map.of("llmModels", "chat", "vectorModels", "embedding",
            "reRankModels", "rerank", "audioSpeechModels", "speech", "whisperModel", "transcription");

    @Test
    void theScriptMakesEveryModelTheFastGptConfigNamesWithItsKind() throws Exception {
        String script = ReadmeWalkthroughTest.walkthroughScript(HEADING).replace("paste-the-admin-token-here", RunningTollgate.ADMIN_TOKEN);
        try (RunningTollgate tg = new RunningTollgate(Map.of())) {
            String output = ReadmeWalkthroughTest.bash(script, tg.base());

            Matcher key = Pattern.compile("CHAT_API_KEY=(\\S+)").matcher(output);
            assertTrue(key.find(), output);
            assertTrue(output.contains("OPENAI_BASE_URL=" + tg.base() + "/v1"), output);
            String[] lines = output.strip().split("\n");
            JsonNode models = RelayAdmin.read(lines[lines.length - 1]).get("data");
            Map<String, String> listed = new HashMap<>();
            models.forEach(model -> listed.put(model.get("id").asText(), model.get("kind").asText()));
            fastGptConfig().fields().forEachRemaining(section -> {
                JsonNode entries = section.getValue().isArray() ? section.getValue() : RelayAdmin.read("[" + section.getValue() + "]");
                entries.forEach(entry -> assertEquals(KIND_OF_SECTION.get(section.getKey()), listed.get(entry.get("model").asText()),
                        section.getKey() + " " + entry + " in " + listed));
            });
            assertEquals(200, tg.post("/v1/embeddings", "{\"model\":\"mock-embedding\",\"input\":[\"a chunk\"],\"encoding_format\":\"float\"}",
                    "Authorization", "Bearer " + key.group(1)).statusCode());
            assertEquals(200, tg.post("/v1/rerank", "{\"model\":\"mock-reranker\",\"query\":\"chunk\",\"documents\":[\"a chunk\"]}",
                    "Authorization", "Bearer " + key.group(1)).statusCode());
        }
    }

    /** The section's FastGPT config.json block. */
    private static JsonNode fastGptConfig() throws Exception {
        String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
        Matcher block = Pattern.compile("```json\\n(.*?)```", Pattern.DOTALL).matcher(readme.substring(readme.indexOf(HEADING)));
        assertTrue(block.find(), "the section has a config.json block");
        JsonNode config = RelayAdmin.read(block.group(1));
        Set<String> sections = new HashSet<>();
        config.fieldNames().forEachRemaining(sections::add);
        assertEquals(KIND_OF_SECTION.keySet(), sections);
        return config;
    }
}
