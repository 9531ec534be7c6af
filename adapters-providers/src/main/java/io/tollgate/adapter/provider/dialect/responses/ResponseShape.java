package io.tollgate.adapter.provider.dialect.responses;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A Response object around the output of a translated call: OpenAI's fields, the request's settings echoed as OpenAI
 * echoes them, and {@code store} false, since nothing is kept upstream.
 */
final class ResponseShape {

    private ResponseShape() {}

    /** A response of {@code status} with no output yet; the model named as the caller named it. */
    static ObjectNode of(ObjectNode request, String id, long createdAt, String status) {
        ObjectNode response = ResponsesJson.object();
        response.put("id", id).put("object", "response").put("created_at", createdAt).put("status", status);
        response.putNull("error");
        response.putNull("incomplete_details");
        response.set("instructions", request.path("instructions").isTextual() ? request.get("instructions") : null);
        response.set("max_output_tokens", request.hasNonNull("max_output_tokens") ? request.get("max_output_tokens") : null);
        response.set("model", request.get("model"));
        response.putArray("output");
        response.put("parallel_tool_calls", request.path("parallel_tool_calls").asBoolean(true));
        response.putNull("previous_response_id");
        ObjectNode reasoning = response.putObject("reasoning");
        reasoning.set("effort", request.path("reasoning").path("effort").isTextual() ? request.get("reasoning").get("effort") : null);
        reasoning.putNull("summary");
        response.put("store", false);
        response.set("temperature", request.hasNonNull("temperature") ? request.get("temperature") : number(1));
        response.set("text", request.path("text").isObject() && request.get("text").has("format") ? request.get("text")
                : ResponsesJson.object().set("format", ResponsesJson.object().put("type", "text")));
        response.set("tool_choice", request.hasNonNull("tool_choice") ? request.get("tool_choice") : text("auto"));
        response.set("tools", request.path("tools").isArray() ? request.get("tools") : ResponsesJson.JSON.createArrayNode());
        response.set("top_p", request.hasNonNull("top_p") ? request.get("top_p") : number(1));
        response.put("truncation", "disabled");
        response.putNull("usage");
        response.set("user", request.path("user").isTextual() ? request.get("user") : null);
        response.set("metadata", request.path("metadata").isObject() ? request.get("metadata") : ResponsesJson.object());
        return response;
    }

    /** Ends the response: its status, output and usage; {@code length} as the reason marks it incomplete. */
    static ObjectNode finish(ObjectNode response, ArrayNode output, String finishReason, JsonNode usage) {
        boolean cut = "length".equals(finishReason);
        response.put("status", cut ? "incomplete" : "completed");
        if (cut) {
            response.putObject("incomplete_details").put("reason", "max_output_tokens");
        }
        response.set("output", output);
        response.set("usage", usage);
        return response;
    }

    static ObjectNode message(String id, String status, String text) {
        ObjectNode message = ResponsesJson.object().put("type", "message").put("id", id).put("status", status).put("role", "assistant");
        ArrayNode content = message.putArray("content");
        if (text != null) {
            content.add(textPart(text));
        }
        return message;
    }

    static ObjectNode textPart(String text) {
        ObjectNode part = ResponsesJson.object().put("type", "output_text").put("text", text);
        part.putArray("annotations");
        part.putArray("logprobs");
        return part;
    }

    static ObjectNode functionCall(String id, String callId, String name, String arguments, String status) {
        return ResponsesJson.object().put("type", "function_call").put("id", id).put("call_id", callId).put("name", name)
                .put("arguments", arguments).put("status", status);
    }

    private static JsonNode number(int value) {
        return ResponsesJson.JSON.getNodeFactory().numberNode(value);
    }

    private static JsonNode text(String value) {
        return ResponsesJson.JSON.getNodeFactory().textNode(value);
    }
}
