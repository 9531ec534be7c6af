package io.tollgate.adapter.http.relay.anthropic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tollgate.adapter.http.relay.CallerStream;
import io.tollgate.application.relay.StreamSink;
import io.tollgate.domain.account.FailureClass;
import io.tollgate.domain.relay.SecretRedaction;
import io.tollgate.domain.relay.UpstreamFailure;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * A Messages caller's event stream: Anthropic's events as they come (message_start naming the model asked for), then
 * {@code message_stop} once the call is settled, or one {@code error} event.
 */
final class MessagesSink implements StreamSink {

    static final byte[] STOP = "event: message_stop\ndata: {\"type\":\"message_stop\"}\n\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] START = "event: message_start\n".getBytes(StandardCharsets.US_ASCII);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final CallerStream caller;
    private final String model;

    MessagesSink(OutputStream out, Runnable onFirstWrite, String model) {
        this.caller = new CallerStream(out, onFirstWrite);
        this.model = model;
    }

    @Override
    public boolean write(byte[] bytes) {
        return write(bytes, false);
    }

    @Override
    public boolean write(byte[] bytes, boolean more) {
        byte[] event = startsWith(bytes, START) ? askedModel(bytes) : bytes;
        return more ? caller.sendLater(event) : caller.send(event);
    }

    @Override
    public void finish() {
        caller.end(STOP);
    }

    @Override
    public void fail(UpstreamFailure failure) {
        boolean overloaded = failure.failureClass() == FailureClass.RATE || failure.failureClass() == FailureClass.QUOTA;
        caller.end(error(overloaded ? "overloaded_error" : "api_error", "upstream failed mid-stream: " + SecretRedaction.redact(failure.message())));
    }

    @Override
    public void deadlineExceeded(Duration deadline) {
        caller.end(error("timeout_error", MessagesFailures.deadlineText(deadline) + "; the stream was cut short"));
    }

    /** The platform names its own model in message_start; the caller is told the name it asked for, as in a reply. */
    private byte[] askedModel(byte[] event) {
        String text = new String(event, StandardCharsets.UTF_8);
        int data = text.indexOf("data:");
        try {
            JsonNode start = JSON.readTree(text.substring(data + 5).strip());
            if (start.path("message") instanceof ObjectNode message) {
                message.put("model", model);
                return frame("message_start", start);
            }
        } catch (IOException | IndexOutOfBoundsException malformed) {
            // Forwarded as it came: the caller sees what the platform sent.
        }
        return event;
    }

    private static byte[] error(String type, String message) {
        return frame("error", AnthropicError.body(type, message));
    }

    private static byte[] frame(String event, JsonNode payload) {
        try {
            return ("event: " + event + "\ndata: " + JSON.writeValueAsString(payload) + "\n\n").getBytes(StandardCharsets.UTF_8);
        } catch (IOException cannotHappenForATree) {
            throw new UncheckedIOException(cannotHappenForATree);
        }
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && java.util.Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }
}
