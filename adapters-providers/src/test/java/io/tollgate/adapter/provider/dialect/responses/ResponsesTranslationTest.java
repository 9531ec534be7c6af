package io.tollgate.adapter.provider.dialect.responses;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tollgate.domain.relay.StreamEvent;
import io.tollgate.domain.relay.Usage;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The Responses API over chat completions: the request, the whole reply and the stream's events. */
class ResponsesTranslationTest {

    private static ObjectNode json(String text) {
        return (ObjectNode) ResponsesJson.object(text.getBytes(StandardCharsets.UTF_8)).orElseThrow();
    }

    @Test
    void inputItemsInstructionsToolsAndFormatBecomeAChatBody() {
        ObjectNode request = json("""
                {"model":"m","instructions":"Be brief.","max_output_tokens":64,"temperature":0.70,"reasoning":{"effort":"low"},
                 "text":{"format":{"type":"json_schema","name":"w","schema":{"type":"object"},"strict":true}},
                 "tools":[{"type":"function","name":"weather","parameters":{"type":"object"}}],"tool_choice":{"type":"function","name":"weather"},
                 "input":[{"role":"user","content":[{"type":"input_text","text":"Weather?"}]},
                          {"type":"function_call","call_id":"call_1","name":"weather","arguments":"{\\"city\\":\\"Oslo\\"}"},
                          {"type":"function_call_output","call_id":"call_1","output":"12 C"}]}""");
        JsonNode chat = ((ResponsesToChat.Translation.Chat) ResponsesToChat.translate(request)).body();
        assertEquals("system", chat.at("/messages/0/role").asText());
        assertEquals("Be brief.", chat.at("/messages/0/content").asText());
        assertEquals("Weather?", chat.at("/messages/1/content").asText());
        assertEquals("call_1", chat.at("/messages/2/tool_calls/0/id").asText());
        assertEquals("weather", chat.at("/messages/2/tool_calls/0/function/name").asText());
        assertEquals("tool", chat.at("/messages/3/role").asText());
        assertEquals("12 C", chat.at("/messages/3/content").asText());
        assertEquals("weather", chat.at("/tools/0/function/name").asText());
        assertEquals("weather", chat.at("/tool_choice/function/name").asText());
        assertEquals("low", chat.path("reasoning_effort").asText());
        assertEquals("json_schema", chat.at("/response_format/type").asText());
        assertEquals("w", chat.at("/response_format/json_schema/name").asText());
        assertEquals(64, chat.path("max_tokens").asLong());
        assertEquals("0.70", chat.path("temperature").decimalValue().toPlainString());
    }

    @Test
    void previousResponseIdAndHostedToolsAreRefusedNamingTheLimit() {
        var refused = assertInstanceOf(ResponsesToChat.Translation.Refused.class,
                ResponsesToChat.translate(json("{\"model\":\"m\",\"input\":\"hi\",\"previous_response_id\":\"resp_1\"}")));
        assertEquals("previous_response_id", refused.param());
        assertTrue(refused.message().contains("keeps no conversations"), refused.message());
        var hosted = assertInstanceOf(ResponsesToChat.Translation.Refused.class,
                ResponsesToChat.translate(json("{\"model\":\"m\",\"input\":\"hi\",\"tools\":[{\"type\":\"web_search\"}]}")));
        assertEquals("tools[0].type", hosted.param());
    }

    @Test
    void aChatReplyBecomesAResponseWithMessageFunctionCallAndUsage() {
        byte[] reply = ("{\"id\":\"c\",\"created\":5,\"model\":\"up\",\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\","
                + "\"content\":\"Checking.\",\"tool_calls\":[{\"id\":\"call_9\",\"type\":\"function\",\"function\":{\"name\":\"weather\","
                + "\"arguments\":\"{}\"}}]},\"finish_reason\":\"tool_calls\"}],\"usage\":{\"prompt_tokens\":1000,\"completion_tokens\":20,"
                + "\"prompt_tokens_details\":{\"cached_tokens\":500},\"completion_tokens_details\":{\"reasoning_tokens\":7}}}")
                .getBytes(StandardCharsets.UTF_8);
        JsonNode response = ResponsesJson.object(ChatToResponse.translate(json("{\"model\":\"asked\",\"input\":\"hi\"}"), reply, 9)
                .orElseThrow()).orElseThrow();
        assertTrue(response.path("id").asText().startsWith("resp_"));
        assertEquals("response", response.path("object").asText());
        assertEquals("completed", response.path("status").asText());
        assertEquals("asked", response.path("model").asText());
        assertEquals("output_text", response.at("/output/0/content/0/type").asText());
        assertEquals("Checking.", response.at("/output/0/content/0/text").asText());
        assertEquals("function_call", response.at("/output/1/type").asText());
        assertEquals("call_9", response.at("/output/1/call_id").asText());
        assertEquals(1000, response.at("/usage/input_tokens").asLong());
        assertEquals(500, response.at("/usage/input_tokens_details/cached_tokens").asLong());
        assertEquals(7, response.at("/usage/output_tokens_details/reasoning_tokens").asLong());
        assertEquals(1020, response.at("/usage/total_tokens").asLong());
    }

