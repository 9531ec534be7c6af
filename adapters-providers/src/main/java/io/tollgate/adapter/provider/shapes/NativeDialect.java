package io.tollgate.adapter.provider.shapes;

import com.fasterxml.jackson.databind.JsonNode;
import io.tollgate.adapter.provider.transport.SseFrames;
import io.tollgate.domain.account.Platform;
import io.tollgate.domain.relay.UpstreamFailure;
import io.tollgate.domain.relay.UpstreamResult;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;

/** How a platform with its own (non-OpenAI) wire format answers: which replies are errors, and how to translate the rest. */
public interface NativeDialect {

    Platform platform();

    /** Whether a JSON body that came with a 2xx status is in fact an error. */
    boolean isError(JsonNode reply);

    /** The reply as an OpenAI {@code chat.completion}, or empty when it holds no answer. */
    Optional<UpstreamResult.Completed> completion(JsonNode reply, String model, Instant now);

    /** Frames for one new stream; {@code classify} turns an error found in it into a failure. */
    SseFrames frames(String model, Instant now, Function<byte[], UpstreamFailure> classify);
}
