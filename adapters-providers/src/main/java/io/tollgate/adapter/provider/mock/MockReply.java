package io.tollgate.adapter.provider.mock;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tollgate.adapter.provider.shapes.OutputLimit;
import io.tollgate.domain.relay.StreamEvent;
import io.tollgate.domain.relay.TokenCounter;
import io.tollgate.domain.relay.UpstreamRequest;
import io.tollgate.domain.relay.Usage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The mock platform's answer to one request, as a {@code chat.completion} or as {@code chat.completion.chunk} events,
 * no longer than the request's max_tokens (within the model's maximum).
 */
record MockReply(String id, String model, String text, Usage usage, String finishReason) {

    /** A fixed creation time: a clock would make two answers to the same request differ. */
    static final long CREATED = 1_735_689_600L;
    private static final ObjectMapper JSON = new ObjectMapper();

    static Optional<MockReply> answer(UpstreamRequest request, TokenCounter tokens) {
        JsonNode root;
        try {
            root = JSON.readTree(request.body());
        } catch (IOException notJson) {
            return Optional.empty();
        }
        if (root == null || !root.isObject()) {
            return Optional.empty();
        }
        StringBuilder prompt = new StringBuilder();
        String lastUser = "";
        for (JsonNode message : root.path("messages")) {
            String content = content(message.path("content"));
            prompt.append(content).append('\n');
            lastUser = message.path("role").asText().equals("user") ? content : lastUser;
        }
        String quoted = lastUser.codePointCount(0, lastUser.length()) > 80
                ? lastUser.substring(0, lastUser.offsetByCodePoints(0, 80)) + "…" : lastUser;
        String whole = "This is the mock platform answering \"" + quoted.strip() + "\". It is not a real model.";
        String text = within(whole, OutputLimit.of(request, root), tokens);
        Usage usage = new Usage(tokens.count(prompt.toString()), tokens.count(text), false);
        return Optional.of(new MockReply("chatcmpl-mock-" + digest(request.body()), request.upstreamModel(), text, usage,
                text.equals(whole) ? "stop" : "length"));
    }

    /** The longest start of the text that has at most {@code limit} tokens, as a platform stops at max_tokens. */
    private static String within(String text, OptionalLong limit, TokenCounter tokens) {
        if (limit.isEmpty() || tokens.count(text) <= limit.getAsLong()) {
            return text;
        }
        int fits = 0;
        int tooMany = text.codePointCount(0, text.length());
        while (tooMany - fits > 1) {
            int middle = (fits + tooMany) >>> 1;
            if (tokens.count(text.substring(0, text.offsetByCodePoints(0, middle))) <= limit.getAsLong()) {
                fits = middle;
            } else {
                tooMany = middle;
            }
        }
        return text.substring(0, text.offsetByCodePoints(0, fits));
    }

    byte[] completion() {
        ObjectNode reply = header("chat.completion");
        ObjectNode choice = reply.putArray("choices").addObject().put("index", 0);
        choice.putObject("message").put("role", "assistant").put("content", text);
        choice.put("finish_reason", finishReason);
        usageOf(reply);
        return bytes(reply);
    }

    /** Content split into {@code count} chunks (fewer if the text is shorter), then the usage-only chunk, then Done. */
    List<StreamEvent> chunks(int count) {
        int codePoints = text.codePointCount(0, text.length());
        int pieces = Math.max(1, Math.min(count, codePoints));
        List<StreamEvent> events = new ArrayList<>(pieces + 2);
        int from = 0;
        for (int i = 0; i < pieces; i++) {
            int to = i == pieces - 1 ? text.length() : text.offsetByCodePoints(0, (int) ((long) codePoints * (i + 1) / pieces));
            String piece = text.substring(from, to);
            ObjectNode chunk = header("chat.completion.chunk");
            ObjectNode choice = chunk.putArray("choices").addObject().put("index", 0);
            ObjectNode delta = choice.putObject("delta");
            if (i == 0) {
                delta.put("role", "assistant");
            }
            delta.put("content", piece);
            if (i == pieces - 1) {
                choice.put("finish_reason", finishReason);
            } else {
                choice.putNull("finish_reason");
            }
            events.add(new StreamEvent.Data(frame(chunk), piece, Optional.empty(), false));
            from = to;
        }
        ObjectNode last = header("chat.completion.chunk");
        last.putArray("choices");
        usageOf(last);
        events.add(new StreamEvent.Data(frame(last), "", Optional.of(usage), true));
        events.add(new StreamEvent.Done());
        return events;
    }

    private ObjectNode header(String object) {
        return JSON.createObjectNode().put("id", id).put("object", object).put("created", CREATED).put("model", model);
    }

    private void usageOf(ObjectNode node) {
        node.putObject("usage").put("prompt_tokens", usage.promptTokens()).put("completion_tokens", usage.completionTokens())
                .put("total_tokens", usage.totalTokens());
    }

    private static byte[] frame(ObjectNode chunk) {
        return ("data: " + chunk + "\n\n").getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] bytes(ObjectNode node) {
        return node.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Message content as text: a string, or the text parts of a multi-part content array. */
    private static String content(JsonNode content) {
        if (content.isTextual()) {
            return content.asText();
        }
        StringBuilder text = new StringBuilder();
        for (JsonNode part : content) {
            text.append(part.path("text").asText(""));
        }
        return text.toString();
    }

    private static String digest(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body), 0, 12);
        } catch (NoSuchAlgorithmException missingFromTheJdk) {
            throw new IllegalStateException("SHA-256 is unavailable", missingFromTheJdk);
        }
    }
}
