package io.tollgate.adapter.provider.openai;

import io.tollgate.adapter.provider.transport.SseFrames;
import io.tollgate.domain.account.FailureClass;
import io.tollgate.domain.relay.StreamEvent;
import io.tollgate.domain.relay.UpstreamFailure;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/** The OpenAI family's frames, which are already chunks: each passes through byte for byte as {@code data: …\n\n}. */
final class OpenAiFrames implements SseFrames {

    private static final byte[] PREFIX = "data: ".getBytes(StandardCharsets.US_ASCII);

    private final Function<byte[], UpstreamFailure> classify;

    /** {@code classify} turns an error object found in the stream into a failure. */
    OpenAiFrames(Function<byte[], UpstreamFailure> classify) {
        this.classify = classify;
    }

    @Override
    public List<StreamEvent> translate(String event, byte[] line, int from, int length) {
        if (length == 6 && new String(line, from, length, StandardCharsets.US_ASCII).equals("[DONE]")) {
            return List.of(new StreamEvent.Done());
        }
        ChunkParser.Chunk chunk;
        try {
            chunk = ChunkParser.parse(line, from, length);
        } catch (IOException malformed) {
            return List.of(new StreamEvent.Failed(UpstreamFailure.of(FailureClass.TRANSIENT, 502, "the platform sent a malformed chunk")));
        }
        if (chunk.error() || event.equals("error")) {
            return List.of(new StreamEvent.Failed(classify.apply(Arrays.copyOfRange(line, from, from + length))));
        }
        byte[] bytes = new byte[PREFIX.length + length + 2];
        System.arraycopy(PREFIX, 0, bytes, 0, PREFIX.length);
        System.arraycopy(line, from, bytes, PREFIX.length, length);
        bytes[bytes.length - 2] = '\n';
        bytes[bytes.length - 1] = '\n';
        return List.of(new StreamEvent.Data(bytes, chunk.text(), chunk.usage(), chunk.noChoices() && chunk.usage().isPresent()));
    }
}
