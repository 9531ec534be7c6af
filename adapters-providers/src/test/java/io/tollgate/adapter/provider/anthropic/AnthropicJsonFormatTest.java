package io.tollgate.adapter.provider.anthropic;

import static io.tollgate.adapter.provider.anthropic.AnthropicFixtures.json;
import static io.tollgate.adapter.provider.anthropic.AnthropicFixtures.q;
import static io.tollgate.adapter.provider.anthropic.AnthropicStreamTest.event;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.tollgate.adapter.provider.FakePlatform;
import io.tollgate.adapter.provider.Fixtures;
import io.tollgate.domain.account.FailureClass;
import io.tollgate.domain.relay.StreamEvent;
import io.tollgate.domain.relay.UpstreamFailure;
import io.tollgate.domain.relay.UpstreamResult;
import io.tollgate.domain.relay.Usage;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A chat response_format on Anthropic: honoured through one forced tool, whose input comes back as the content. */
class AnthropicJsonFormatTest {

    private static final String SCHEMA = "{'type':'object','properties':{'city':{'type':'string'},'temp':{'type':'number'}},"
            + "'required':['city','temp']}";
    private static final String WITH_SCHEMA = "{'model':'x','messages':[{'role':'user','content':'weather?'}],"
            + "'response_format':{'type':'json_schema','json_schema':{'name':'weather','description':'The weather now','schema':" + SCHEMA
            + ",'strict':true}}}";
    private static final String JSON_MODE = "{'model':'x','messages':[{'role':'user','content':'weather?'}],'response_format':{'type':'json_object'}}";

    private static String reply(String tool, String stopReason) {
        return q("{'id':'msg_j','type':'message','role':'assistant','model':'claude-test','content':[{'type':'tool_use','id':'toolu_J',"
                + "'name':'" + tool + "','input':{'city':'Paris','temp':18.5}}],'stop_reason':'" + stopReason + "','stop_sequence':null,"
                + "'usage':{'input_tokens':30,'output_tokens':12}}");
    }

    private static UpstreamResult call(FakePlatform platform, String body, boolean stream) {
        return AnthropicFixtures.provider().call(AnthropicFixtures.request(platform.baseUrl(), q(body), stream));
    }

    @Test
    void aJsonSchemaIsSentAsOneForcedToolAndItsInputComesBackAsTheContent() throws Exception {
        try (FakePlatform platform = new FakePlatform(FakePlatform.json(200, reply("weather", "tool_use")))) {
            UpstreamResult.Completed done = assertInstanceOf(UpstreamResult.Completed.class, call(platform, WITH_SCHEMA, false));

            JsonNode sent = json(platform.last().bodyText());
            assertEquals(json(q("[{'name':'weather','description':'The weather now','input_schema':" + SCHEMA + "}]")), sent.path("tools"));
            assertEquals(json(q("{'type':'tool','name':'weather'}")), sent.path("tool_choice"));
            assertFalse(sent.has("response_format"), sent.toString());
            JsonNode message = json(new String(done.body(), StandardCharsets.UTF_8)).at("/choices/0/message");
            assertEquals(json(q("{'city':'Paris','temp':18.5}")), json(message.path("content").asText()), message.toString());
            assertFalse(message.has("tool_calls"), message.toString());
            assertEquals("stop", json(new String(done.body(), StandardCharsets.UTF_8)).at("/choices/0/finish_reason").asText());
            assertEquals(Optional.of(Usage.reported(30, 12, 0, 0)), done.usage());
        }
    }

    @Test
    void jsonModeForcesAnObjectToolAndATruncatedAnswerEndsWithLength() throws Exception {
        try (FakePlatform platform = new FakePlatform(FakePlatform.json(200, reply(AnthropicJsonFormat.DEFAULT_TOOL, "max_tokens")))) {
            UpstreamResult.Completed done = assertInstanceOf(UpstreamResult.Completed.class, call(platform, JSON_MODE, false));

            JsonNode sent = json(platform.last().bodyText());
            assertEquals("json_response", sent.at("/tools/0/name").asText());
            assertEquals(json("{\"type\":\"object\"}"), sent.at("/tools/0/input_schema"));
            assertEquals(json(q("{'type':'tool','name':'json_response'}")), sent.path("tool_choice"));
            JsonNode choice = json(new String(done.body(), StandardCharsets.UTF_8)).at("/choices/0");
            assertEquals("Paris", json(choice.at("/message/content").asText()).path("city").asText());
            assertFalse(choice.path("message").has("tool_calls"), choice.toString());
            assertEquals("length", choice.path("finish_reason").asText());
        }
    }

