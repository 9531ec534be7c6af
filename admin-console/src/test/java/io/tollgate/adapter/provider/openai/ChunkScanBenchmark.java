package io.tollgate.adapter.provider.openai;

import io.tollgate.domain.relay.StreamEvent;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/** One SSE data line of the OpenAI family read for what billing needs: a text chunk, and the final usage chunk. */
@State(Scope.Benchmark)
public class ChunkScanBenchmark {

    private static final byte[] TEXT = ("{\"id\":\"chatcmpl-1\",\"object\":\"chat.completion.chunk\",\"created\":1733400000,"
            + "\"model\":\"gpt-4o-mini\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\" weather\"},\"finish_reason\":null}]}")
            .getBytes(StandardCharsets.UTF_8);
    private static final byte[] USAGE = ("{\"id\":\"chatcmpl-1\",\"object\":\"chat.completion.chunk\",\"created\":1733400000,"
            + "\"model\":\"gpt-4o-mini\",\"choices\":[],\"usage\":{\"prompt_tokens\":19,\"completion_tokens\":20,\"total_tokens\":39,"
            + "\"prompt_tokens_details\":{\"cached_tokens\":0}}}").getBytes(StandardCharsets.UTF_8);

    private final OpenAiFrames frames = new OpenAiFrames(body -> {
        throw new AssertionError("no error in these chunks");
    });

    @Benchmark
    public List<StreamEvent> textChunk() {
        return frames.translate("", TEXT, 0, TEXT.length);
    }

    @Benchmark
    public List<StreamEvent> usageChunk() {
        return frames.translate("", USAGE, 0, USAGE.length);
    }
}
