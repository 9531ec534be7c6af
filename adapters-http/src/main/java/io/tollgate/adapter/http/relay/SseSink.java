package io.tollgate.adapter.http.relay;

import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tollgate.application.relay.StreamSink;
import io.tollgate.domain.relay.UpstreamFailure;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.function.UnaryOperator;

/** A caller's event stream in OpenAI's format: the upstream events as they come, then {@code [DONE]} or one error event. */
final class SseSink implements StreamSink {

    static final byte[] DONE = "data: [DONE]\n\n".getBytes(StandardCharsets.US_ASCII);
    private static final ObjectMapper JSON = new ObjectMapper(
            new JsonFactoryBuilder().characterEscapes(new ControlsAsUnicode()).build());

    private final CallerStream caller;
    private final UnaryOperator<byte[]> eachEvent;

    SseSink(OutputStream out) {
        this(out, () -> {});
    }

    SseSink(OutputStream out, Runnable onFirstWrite) {
        this(out, onFirstWrite, UnaryOperator.identity());
    }

    /** {@code eachEvent} changes each upstream event on its way (it names the model the caller asked for). */
    SseSink(OutputStream out, Runnable onFirstWrite, UnaryOperator<byte[]> eachEvent) {
        this.caller = new CallerStream(out, onFirstWrite);
        this.eachEvent = eachEvent;
    }

    @Override
    public boolean write(byte[] bytes) {
        return caller.send(eachEvent.apply(bytes));
    }

    @Override
    public boolean write(byte[] bytes, boolean more) {
        return more ? caller.sendLater(eachEvent.apply(bytes)) : write(bytes);
    }

    @Override
    public void finish() {
        caller.end(DONE);
    }

    @Override
    public void fail(UpstreamFailure failure) {
        caller.end(errorEvent(failure));
    }

    @Override
    public void deadlineExceeded(Duration deadline) {
        caller.end(errorEvent(RelayReplies.deadlineText(deadline) + "; the stream was cut short", "timeout_error", "deadline_exceeded"));
    }

    static byte[] errorEvent(UpstreamFailure failure) {
        return errorEvent("upstream failed mid-stream: " + failure.message(), "upstream_error",
                failure.failureClass().name().toLowerCase(Locale.ROOT));
    }

    private static byte[] errorEvent(String message, String type, String code) {
        ObjectNode event = JSON.createObjectNode();
        event.putObject("error").put("message", message).put("type", type).put("code", code);
        try {
            // Written as text, then encoded: half of a character pair (a message cut short) becomes '?' rather than a fault.
            return ("data: " + JSON.writeValueAsString(event) + "\n\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException cannotHappenForATree) {
            throw new UncheckedIOException(cannotHappenForATree);
        }
    }

    /** Every control character as a lower-case backslash-u escape, a newline too (not backslash-n): the bytes callers have always had. */
    private static final class ControlsAsUnicode extends CharacterEscapes {

        private final int[] ascii = standardAsciiEscapesForJSON();

        ControlsAsUnicode() {
            for (int c = 0; c < 0x20; c++) {
                ascii[c] = ESCAPE_CUSTOM;
            }
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return ch < 0x20 ? new SerializedString(String.format("\\u%04x", ch)) : null;
        }
    }
}
