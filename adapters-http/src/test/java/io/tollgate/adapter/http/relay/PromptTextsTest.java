package io.tollgate.adapter.http.relay;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.tollgate.adapter.http.support.Json;
import io.tollgate.application.moderation.PromptText;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each door's check hands moderation the caller's text, from the body it already parsed. */
class PromptTextsTest {

    private static List<PromptText> prompt(ChatRequests.Checked checked) {
        return ((ChatRequests.Checked.Valid) checked).call().prompt();
    }

    private static JsonNode json(String body) throws Exception {
        return Json.MAPPER.readTree(body);
    }

    @Test
    void aChatGivesEveryMessagesStringContentAndTextPartsButNoImage() throws Exception {
        JsonNode body = json("{\"model\":\"m\",\"messages\":[{\"role\":\"system\",\"content\":\"be brief\"},{\"role\":\"user\","
                + "\"content\":[{\"type\":\"text\",\"text\":\"look\"},{\"type\":\"image_url\",\"image_url\":{\"url\":\"http://x/a.png\"}}]},"
                + "{\"role\":\"assistant\",\"content\":null}]}");

        assertEquals(List.of(new PromptText("messages", "be brief"), new PromptText("messages", "look")),
                prompt(ChatRequests.check(body, new byte[0])));
    }

    @Test
    void anEmbeddingGivesItsInputStringsAndNothingForTokens() throws Exception {
        assertEquals(List.of(new PromptText("input", "one")), prompt(EmbeddingRequests.check(json("{\"model\":\"e\",\"input\":\"one\"}"), new byte[0])));
        assertEquals(List.of(new PromptText("input", "a"), new PromptText("input", "b")),
                prompt(EmbeddingRequests.check(json("{\"model\":\"e\",\"input\":[\"a\",\"b\"]}"), new byte[0])));
        assertEquals(List.of(), prompt(EmbeddingRequests.check(json("{\"model\":\"e\",\"input\":[[1,2],[3]]}"), new byte[0])));
    }

    @Test
    void aRerankGivesItsQueryThenItsDocuments() throws Exception {
        assertEquals(List.of(new PromptText("query", "q"), new PromptText("documents", "d1"), new PromptText("documents", "d2")),
                prompt(RerankRequests.check(json("{\"model\":\"r\",\"query\":\"q\",\"documents\":[\"d1\",\"d2\"]}"), new byte[0])));
    }
}
