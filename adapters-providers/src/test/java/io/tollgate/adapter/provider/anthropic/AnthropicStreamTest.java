package io.tollgate.adapter.provider.anthropic;

import static io.tollgate.adapter.provider.anthropic.AnthropicFixtures.q;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.openai.core.ObjectMappers;
import com.openai.helpers.ChatCompletionAccumulator;
import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletionChunk;
import com.openai.models.chat.completions.ChatCompletionMessageFunctionToolCall;
import io.tollgate.adapter.provider.FakePlatform;
import io.tollgate.adapter.provider.Fixtures;
import io.tollgate.domain.relay.StreamEvent;
import io.tollgate.domain.relay.Usage;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AnthropicStreamTest {

    /** One SSE event as Anthropic frames it, from a single-quoted JSON fixture. */
    static String event(String name, String data) {
        return "event: " + name + "\ndata: " + q(data) + "\n\n";
    }

    private static final String[] STREAM = {
        event("message_start", "{'type':'message_start','message':{'id':'msg_s1','type':'message','role':'assistant','model':'claude-test',"
                + "'content':[],'stop_reason':null,'stop_sequence':null,'usage':{'input_tokens':100,'cache_read_input_tokens':20,"
                + "'cache_creation_input_tokens':5,'output_tokens':1}}}"),
        event("content_block_start", "{'type':'content_block_start','index':0,'content_block':{'type':'thinking','thinking':''}}"),
        event("ping", "{'type':'ping'}"),
        event("content_block_delta", "{'type':'content_block_delta','index':0,'delta':{'type':'thinking_delta','thinking':'Two cities, '}}"),
        event("content_block_delta", "{'type':'content_block_delta','index':0,'delta':{'type':'thinking_delta','thinking':'two calls.'}}"),
        event("content_block_delta", "{'type':'content_block_delta','index':0,'delta':{'type':'signature_delta','signature':'EqQB'}}"),
        event("content_block_stop", "{'type':'content_block_stop','index':0}"),
        event("content_block_start", "{'type':'content_block_start','index':1,'content_block':{'type':'text','text':''}}"),
        event("content_block_delta", "{'type':'content_block_delta','index':1,'delta':{'type':'text_delta','text':'Checking '}}"),
        event("content_block_delta", "{'type':'content_block_delta','index':1,'delta':{'type':'text_delta','text':'both.'}}"),
        event("content_block_stop", "{'type':'content_block_stop','index':1}"),
        event("content_block_start", "{'type':'content_block_start','index':2,'content_block':{'type':'tool_use','id':'toolu_A',"
                + "'name':'get_weather','input':{}}}"),
        event("content_block_delta", "{'type':'content_block_delta','index':2,'delta':{'type':'input_json_delta','partial_json':''}}"),
        event("content_block_delta", "{'type':'content_block_delta','index':2,'delta':{'type':'input_json_delta','partial_json':'{\\'city\\': '}}"),
        event("content_block_delta", "{'type':'content_block_delta','index':2,'delta':{'type':'input_json_delta','partial_json':'\\'Paris\\'}'}}"),
        event("content_block_stop", "{'type':'content_block_stop','index':2}"),
        event("content_block_start", "{'type':'content_block_start','index':3,'content_block':{'type':'tool_use','id':'toolu_B',"
                + "'name':'get_time','input':{}}}"),
        event("content_block_delta", "{'type':'content_block_delta','index':3,'delta':{'type':'input_json_delta','partial_json':'{\\'tz\\':\\'Europe/Rome\\'}'}}"),
        event("content_block_stop", "{'type':'content_block_stop','index':3}"),
        event("message_delta", "{'type':'message_delta','delta':{'stop_reason':'tool_use','stop_sequence':null},'usage':{'output_tokens':80}}"),
        event("message_stop", "{'type':'message_stop'}"),
    };

    @Test
    void textThinkingAndTwoToolCallsAccumulateInTheOpenAiSdkIntoTheRightMessageAndUsage() throws Exception {
        try (FakePlatform platform = new FakePlatform(FakePlatform.sse(1, STREAM))) {
            List<StreamEvent> events = Fixtures.drain(AnthropicFixtures.provider().call(AnthropicFixtures.request(platform.baseUrl(), true)));
            assertInstanceOf(StreamEvent.Done.class, events.get(events.size() - 1), events.toString());
            ChatCompletionAccumulator accumulator = ChatCompletionAccumulator.create();
            StringBuilder reasoning = new StringBuilder();
            StringBuilder texts = new StringBuilder();
            int roles = 0;
            for (StreamEvent event : events.subList(0, events.size() - 1)) {
                StreamEvent.Data data = assertInstanceOf(StreamEvent.Data.class, event);
                String framed = new String(data.bytes(), StandardCharsets.UTF_8);
                assertTrue(framed.startsWith("data: ") && framed.endsWith("\n\n") && framed.indexOf('\n') == framed.length() - 2, framed);
                String json = framed.substring(6, framed.length() - 2);
                accumulator.accumulate(ObjectMappers.jsonMapper().readValue(json, ChatCompletionChunk.class));
                JsonNode chunk = AnthropicFixtures.json(json);
                assertEquals("chat.completion.chunk", chunk.path("object").asText());
                JsonNode delta = chunk.path("choices").path(0).path("delta");
                reasoning.append(delta.path("reasoning_content").asText(""));
                roles += delta.has("role") ? 1 : 0;
                texts.append(data.text());
                boolean last = event == events.get(events.size() - 2);
                assertEquals(last, data.usageOnly());
                if (!last && !chunk.path("choices").path(0).path("finish_reason").isNull()) {
                    assertEquals("tool_calls", chunk.path("choices").path(0).path("finish_reason").asText(), json);
                }
            }
            assertEquals(1, roles);
            assertEquals("Two cities, two calls.", reasoning.toString());
            assertEquals("Two cities, two calls.Checking both.{\"city\": \"Paris\"}{\"tz\":\"Europe/Rome\"}", texts.toString());
            StreamEvent.Data usage = (StreamEvent.Data) events.get(events.size() - 2);
            assertEquals(Optional.of(new Usage(125, 80, 20, 5, false)), usage.usage());

            ChatCompletion completion = accumulator.chatCompletion();
            assertEquals("msg_s1", completion.id());
            assertEquals("claude-test", completion.model());
            ChatCompletion.Choice choice = completion.choices().get(0);
            assertEquals(ChatCompletion.Choice.FinishReason.TOOL_CALLS, choice.finishReason());
            assertEquals(Optional.of("Checking both."), choice.message().content());
            List<ChatCompletionMessageFunctionToolCall> calls = choice.message().toolCalls().orElseThrow().stream()
                    .map(call -> call.asFunction()).toList();
            assertEquals(2, calls.size());
            assertEquals("toolu_A", calls.get(0).id());
            assertEquals("get_weather", calls.get(0).function().name());
            assertEquals("{\"city\": \"Paris\"}", calls.get(0).function().arguments());
            assertEquals("toolu_B", calls.get(1).id());
            assertEquals("get_time", calls.get(1).function().name());
            assertEquals("{\"tz\":\"Europe/Rome\"}", calls.get(1).function().arguments());
            assertEquals(125, completion.usage().orElseThrow().promptTokens());
            assertEquals(80, completion.usage().orElseThrow().completionTokens());
            assertEquals(205, completion.usage().orElseThrow().totalTokens());
        }
    }

    @Test
    void chunksCarryTheToolCallIndexNotTheContentBlockIndexAndNoEmptyFinishReason() throws Exception {
        AnthropicChunks chunks = new AnthropicChunks(1, java.util.Optional.empty());
        for (String event : STREAM) {
            JsonNode data = AnthropicFixtures.json(event.substring(event.indexOf("data: ") + 6).strip());
            for (StreamEvent out : chunks.on(data)) {
                if (out instanceof StreamEvent.Data chunk) {
                    String json = new String(chunk.bytes(), StandardCharsets.UTF_8);
                    assertFalse(json.contains("\"finish_reason\":\"\""), json);
                    JsonNode calls = AnthropicFixtures.json(json.substring(6)).path("choices").path(0).path("delta").path("tool_calls");
                    if (calls.isArray()) {
                        int index = calls.path(0).path("index").asInt();
                        assertTrue(index == 0 || index == 1, json);
                        assertEquals(data.path("index").asInt() - 2, index, json);
                    }
                }
            }
        }
    }
}
