package io.tollgate.adapter.provider.dialect.responses;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** A Responses request's options as chat-completions parameters: tools, tool choice, reasoning, text format, limits. */
final class ChatOptions {

    private ChatOptions() {}

    /** Copies what translates; the refusal of the first option that does not, else null. */
    static ResponsesToChat.Translation.Refused copy(ObjectNode request, ObjectNode chat) {
        for (String same : new String[] {"temperature", "top_p", "parallel_tool_calls", "user", "stream"}) {
            if (request.hasNonNull(same)) {
                chat.set(same, request.get(same));
            }
        }
        if (request.hasNonNull("max_output_tokens")) {
            // The chat-only platforms all know max_tokens; the newer max_completion_tokens not all of them.
            chat.set("max_tokens", request.get("max_output_tokens"));
        }
        JsonNode tools = request.path("tools");
        if (tools.isArray() && !tools.isEmpty()) {
            ArrayNode chatTools = chat.putArray("tools");
            for (int i = 0; i < tools.size(); i++) {
                JsonNode tool = tools.get(i);
                if (!"function".equals(tool.path("type").asText())) {
                    return refused("tools[" + i + "].type", "unsupported_tool", "the tool type '" + tool.path("type").asText()
                            + "' is hosted by OpenAI; this model's platform only takes function tools");
                }
                ObjectNode function = chatTools.addObject().put("type", "function").putObject("function");
                for (String field : new String[] {"name", "description", "parameters", "strict"}) {
                    if (tool.hasNonNull(field)) {
                        function.set(field, tool.get(field));
                    }
                }
            }
        }
        JsonNode choice = request.path("tool_choice");
        if (choice.isTextual()) {
            chat.set("tool_choice", choice);
        } else if (choice.isObject()) {
            if (!"function".equals(choice.path("type").asText())) {
                return refused("tool_choice", "unsupported_tool", "only 'auto', 'none', 'required' or a function can be chosen");
            }
            chat.putObject("tool_choice").put("type", "function").putObject("function").put("name", choice.path("name").asText());
        }
        if (request.path("reasoning").path("effort").isTextual()) {
            chat.put("reasoning_effort", request.get("reasoning").get("effort").asText());
        }
        return format(request.path("text").path("format"), chat);
    }

    /** {@code text.format} as {@code response_format}: JSON mode or a JSON schema; plain text needs nothing. */
    private static ResponsesToChat.Translation.Refused format(JsonNode format, ObjectNode chat) {
        switch (format.path("type").asText("text")) {
            case "text" -> { }
            case "json_object" -> chat.putObject("response_format").put("type", "json_object");
            case "json_schema" -> {
                ObjectNode schema = chat.putObject("response_format").put("type", "json_schema").putObject("json_schema");
                for (String field : new String[] {"name", "description", "schema", "strict"}) {
                    if (format.hasNonNull(field)) {
                        schema.set(field, format.get(field));
                    }
                }
            }
            default -> {
                return refused("text.format.type", "unsupported_format", "text.format is 'text', 'json_object' or 'json_schema'");
            }
        }
        return null;
    }

    private static ResponsesToChat.Translation.Refused refused(String param, String code, String message) {
        return new ResponsesToChat.Translation.Refused(param, code, message);
    }
}
