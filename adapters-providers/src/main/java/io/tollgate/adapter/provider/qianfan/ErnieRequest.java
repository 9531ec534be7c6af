package io.tollgate.adapter.provider.qianfan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tollgate.adapter.provider.shapes.OutputLimit;
import io.tollgate.adapter.provider.shapes.RequestJson;
import io.tollgate.domain.relay.UpstreamRequest;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/** Turns the caller's OpenAI body into a Qianfan v1 one: top-level system, alternating turns, its own parameter names. */
final class ErnieRequest {

    private static final BigDecimal LOWEST_TEMPERATURE = new BigDecimal("0.01");

    private record Turn(String role, String content) {}

    private ErnieRequest() {}

    /** The v1 body, or empty when the caller's body has no user message to send. */
    static Optional<byte[]> translate(UpstreamRequest request) {
        Optional<ObjectNode> parsed = RequestJson.object(request.body());
        if (parsed.isEmpty() || !parsed.get().path("messages").isArray()) {
            return Optional.empty();
        }
        ObjectNode in = parsed.get();
        StringBuilder system = new StringBuilder();
        List<Turn> turns = new ArrayList<>();
        for (JsonNode message : in.get("messages")) {
            String role = message.path("role").asText("user");
            String content = text(message.path("content"));
            if (role.equals("system") || role.equals("developer")) {
                system.append(system.isEmpty() ? "" : "\n").append(content);
            } else {
                // v1 knows only user and assistant: tool results are something the user side says.
                add(turns, new Turn(role.equals("assistant") ? "assistant" : "user", content));
            }
        }
        // Turns must alternate, starting and ending with the user: an assistant at either end has nothing to answer.
        while (!turns.isEmpty() && turns.get(0).role().equals("assistant")) {
            turns.remove(0);
        }
        while (!turns.isEmpty() && turns.get(turns.size() - 1).role().equals("assistant")) {
            turns.remove(turns.size() - 1);
        }
        if (turns.isEmpty()) {
            return Optional.empty();
        }
        ObjectNode out = RequestJson.EXACT.createObjectNode();
        ArrayNode messages = out.putArray("messages");
        turns.forEach(turn -> messages.addObject().put("role", turn.role()).put("content", turn.content()));
        if (!system.isEmpty()) {
            out.put("system", system.toString());
        }
        parameters(request, in, out);
        try {
            return Optional.of(RequestJson.EXACT.writeValueAsBytes(out));
        } catch (IOException cannotHappenForATree) {
            return Optional.empty();
        }
    }

    private static void parameters(UpstreamRequest request, ObjectNode in, ObjectNode out) {
        boolean stream = request.stream();
        // Only what the caller asked for, lowered to the model's maximum: v1 models refuse values above their own
        // (often 2048), and without one they stop at a default below the usual maximum.
        OptionalLong asked = OutputLimit.requested(in);
        if (asked.isPresent()) {
            out.put("max_output_tokens", (int) Math.min(Integer.MAX_VALUE, request.outputLimit(asked).getAsLong()));
        }
        if (in.path("temperature").isNumber()) {
            BigDecimal temperature = in.get("temperature").decimalValue();
            out.put("temperature", temperature.compareTo(BigDecimal.ZERO) <= 0 ? LOWEST_TEMPERATURE
                    : temperature.min(BigDecimal.ONE));
        }
        if (in.path("top_p").isNumber()) {
            out.put("top_p", in.get("top_p").decimalValue().max(BigDecimal.ZERO).min(BigDecimal.ONE));
        }
        JsonNode stop = in.path("stop");
        if (stop.isTextual()) {
            out.putArray("stop").add(stop.asText());
        } else if (stop.isArray()) {
            out.set("stop", stop);
        }
        if (in.path("user").isTextual()) {
            out.put("user_id", in.get("user").asText());
        }
        out.put("stream", stream);
    }

    private static void add(List<Turn> turns, Turn turn) {
        int last = turns.size() - 1;
        if (last >= 0 && turns.get(last).role().equals(turn.role())) {
            turns.set(last, new Turn(turn.role(), turns.get(last).content() + "\n\n" + turn.content()));
        } else {
            turns.add(turn);
        }
    }

    /** A string content as is; an array of parts as its text parts joined. */
    private static String text(JsonNode content) {
        if (content.isTextual()) {
            return content.asText();
        }
        StringBuilder text = new StringBuilder();
        for (JsonNode part : content) {
            if (part.path("text").isTextual()) {
                text.append(text.isEmpty() ? "" : "\n").append(part.get("text").asText());
            }
        }
        return text.toString();
    }
}
