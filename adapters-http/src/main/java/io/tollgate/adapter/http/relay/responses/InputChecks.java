package io.tollgate.adapter.http.relay.responses;

import com.fasterxml.jackson.databind.JsonNode;
import io.tollgate.adapter.http.relay.ChatRequests;
import java.util.Set;

/** The shape checks of a Responses body that hold on every platform: message items, tools and the text format. */
final class InputChecks {

    private static final Set<String> ROLES = Set.of("user", "assistant", "system", "developer");
    private static final Set<String> FORMATS = Set.of("text", "json_object", "json_schema");

    private InputChecks() {}

    /** Why a message item is malformed, or null when it is not a message or is well formed. */
    static ChatRequests.Checked.Invalid message(JsonNode item, String at) {
        if (!item.path("type").asText("message").equals("message")) {
            return null;
        }
        if (!ROLES.contains(item.path("role").asText())) {
            return new ChatRequests.Checked.Invalid(at + ".role", "a message's role is one of " + ROLES);
        }
        JsonNode content = item.path("content");
        if (content.isTextual()) {
            return null;
        }
        if (!content.isArray()) {
            return new ChatRequests.Checked.Invalid(at + ".content", "a message's content is a string or an array of parts");
        }
        for (JsonNode part : content) {
            if (!part.path("type").isTextual()) {
                return new ChatRequests.Checked.Invalid(at + ".content", "each content part is an object with a string type");
            }
        }
        return null;
    }

    /** Why tools or text.format are malformed, or null. */
    static ChatRequests.Checked.Invalid options(JsonNode body) {
        JsonNode tools = body.path("tools");
        if (body.hasNonNull("tools")) {
            if (!tools.isArray()) {
                return new ChatRequests.Checked.Invalid("tools", "'tools' must be an array");
            }
            for (int i = 0; i < tools.size(); i++) {
                if (!tools.get(i).path("type").isTextual()) {
                    return new ChatRequests.Checked.Invalid("tools[" + i + "]", "each tool is an object with a string type");
                }
            }
        }
        JsonNode format = body.path("text").path("format");
        if (!format.isMissingNode() && !format.isNull() && !FORMATS.contains(format.path("type").asText())) {
            return new ChatRequests.Checked.Invalid("text.format", "text.format's type is one of " + FORMATS);
        }
        return null;
    }
}
