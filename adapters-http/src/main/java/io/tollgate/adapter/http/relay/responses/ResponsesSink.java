package io.tollgate.adapter.http.relay.responses;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tollgate.adapter.http.relay.CallerStream;
import io.tollgate.application.relay.StreamSink;
import io.tollgate.domain.relay.SecretRedaction;
import io.tollgate.domain.relay.UpstreamFailure;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * A caller's Responses event stream: the events as they come (the last, {@code response.completed}, ends it; there is
 * no {@code [DONE]}), or one {@code error} event numbered after the events already sent.
 */
final class ResponsesSink implements StreamSink {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final CallerStream caller;
    private final Consumer<byte[]> beforeWrite;
    private long events;

    /** {@code beforeWrite} sees the upstream's events before the caller does. */
    ResponsesSink(OutputStream out, Runnable onFirstWrite, Consumer<byte[]> beforeWrite) {
        this.caller = new CallerStream(out, onFirstWrite);
        this.beforeWrite = beforeWrite;
    }

    @Override
    public boolean write(byte[] bytes) {
        return write(bytes, false);
    }

    @Override
    public boolean write(byte[] bytes, boolean more) {
        for (int i = 1; i < bytes.length; i++) {
            if (bytes[i] == '\n' && bytes[i - 1] == '\n') {
                events++;
            }
        }
        beforeWrite.accept(bytes);
        return more ? caller.sendLater(bytes) : caller.send(bytes);
    }

    @Override
    public void finish() {
        // response.completed was the last event: the Responses API sends no end marker of its own.
    }

    @Override
    public void fail(UpstreamFailure failure) {
        caller.end(error(failure.failureClass().name().toLowerCase(Locale.ROOT),
                "upstream failed mid-stream: " + SecretRedaction.redact(failure.message())));
    }

    @Override
    public void deadlineExceeded(Duration deadline) {
        caller.end(error("deadline_exceeded", "No answer within the request deadline of " + deadline.toSeconds()
                + " s; the stream was cut short"));
    }

    private byte[] error(String code, String message) {
        ObjectNode event = JSON.createObjectNode().put("type", "error").put("code", code).put("message", message);
        event.putNull("param");
        event.put("sequence_number", events);
        return ("event: error\ndata: " + event + "\n\n").getBytes(StandardCharsets.UTF_8);
    }
}