    @Test
    void aChatStreamBecomesNumberedResponseEventsEndingInCompletedWithUsage() {
        ChatToResponseEvents stream = new ChatToResponseEvents(json("{\"model\":\"asked\",\"input\":\"hi\"}"), 9);
        List<StreamEvent> out = new ArrayList<>();
        out.addAll(stream.on(chunk("{\"choices\":[{\"index\":0,\"delta\":{\"content\":\"Hel\"}}]}", Optional.empty())));
        out.addAll(stream.on(chunk("{\"choices\":[{\"index\":0,\"delta\":{\"content\":\"lo\"}}]}", Optional.empty())));
        out.addAll(stream.on(chunk("{\"choices\":[{\"index\":0,\"delta\":{\"tool_calls\":[{\"index\":0,\"id\":\"call_1\",\"function\":"
                + "{\"name\":\"weather\",\"arguments\":\"{\\\"ci\"}}]}}]}", Optional.empty())));
        out.addAll(stream.on(chunk("{\"choices\":[{\"index\":0,\"delta\":{\"tool_calls\":[{\"index\":0,\"function\":{\"arguments\":"
                + "\"ty\\\":1}\"}}]},\"finish_reason\":\"tool_calls\"}]}", Optional.empty())));
        Usage usage = new Usage(10, 5, false);
        out.addAll(stream.on(chunk("{\"choices\":[],\"usage\":{\"prompt_tokens\":10,\"completion_tokens\":5}}", Optional.of(usage))));
        out.addAll(stream.end());
        List<String> types = new ArrayList<>();
        long expected = 0;
        for (StreamEvent event : out) {
            String text = new String(((StreamEvent.Data) event).bytes(), StandardCharsets.UTF_8);
            JsonNode data = ResponsesJson.object(text.substring(text.indexOf("data: ") + 6).getBytes(StandardCharsets.UTF_8)).orElseThrow();
            assertTrue(text.startsWith("event: " + data.path("type").asText() + "\n"), text);
            assertEquals(expected++, data.path("sequence_number").asLong());
            types.add(data.path("type").asText());
        }
        assertEquals(List.of("response.created", "response.in_progress", "response.output_item.added", "response.content_part.added",
                "response.output_text.delta", "response.output_text.delta", "response.output_text.done", "response.content_part.done",
                "response.output_item.done", "response.output_item.added", "response.function_call_arguments.delta",
                "response.function_call_arguments.delta", "response.function_call_arguments.done", "response.output_item.done",
                "response.completed"), types);
        StreamEvent.Data last = (StreamEvent.Data) out.get(out.size() - 1);
        assertEquals(Optional.of(usage), last.usage());
        String completed = new String(last.bytes(), StandardCharsets.UTF_8);
        JsonNode response = ResponsesJson.object(completed.substring(completed.indexOf("data: ") + 6).getBytes(StandardCharsets.UTF_8))
                .orElseThrow().path("response");
        assertEquals("Hello", response.at("/output/0/content/0/text").asText());
        assertEquals("{\"city\":1}", response.at("/output/1/arguments").asText());
        assertEquals(15, response.at("/usage/total_tokens").asLong());
    }

    private static StreamEvent.Data chunk(String json, Optional<Usage> usage) {
        return new StreamEvent.Data(("data: " + json + "\n\n").getBytes(StandardCharsets.UTF_8), "", usage, usage.isPresent());
    }
}
