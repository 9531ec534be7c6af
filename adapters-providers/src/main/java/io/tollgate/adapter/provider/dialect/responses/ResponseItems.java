package io.tollgate.adapter.provider.dialect.responses;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The output items of a translated stream as they grow: one message of text at a time, and a function call per chat
 * tool-call index. Opening an item adds its {@code added} events; closing it its {@code done} events.
 */
final class ResponseItems {

    private final List<ObjectNode> output = new ArrayList<>();
    private final Map<Integer, Integer> callsByIndex = new LinkedHashMap<>();
    private final List<StringBuilder> texts = new ArrayList<>();
    private final List<Boolean> open = new ArrayList<>();
    private int message = -1;
    private long sequence;

    long nextSequence() {
        return sequence++;
    }

    void text(String delta, List<ObjectNode> events) {
        if (message < 0) {
            message = add(ResponseShape.message(ResponsesJson.id("msg"), "in_progress", null), events);
            events.add(at("response.content_part.added", message).put("content_index", 0).set("part", ResponseShape.textPart("")));
        }
        texts.get(message).append(delta);
        ObjectNode event = at("response.output_text.delta", message).put("content_index", 0).put("delta", delta);
        event.putArray("logprobs");
        events.add(event);
    }

    void call(int index, String callId, String name, String arguments, List<ObjectNode> events) {
        Integer item = callsByIndex.get(index);
        if (item == null) {
            closeMessage(events);
            item = add(ResponseShape.functionCall(ResponsesJson.id("fc"), callId, name, "", "in_progress"), events);
            callsByIndex.put(index, item);
        }
        if (!arguments.isEmpty()) {
            texts.get(item).append(arguments);
            events.add(at("response.function_call_arguments.delta", item).put("delta", arguments));
        }
    }

    void closeAll(List<ObjectNode> events) {
        for (int item = 0; item < output.size(); item++) {
            if (!open.get(item)) {
                continue;
            }
            if (item == message) {
                closeMessage(events);
            } else {
                String arguments = texts.get(item).toString();
                ObjectNode call = output.get(item).put("arguments", arguments).put("status", "completed");
                events.add(at("response.function_call_arguments.done", item).put("name", call.path("name").asText())
                        .put("arguments", arguments));
                done(item, events);
            }
        }
    }

    ArrayNode output() {
        ArrayNode items = ResponsesJson.JSON.createArrayNode();
        output.forEach(item -> items.add(item.deepCopy()));
        return items;
    }

    private void closeMessage(List<ObjectNode> events) {
        if (message < 0) {
            return;
        }
        String text = texts.get(message).toString();
        ObjectNode done = at("response.output_text.done", message).put("content_index", 0).put("text", text);
        done.putArray("logprobs");
        events.add(done);
        events.add(at("response.content_part.done", message).put("content_index", 0).set("part", ResponseShape.textPart(text)));
        ObjectNode item = output.get(message).put("status", "completed");
        item.putArray("content").add(ResponseShape.textPart(text));
        done(message, events);
        message = -1;
    }

    private int add(ObjectNode item, List<ObjectNode> events) {
        output.add(item);
        texts.add(new StringBuilder());
        open.add(true);
        int index = output.size() - 1;
        events.add(ResponsesJson.object().put("type", "response.output_item.added").put("output_index", index).set("item", item.deepCopy()));
        return index;
    }

    private void done(int item, List<ObjectNode> events) {
        open.set(item, false);
        events.add(ResponsesJson.object().put("type", "response.output_item.done").put("output_index", item)
                .set("item", output.get(item).deepCopy()));
    }

    /** An event about item {@code index}: its output index and id. */
    private ObjectNode at(String type, int index) {
        return ResponsesJson.object().put("type", type).put("item_id", output.get(index).path("id").asText()).put("output_index", index);
    }
}
