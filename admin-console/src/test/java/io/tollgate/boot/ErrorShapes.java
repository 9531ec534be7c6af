package io.tollgate.boot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Whether a reply is what its route family answers: below 500, and any error as JSON in the family's shape. */
final class ErrorShapes {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ErrorShapes() {}

    /** What is wrong with the reply, or null when nothing is. */
    static String problem(String path, int status, String body) {
        if (status < 100 || status >= 500) {
            return "no 4xx";
        }
        if (status < 400) {
            return null;
        }
        if (path.startsWith("/api/v1/oauth/callback") && body.contains("data-ok=\"false\"")) {
            return null; // the page a browser is sent back to: HTML by design
        }
        if (path.startsWith("/console/") || path.startsWith("/me/")) {
            return null; // the pages answer refusals with pages of their own
        }
        JsonNode json;
        try {
            json = JSON.readTree(body);
        } catch (java.io.IOException notJson) {
            return "the error is not JSON";
        }
        if (json == null || !json.isObject()) {
            return "the error is not a JSON object";
        }
        if (path.startsWith("/shareAuth/")) {
            boolean shaped = json.path("success").isBoolean() && !json.get("success").asBoolean()
                    && json.path("code").isTextual() && json.path("message").isTextual();
            return shaped ? null : "not ShareAuth's {success:false,code,message}";
        }
        if (path.startsWith("/v1/messages")) {
            boolean anthropic = json.path("type").asText().equals("error") && json.at("/error/type").isTextual()
                    && json.at("/error/message").isTextual();
            return anthropic ? null : "not Anthropic's {type:error,error:{type,message}}";
        }
        boolean shaped = json.at("/error/code").isTextual() && json.at("/error/message").isTextual();
        // A request whose path Jetty could not read (a NUL in it) gets a body both doors' clients understand.
        boolean anyDoor = json.has("success");
        if (shaped && !anyDoor && path.startsWith("/v1/") && !path.startsWith("/v1/memfit-")) {
            return json.at("/error/type").isTextual() && json.path("error").has("param") ? null : "not OpenAI's {error:{message,type,param,code}}";
        }
        return shaped ? null : "not {error:{code,message}}";
    }
}
