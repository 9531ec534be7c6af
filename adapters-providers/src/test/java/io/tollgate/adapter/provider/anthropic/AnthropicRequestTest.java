package io.tollgate.adapter.provider.anthropic;

import static io.tollgate.adapter.provider.anthropic.AnthropicFixtures.q;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import com.fasterxml.jackson.databind.JsonNode;
import io.tollgate.adapter.provider.FakePlatform;
import io.tollgate.domain.account.FailureClass;
import io.tollgate.domain.relay.UpstreamResult;
import org.junit.jupiter.api.Test;

class AnthropicRequestTest {

    private static JsonNode translate(String body) throws Exception {
        return AnthropicFixtures.json(new String(AnthropicRequest.translate(AnthropicFixtures.request("http://127.0.0.1:9/v1", q(body), false))
                .orElseThrow(), java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void systemAndDeveloperMessagesBecomeTheTopLevelSystemAndTheRestAlternate() throws Exception {
        JsonNode out = translate("{'model':'x','messages':[{'role':'system','content':'Be brief.'},"
                + "{'role':'developer','content':[{'type':'text','text':'Answer in French.'}]},{'role':'user','content':'one'},"
                + "{'role':'user','content':[{'type':'text','text':'two'}]},{'role':'assistant','content':'deux'},"
                + "{'role':'assistant','content':''},{'role':'user','content':'three'}]}");
        assertEquals("Be brief.\n\nAnswer in French.", out.path("system").asText());
        assertEquals(AnthropicFixtures.json(q("[{'role':'user','content':[{'type':'text','text':'one'},{'type':'text','text':'two'}]},"
                + "{'role':'assistant','content':[{'type':'text','text':'deux'}]},{'role':'user','content':[{'type':'text','text':'three'}]}]")),
                out.path("messages"));
        assertEquals("claude-test", out.path("model").asText());
        assertFalse(out.path("stream").asBoolean());
    }

    @Test
    void maxTokensDefaultsTo4096AndStopBecomesStopSequences() throws Exception {
        JsonNode out = translate("{'messages':[{'role':'user','content':'hi'}],'stop':'END','temperature':0.70,'top_p':0.9}");
        assertEquals(4096, out.path("max_tokens").asLong());
        assertEquals(AnthropicFixtures.json("[\"END\"]"), out.path("stop_sequences"));
        assertEquals("0.70", out.path("temperature").decimalValue().toPlainString());
        assertEquals(0.9, out.path("top_p").asDouble());
        JsonNode capped = translate("{'messages':[{'role':'user','content':'hi'}],'max_tokens':100,'max_completion_tokens':200,"
                + "'stop':['a','b']}");
        assertEquals(200, capped.path("max_tokens").asLong());
        assertEquals(AnthropicFixtures.json("[\"a\",\"b\"]"), capped.path("stop_sequences"));
        assertEquals(100, translate("{'messages':[{'role':'user','content':'hi'}],'max_tokens':100}").path("max_tokens").asLong());
    }

    @Test
    void functionToolsAndToolChoiceAreTranslated() throws Exception {
        JsonNode out = translate("{'messages':[{'role':'user','content':'weather?'}],'tools':[{'type':'function','function':{"
                + "'name':'get_weather','description':'Weather now','parameters':{'type':'object','properties':{'city':{'type':'string'}}}}},"
                + "{'type':'function','function':{'name':'now'}}],'tool_choice':{'type':'function','function':{'name':'get_weather'}}}");
        assertEquals(AnthropicFixtures.json(q("[{'name':'get_weather','description':'Weather now','input_schema':{'type':'object',"
                + "'properties':{'city':{'type':'string'}}}},{'name':'now','input_schema':{'type':'object','properties':{}}}]")), out.path("tools"));
        assertEquals(AnthropicFixtures.json(q("{'type':'tool','name':'get_weather'}")), out.path("tool_choice"));
        JsonNode required = translate("{'messages':[{'role':'user','content':'x'}],'tool_choice':'required','parallel_tool_calls':false}");
        assertEquals(AnthropicFixtures.json(q("{'type':'any','disable_parallel_tool_use':true}")), required.path("tool_choice"));
    }

    @Test
    void assistantToolCallsBecomeToolUseAndToolMessagesBecomeUserToolResults() throws Exception {
        JsonNode out = translate("{'messages':[{'role':'user','content':'weather in Paris and Rome?'},"
                + "{'role':'assistant','content':null,'tool_calls':["
                + "{'id':'toolu_1','type':'function','function':{'name':'get_weather','arguments':'{\\'city\\':\\'Paris\\'}'}},"
                + "{'id':'toolu_2','type':'function','function':{'name':'get_weather','arguments':''}}]},"
                + "{'role':'tool','tool_call_id':'toolu_1','content':'18C'},{'role':'tool','tool_call_id':'toolu_2','content':[{'type':'text','text':'21C'}]},"
                + "{'role':'user','content':'thanks'}]}");
        assertEquals(AnthropicFixtures.json(q("[{'role':'user','content':[{'type':'text','text':'weather in Paris and Rome?'}]},"
                + "{'role':'assistant','content':[{'type':'tool_use','id':'toolu_1','name':'get_weather','input':{'city':'Paris'}},"
                + "{'type':'tool_use','id':'toolu_2','name':'get_weather','input':{}}]},"
                + "{'role':'user','content':[{'type':'tool_result','tool_use_id':'toolu_1','content':'18C'},"
                + "{'type':'tool_result','tool_use_id':'toolu_2','content':'21C'},{'type':'text','text':'thanks'}]}]")), out.path("messages"));
    }

    @Test
    void dataUrlImagesAreSentAsBase64AndHttpImagesAsUrls() throws Exception {
        JsonNode out = translate("{'messages':[{'role':'user','content':[{'type':'text','text':'compare'},"
                + "{'type':'image_url','image_url':{'url':'data:image/png;base64,iVBORw0KGgo='}},"
                + "{'type':'image_url','image_url':{'url':'https://example.com/cat.jpg','detail':'high'}}]}]}");
        assertEquals(AnthropicFixtures.json(q("[{'type':'text','text':'compare'},"
                + "{'type':'image','source':{'type':'base64','media_type':'image/png','data':'iVBORw0KGgo='}},"
                + "{'type':'image','source':{'type':'url','url':'https://example.com/cat.jpg'}}]")), out.path("messages").path(0).path("content"));
    }

    @Test
    void theCallGoesToMessagesWithTheKeyAndVersionHeaders() throws Exception {
        String reply = q("{'id':'msg_1','type':'message','role':'assistant','model':'claude-test','content':[{'type':'text','text':'hi'}],"
                + "'stop_reason':'end_turn','usage':{'input_tokens':3,'output_tokens':1}}");
        try (FakePlatform platform = new FakePlatform(FakePlatform.json(200, reply))) {
            AnthropicFixtures.provider().call(AnthropicFixtures.request(platform.baseUrl(), true));
            FakePlatform.Received received = platform.last();
            assertEquals("/v1/messages", received.path());
            assertEquals(AnthropicFixtures.CREDENTIAL, received.header("x-api-key"));
            assertEquals("2023-06-01", received.header("anthropic-version"));
            assertEquals(null, received.header("Authorization"));
            assertEquals(true, AnthropicFixtures.json(received.bodyText()).path("stream").asBoolean());
        }
    }

    @Test
    void aBodyWithoutMessagesIsTheCallersFault() {
        UpstreamResult result = AnthropicFixtures.provider().call(AnthropicFixtures.request("http://127.0.0.1:9/v1", "{\"model\":\"x\"}", false));
        assertEquals(FailureClass.CLIENT, assertInstanceOf(UpstreamResult.Failed.class, result).failure().failureClass());
    }
}
