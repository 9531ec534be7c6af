package io.tollgate.adapter.provider.dialect.messages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import com.fasterxml.jackson.databind.JsonNode;
import io.tollgate.adapter.provider.dialect.DialectTranslator;
import io.tollgate.domain.relay.StreamEvent;
import io.tollgate.domain.relay.Usage;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MessagesTranslatorTest {

    @Test
    void aMessagesBodyBecomesChatWithSystemToolsResultsAndImages() throws Exception {
        JsonNode body = MessagesJson.JSON.readTree("""
                {"model":"m","max_tokens":64,"system":[{"type":"text","text":"be brief","cache_control":{"type":"ephemeral"}}],
                 "stop_sequences":["END"],"tools":[{"name":"f","input_schema":{"type":"object"}}],"tool_choice":{"type":"any"},
                 "messages":[{"role":"user","content":[{"type":"text","text":"look"},
                   {"type":"image","source":{"type":"base64","media_type":"image/png","data":"AAAA"}}]},
                  {"role":"assistant","content":[{"type":"tool_use","id":"t1","name":"f","input":{"a":1}}]},
                  {"role":"user","content":[{"type":"tool_result","tool_use_id":"t1","content":[{"type":"text","text":"ok"}]}]}]}""");
        JsonNode chat = MessagesToChat.translate(body, true);
        assertEquals("system", chat.at("/messages/0/role").asText());
        assertEquals("be brief", chat.at("/messages/0/content").asText());
        assertEquals("data:image/png;base64,AAAA", chat.at("/messages/1/content/1/image_url/url").asText());
        assertEquals("{\"a\":1}", chat.at("/messages/2/tool_calls/0/function/arguments").asText());
        assertEquals("tool", chat.at("/messages/3/role").asText());
        assertEquals("t1", chat.at("/messages/3/tool_call_id").asText());
        assertEquals("ok", chat.at("/messages/3/content").asText());
        assertEquals("required", chat.path("tool_choice").asText());
        assertEquals("f", chat.at("/tools/0/function/name").asText());
        assertEquals("END", chat.at("/stop/0").asText());
        assertEquals(64, chat.path("max_tokens").asInt());
        assertEquals(true, chat.at("/stream_options/include_usage").asBoolean());
    }

    @Test
    void aChatStreamBecomesAnthropicsEventsWithUsageOnMessageDelta() {
        DialectTranslator.StreamTranslation stream = new MessagesStream();
        List<StreamEvent> events = new ArrayList<>();
        String head = "data: {\"id\":\"chatcmpl-9\",\"model\":\"up\",\"choices\":";
        events.addAll(stream.on(data(head + "[{\"index\":0,\"delta\":{\"role\":\"assistant\",\"content\":\"Hi\"}}]}", Optional.empty())));
        events.addAll(stream.on(data(head + "[{\"index\":0,\"delta\":{\"tool_calls\":[{\"index\":0,\"id\":\"c1\",\"function\":"
                + "{\"name\":\"f\",\"arguments\":\"{}\"}}]},\"finish_reason\":\"tool_calls\"}]}", Optional.empty())));
        Usage usage = new Usage(11, 7, false);
        events.addAll(stream.on(data(head + "[],\"usage\":{\"prompt_tokens\":11,\"completion_tokens\":7}}", Optional.of(usage))));
        events.addAll(stream.end());
        List<String> names = events.stream().map(e -> text(e).substring(7, text(e).indexOf('\n'))).toList();
        assertEquals(List.of("message_start", "ping", "content_block_start", "content_block_delta", "content_block_stop",
                "content_block_start", "content_block_delta", "content_block_stop", "message_delta"), names);
        StreamEvent.Data last = assertInstanceOf(StreamEvent.Data.class, events.get(events.size() - 1));
        assertEquals(Optional.of(usage), last.usage());
        assertEquals(false, last.usageOnly());
        String delta = text(last);
        assertEquals(true, delta.contains("\"stop_reason\":\"tool_use\"") && delta.contains("\"output_tokens\":7"), delta);
        assertEquals(true, text(events.get(0)).contains("\"id\":\"msg_9\""), text(events.get(0)));
    }

    private static StreamEvent.Data data(String frame, Optional<Usage> usage) {
        return new StreamEvent.Data((frame + "\n\n").getBytes(StandardCharsets.UTF_8), "", usage, usage.isPresent());
    }

    private static String text(StreamEvent event) {
        return new String(((StreamEvent.Data) event).bytes(), StandardCharsets.UTF_8);
    }
}
