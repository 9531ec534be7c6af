package io.tollgate.adapter.provider.errors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Optional;

/** The code, type and message a platform put in an error body, in whichever of the family's shapes it used. */
public record ErrorBody(String code, String type, Optional<String> message) {

    private static final ObjectMapper JSON = new ObjectMapper();
    static final ErrorBody NONE = new ErrorBody("", "", Optional.empty());

    public static ErrorBody parse(byte[] body) {
        if (body.length == 0) {
            return NONE;
        }
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (IOException notJson) {
            return NONE;
        }
        if (root == null || !root.isObject()) {
            return NONE;
        }
        // OpenAI style {"error":{…}}; Spark, DashScope native and GLM v3 put code and message at the top.
        JsonNode error = root.path("error").isObject() ? root.path("error") : root;
        String code = text(error.path("code"));
        if (code.isEmpty()) {
            code = text(root.path("code")).isEmpty() ? text(root.path("error_code")) : text(root.path("code"));
        }
        String message = first(text(error.path("message")), text(root.path("message")), text(root.path("error_msg")),
                text(root.path("msg")), root.path("error").isTextual() ? root.path("error").asText() : "");
        return new ErrorBody(code, text(error.path("type")), message.isEmpty() ? Optional.empty() : Optional.of(message));
    }

    private static String text(JsonNode node) {
        return node.isValueNode() && !node.isNull() ? node.asText() : "";
    }

    private static String first(String... candidates) {
        for (String candidate : candidates) {
            if (!candidate.isEmpty()) {
                return candidate;
            }
        }
        return "";
    }
}
