package io.tollgate.adapter.provider.shapes;

import com.fasterxml.jackson.databind.JsonNode;
import io.tollgate.adapter.provider.transport.SseFrames;
import io.tollgate.domain.account.FailureClass;
import io.tollgate.domain.relay.StreamEvent;
import io.tollgate.domain.relay.UpstreamFailure;
import java.io.IOException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/** A native platform's JSON stream frames: parsing, error frames and the model and start time shared by every chunk. */
public abstract class NativeFrames implements SseFrames {

    protected final String model;
    protected final Instant started;
    private final NativeDialect dialect;
    private final Function<byte[], UpstreamFailure> classify;

    public NativeFrames(String model, Instant started, NativeDialect dialect, Function<byte[], UpstreamFailure> classify) {
        this.model = model;
        this.started = started;
        this.dialect = dialect;
        this.classify = classify;
    }

    @Override
    public final List<StreamEvent> translate(String event, byte[] line, int from, int length) {
        JsonNode frame;
        try {
            frame = OpenAiShapes.JSON.readTree(line, from, length);
        } catch (IOException malformed) {
            frame = null;
        }
        if (frame == null || !frame.isObject()) {
            return List.of(new StreamEvent.Failed(UpstreamFailure.of(FailureClass.TRANSIENT, 502, "the platform sent a malformed event")));
        }
        if (event.equals("error") || dialect.isError(frame)) {
            return List.of(new StreamEvent.Failed(classify.apply(Arrays.copyOfRange(line, from, from + length))));
        }
        return frame(frame);
    }

    /** The caller's events for one frame that is not an error. */
    protected abstract List<StreamEvent> frame(JsonNode frame);
}
