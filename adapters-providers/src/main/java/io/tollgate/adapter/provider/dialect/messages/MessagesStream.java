package io.tollgate.adapter.provider.dialect.messages;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tollgate.adapter.provider.dialect.DialectTranslator;
import io.tollgate.domain.relay.StreamEvent;
import io.tollgate.domain.relay.Usage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A chat stream as Anthropic's events: message_start and a ping on the first chunk, one content block per text run or
 * tool call (text_delta, input_json_delta), and at the end the open block's stop and message_delta with the
 * stop_reason and usage; the door writes message_stop after the call is settled.
 */
final class MessagesStream implements DialectTranslator.StreamTranslation {

    private enum Block { NONE, TEXT, TOOL }

    private boolean started;
    private Block open = Block.NONE;
    private int index = -1;
    private int toolCall = -1;
    private String finishReason = "";
    private Usage usage = Usage.NONE;

    @Override
    public List<StreamEvent> on(StreamEvent.Data chunk) {
        JsonNode json = parse(chunk.bytes());
        List<StreamEvent> events = new ArrayList<>();
        if (json == null) {
            return events;
        }
        usage = chunk.usage().orElse(usage);
        if (!started) {
            started = true;
            ObjectNode message = MessagesJson.JSON.createObjectNode().put("id", ChatToMessages.messageId(json.path("id").asText("")))
                    .put("type", "message").put("role", "assistant").put("model", json.path("model").asText(""));
            message.putArray("content");
            message.putNull("stop_reason").putNull("stop_sequence");
            message.set("usage", MessagesJson.usage(Usage.NONE));
            ObjectNode start = MessagesJson.JSON.createObjectNode().put("type", "message_start");
            start.set("message", message);
            events.add(MessagesJson.event(start, "", Optional.empty()));
            events.add(MessagesJson.event(MessagesJson.JSON.createObjectNode().put("type", "ping"), "", Optional.empty()));
        }
        JsonNode choice = json.path("choices").path(0);
        JsonNode delta = choice.path("delta");
        String text = delta.path("content").asText("");
        if (!text.isEmpty()) {
            if (open != Block.TEXT) {
                startBlock(events, Block.TEXT, MessagesJson.JSON.createObjectNode().put("type", "text").put("text", ""));
            }
            events.add(delta(MessagesJson.JSON.createObjectNode().put("type", "text_delta").put("text", text), text));
        }
        for (JsonNode call : delta.path("tool_calls")) {
            int callIndex = call.path("index").asInt(toolCall);
            if (open != Block.TOOL || callIndex != toolCall) {
                toolCall = callIndex;
                ObjectNode block = MessagesJson.JSON.createObjectNode().put("type", "tool_use").put("id", call.path("id").asText(""))
                        .put("name", call.path("function").path("name").asText(""));
                block.putObject("input");
                startBlock(events, Block.TOOL, block);
            }
            String arguments = call.path("function").path("arguments").asText("");
            if (!arguments.isEmpty()) {
                events.add(delta(MessagesJson.JSON.createObjectNode().put("type", "input_json_delta").put("partial_json", arguments), arguments));
            }
        }
        if (choice.path("finish_reason").isTextual()) {
            finishReason = choice.path("finish_reason").asText();
        }
        return events;
    }

    @Override
    public List<StreamEvent> end() {
        List<StreamEvent> events = new ArrayList<>();
        stopBlock(events);
        ObjectNode messageDelta = MessagesJson.JSON.createObjectNode().put("type", "message_delta");
        messageDelta.putObject("delta").put("stop_reason", MessagesJson.stopReason(finishReason)).putNull("stop_sequence");
        messageDelta.set("usage", MessagesJson.usage(usage));
        events.add(MessagesJson.event(messageDelta, "", Optional.of(usage)));
        return events;
    }

    private void startBlock(List<StreamEvent> events, Block kind, ObjectNode block) {
        stopBlock(events);
        open = kind;
        index++;
        ObjectNode start = MessagesJson.JSON.createObjectNode().put("type", "content_block_start").put("index", index);
        start.set("content_block", block);
        events.add(MessagesJson.event(start, "", Optional.empty()));
    }

    private void stopBlock(List<StreamEvent> events) {
        if (open != Block.NONE) {
            events.add(MessagesJson.event(MessagesJson.JSON.createObjectNode().put("type", "content_block_stop").put("index", index),
                    "", Optional.empty()));
            open = Block.NONE;
        }
    }

    private StreamEvent delta(ObjectNode delta, String text) {
        ObjectNode event = MessagesJson.JSON.createObjectNode().put("type", "content_block_delta").put("index", index);
        event.set("delta", delta);
        return MessagesJson.event(event, text, Optional.empty());
    }

    private static JsonNode parse(byte[] frame) {
        String text = new String(frame, StandardCharsets.UTF_8).strip();
        if (!text.startsWith("data:")) {
            return null;
        }
        try {
            return MessagesJson.JSON.readTree(text.substring(5).strip());
        } catch (IOException malformed) {
            return null;
        }
    }
}