    @Test
    void inAStreamTheToolInputPiecesAreContentDeltasEndingWithStop() throws Exception {
        String[] stream = {
            event("message_start", "{'type':'message_start','message':{'id':'msg_js','type':'message','role':'assistant','model':'claude-test',"
                    + "'content':[],'stop_reason':null,'stop_sequence':null,'usage':{'input_tokens':30,'output_tokens':1}}}"),
            event("content_block_start", "{'type':'content_block_start','index':0,'content_block':{'type':'tool_use','id':'toolu_J',"
                    + "'name':'weather','input':{}}}"),
            event("content_block_delta", "{'type':'content_block_delta','index':0,'delta':{'type':'input_json_delta','partial_json':''}}"),
            event("content_block_delta", "{'type':'content_block_delta','index':0,'delta':{'type':'input_json_delta','partial_json':'{\\'city\\': '}}"),
            event("content_block_delta", "{'type':'content_block_delta','index':0,'delta':{'type':'input_json_delta','partial_json':'\\'Paris\\', \\'temp\\': 18.5}'}}"),
            event("content_block_stop", "{'type':'content_block_stop','index':0}"),
            event("message_delta", "{'type':'message_delta','delta':{'stop_reason':'tool_use','stop_sequence':null},'usage':{'output_tokens':12}}"),
            event("message_stop", "{'type':'message_stop'}"),
        };
        try (FakePlatform platform = new FakePlatform(FakePlatform.sse(1, stream))) {
            List<StreamEvent> events = Fixtures.drain(call(platform, WITH_SCHEMA, true));

            JsonNode sent = json(platform.last().bodyText());
            assertEquals(json(q("{'type':'tool','name':'weather'}")), sent.path("tool_choice"));
            assertTrue(sent.path("stream").asBoolean());
            StringBuilder content = new StringBuilder();
            List<String> finishes = new java.util.ArrayList<>();
            for (StreamEvent event : events.subList(0, events.size() - 1)) {
                String framed = new String(assertInstanceOf(StreamEvent.Data.class, event).bytes(), StandardCharsets.UTF_8);
                JsonNode choice = json(framed.substring(6)).path("choices").path(0);
                assertFalse(choice.path("delta").has("tool_calls"), framed);
                content.append(choice.at("/delta/content").asText(""));
                if (choice.has("finish_reason") && !choice.path("finish_reason").isNull()) {
                    finishes.add(choice.path("finish_reason").asText());
                }
            }
            assertInstanceOf(StreamEvent.Done.class, events.get(events.size() - 1));
            assertEquals(json(q("{'city':'Paris','temp':18.5}")), json(content.toString()), content.toString());
            assertEquals(List.of("stop"), finishes);
            assertEquals(Optional.of(Usage.reported(30, 12, 0, 0)), ((StreamEvent.Data) events.get(events.size() - 2)).usage());
        }
    }

    @Test
    void jsonWithTheCallersOwnToolsOrANonObjectSchemaIsRefusedWith400BeforeAnyCall() throws Exception {
        try (FakePlatform platform = new FakePlatform(FakePlatform.json(200, reply("weather", "tool_use")))) {
            for (String body : List.of(
                    JSON_MODE.replace("'messages'", "'tools':[{'type':'function','function':{'name':'now'}}],'messages'"),
                    JSON_MODE.replace("'messages'", "'tool_choice':'auto','messages'"),
                    WITH_SCHEMA.replace(SCHEMA, "{'type':'array'}"),
                    JSON_MODE.replace("json_object", "xml"))) {
                UpstreamFailure failure = assertInstanceOf(UpstreamResult.Failed.class, call(platform, body, false)).failure();
                assertEquals(FailureClass.CLIENT, failure.failureClass(), body);
                assertEquals(400, failure.status(), body);
                assertTrue(failure.message().contains("response_format"), failure.message());
            }
            assertEquals(null, platform.last(), "nothing reached the platform");
        }
    }
}
