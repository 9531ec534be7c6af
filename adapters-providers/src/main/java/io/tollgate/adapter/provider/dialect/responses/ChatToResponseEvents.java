package io.tollgate.adapter.provider.dialect.responses;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tollgate.adapter.provider.dialect.DialectTranslator;
import io.tollgate.domain.relay.StreamEvent;
import io.tollgate.domain.relay.Usage;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One stream's chat-completion chunks as the Responses API's events, in OpenAI's order: {@code response.created} and
 * {@code response.in_progress} first, each output item added, its deltas and done events, then
 * {@code response.completed} (or {@code response.incomplete}) with the output and usage once the chat stream is done.
 * Numbered from 0 in {@code sequence_number}.
 */
public final class ChatToResponseEvents implements DialectTranslator.StreamTranslation {

    private final ResponseItems items;
    private final ObjectNode response;
    private Optional<Usage> usage = Optional.empty();
    private JsonNode usageJson;
    private String finishReason = "";
    private boolean started;

    public ChatToResponseEvents(ObjectNode request, long nowSeconds) {
        this.response = ResponseShape.of(request, ResponsesJson.id("resp"), nowSeconds, "in_progress");
        this.items = new ResponseItems();
    }

    @Override
    public List<StreamEvent> on(StreamEvent.Data data) {
        Optional<ObjectNode> chunk = ResponsesJson.object(payload(data.bytes()));
        List<ObjectNode> events = new ArrayList<>();
        start(events);
        usage = data.usage().isPresent() ? data.usage() : usage;
        if (chunk.isPresent()) {
            if (chunk.get().path("usage").isObject()) {
                usageJson = ResponsesUsage.fromChat(chunk.get().get("usage"));
            }
            for (JsonNode choice : chunk.get().path("choices")) {
                JsonNode delta = choice.path("delta");
                if (delta.path("content").isTextual() && !delta.get("content").asText().isEmpty()) {
                    items.text(delta.get("content").asText(), events);
                }
                for (JsonNode call : delta.path("tool_calls")) {
                    items.call(call.path("index").asInt(0), call.path("id").asText(""), call.path("function").path("name").asText(""),
                            call.path("function").path("arguments").asText(""), events);
                }
                if (choice.path("finish_reason").isTextual()) {
                    finishReason = choice.get("finish_reason").asText();
                }
            }
        }
        return data(events, data.text(), Optional.empty());
    }

    @Override
    public List<StreamEvent> end() {
        List<ObjectNode> events = new ArrayList<>();
        start(events);
        items.closeAll(events);
        ResponseShape.finish(response, items.output(), finishReason, usageJson);
        events.add(ResponsesJson.object().put("type", "length".equals(finishReason) ? "response.incomplete" : "response.completed")
                .set("response", response.deepCopy()));
        return data(events, "", usage);
    }

    private void start(List<ObjectNode> events) {
        if (!started) {
            started = true;
            events.add(ResponsesJson.object().put("type", "response.created").set("response", response.deepCopy()));
            events.add(ResponsesJson.object().put("type", "response.in_progress").set("response", response.deepCopy()));
        }
    }

    /** The events numbered and written; the text and usage ride on the last of them. */
    private List<StreamEvent> data(List<ObjectNode> events, String text, Optional<Usage> withUsage) {
        List<StreamEvent> out = new ArrayList<>(events.size());
        for (int i = 0; i < events.size(); i++) {
            ObjectNode event = events.get(i);
            event.put("sequence_number", items.nextSequence());
            boolean last = i == events.size() - 1;
            out.add(new StreamEvent.Data(ResponsesJson.event(event), last ? text : "", last ? withUsage : Optional.empty(), false));
        }
        return out;
    }

    /** A chunk event's JSON: the bytes after {@code data: }, without the blank line. */
    private static byte[] payload(byte[] bytes) {
        String line = new String(bytes, StandardCharsets.UTF_8).strip();
        return (line.startsWith("data:") ? line.substring(5).strip() : line).getBytes(StandardCharsets.UTF_8);
    }
}
