package io.tollgate.adapter.provider.anthropic;

import static io.tollgate.adapter.provider.anthropic.AnthropicFixtures.q;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.tollgate.adapter.provider.FakePlatform;
import io.tollgate.adapter.provider.Fixtures;
import io.tollgate.domain.account.FailureClass;
import io.tollgate.domain.relay.UpstreamResult;
import io.tollgate.domain.relay.Usage;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AnthropicReplyTest {

    private static final String REPLY = q("{'id':'msg_01','type':'message','role':'assistant','model':'claude-test','content':["
            + "{'type':'thinking','thinking':'The user wants weather.','signature':'sig'},"
            + "{'type':'text','text':'Let me check.'},"
            + "{'type':'tool_use','id':'toolu_01','name':'get_weather','input':{'city':'Paris','unit':'c'}}],"
            + "'stop_reason':'tool_use','stop_sequence':null,"
            + "'usage':{'input_tokens':100,'cache_read_input_tokens':20,'cache_creation_input_tokens':5,'output_tokens':40}}");

    @Test
    void textToolUseAndThinkingBecomeAnOpenAiCompletionWithCacheTokensInThePrompt() throws Exception {
        try (FakePlatform platform = new FakePlatform(FakePlatform.json(200, REPLY))) {
            UpstreamResult result = AnthropicFixtures.provider().call(AnthropicFixtures.request(platform.baseUrl(), false));
            UpstreamResult.Completed completed = assertInstanceOf(UpstreamResult.Completed.class, result);
            // 100 uncached + 20 read from the cache + 5 written to it: all input, the cache's shares kept apart.
            assertEquals(Optional.of(new Usage(125, 40, 20, 5, false)), completed.usage());
            JsonNode body = AnthropicFixtures.json(new String(completed.body(), java.nio.charset.StandardCharsets.UTF_8));
            assertEquals("msg_01", body.path("id").asText());
            assertEquals("chat.completion", body.path("object").asText());
            assertEquals("claude-test", body.path("model").asText());
            assertEquals(Fixtures.NOW.getEpochSecond(), body.path("created").asLong());
            JsonNode choice = body.path("choices").path(0);
            assertEquals("tool_calls", choice.path("finish_reason").asText());
            JsonNode message = choice.path("message");
            assertEquals("assistant", message.path("role").asText());
            assertEquals("Let me check.", message.path("content").asText());
            assertEquals("Let me check.", completed.text());
            assertEquals("The user wants weather.", message.path("reasoning_content").asText());
            JsonNode call = message.path("tool_calls").path(0);
            assertEquals("toolu_01", call.path("id").asText());
            assertEquals("function", call.path("type").asText());
            assertEquals("get_weather", call.path("function").path("name").asText());
            assertEquals(AnthropicFixtures.json(q("{'city':'Paris','unit':'c'}")),
                    AnthropicFixtures.json(call.path("function").path("arguments").asText()));
            assertEquals(AnthropicFixtures.json("{\"prompt_tokens\":125,\"completion_tokens\":40,\"total_tokens\":165,"
                    + "\"prompt_tokens_details\":{\"cached_tokens\":20,\"cache_creation_input_tokens\":5}}"), body.path("usage"));
        }
    }

    @Test
    void stopReasonsMapToOpenAiFinishReasons() {
        assertEquals("stop", AnthropicReply.finishReason("end_turn", false));
        assertEquals("stop", AnthropicReply.finishReason("stop_sequence", false));
        assertEquals("length", AnthropicReply.finishReason("max_tokens", false));
        assertEquals("tool_calls", AnthropicReply.finishReason("tool_use", false));
    }

    @Test
    void aReplyThatOnlyCallsToolsHasNullContent() throws Exception {
        String reply = q("{'id':'m','type':'message','role':'assistant','model':'c','content':[{'type':'tool_use','id':'t','name':'f',"
                + "'input':{}}],'stop_reason':'tool_use','usage':{'input_tokens':1,'output_tokens':1}}");
        try (FakePlatform platform = new FakePlatform(FakePlatform.json(200, reply))) {
            UpstreamResult.Completed completed = assertInstanceOf(UpstreamResult.Completed.class,
                    AnthropicFixtures.provider().call(AnthropicFixtures.request(platform.baseUrl(), false)));
            JsonNode message = AnthropicFixtures.json(new String(completed.body(), java.nio.charset.StandardCharsets.UTF_8))
                    .path("choices").path(0).path("message");
            assertTrue(message.path("content").isNull());
            assertEquals("", completed.text());
            assertEquals("{}", message.path("tool_calls").path(0).path("function").path("arguments").asText());
        }
    }

    @Test
    void aReplyThatIsNotAMessageIsAFailureNotAnEmptyCompletion() throws Exception {
        try (FakePlatform platform = new FakePlatform(FakePlatform.json(200, "{\"id\":\"x\"}"))) {
            UpstreamResult result = AnthropicFixtures.provider().call(AnthropicFixtures.request(platform.baseUrl(), false));
            assertEquals(FailureClass.TRANSIENT, assertInstanceOf(UpstreamResult.Failed.class, result).failure().failureClass());
        }
    }
}
