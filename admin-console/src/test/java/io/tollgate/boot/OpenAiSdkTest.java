package io.tollgate.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.core.http.StreamResponse;
import com.openai.helpers.ChatCompletionAccumulator;
import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletionChunk;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import com.openai.models.chat.completions.ChatCompletionStreamOptions;
import com.openai.models.models.Model;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The official OpenAI Java SDK, unchanged, against Tollgate and its built-in mock platform. */
class OpenAiSdkTest {

    private static RunningTollgate tg;
    private static OpenAIClient client;

    @BeforeAll
    static void start() throws Exception {
        tg = new RunningTollgate(Map.of());
        ObjectMapper json = new ObjectMapper();
        String user = json.readTree(tg.admin("POST", "/admin/api/users",
                "{\"username\":\"sdk\",\"password\":\"password123\",\"balance\":100}").body()).get("id").asText();
        String key = json.readTree(tg.admin("POST", "/admin/api/keys", "{\"userId\":\"" + user + "\",\"name\":\"sdk\"}").body())
                .get("key").asText();
        client = OpenAIOkHttpClient.builder().apiKey(key).baseUrl(tg.base() + "/v1").maxRetries(0).build();
    }

    @AfterAll
    static void stop() {
        tg.close();
    }

    private static ChatCompletionCreateParams.Builder params() {
        return ChatCompletionCreateParams.builder().model(MockCatalog.MODEL).addUserMessage("Say hello to the gateway.");
    }

    @Test
    void chatCompletionReturnsContentAndUsage() {
        ChatCompletion completion = client.chat().completions().create(params().build());
        assertTrue(completion.choices().get(0).message().content().orElseThrow().length() > 0);
        assertTrue(completion.usage().orElseThrow().completionTokens() > 0);
        assertTrue(completion.usage().orElseThrow().promptTokens() > 0);
    }

    @Test
    void streamingAccumulatesIntoTheSameMessageWithUsage() {
        ChatCompletionAccumulator accumulator = ChatCompletionAccumulator.create();
        try (StreamResponse<ChatCompletionChunk> stream = client.chat().completions().createStreaming(
                params().streamOptions(ChatCompletionStreamOptions.builder().includeUsage(true).build()).build())) {
            stream.stream().forEach(accumulator::accumulate);
        }
        ChatCompletion accumulated = accumulator.chatCompletion();
        ChatCompletion whole = client.chat().completions().create(params().build());
        assertEquals(whole.choices().get(0).message().content(), accumulated.choices().get(0).message().content());
        assertTrue(accumulated.usage().orElseThrow().totalTokens() > 0);
    }

    @Test
    void modelsListsTheMockModel() {
        List<Model> models = client.models().list().data();
        assertTrue(models.stream().anyMatch(model -> model.id().equals(MockCatalog.MODEL)), models.toString());
    }
}
