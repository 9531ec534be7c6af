package io.tollgate.adapter.provider.shapes;

import com.fasterxml.jackson.databind.JsonNode;
import io.tollgate.domain.relay.UpstreamRequest;
import java.util.OptionalLong;

/** The most output tokens a platform may produce for a call: the caller's max_tokens within the model's maximum. */
public final class OutputLimit {

    private OutputLimit() {}

    /** The body's {@code max_completion_tokens}, which replaced {@code max_tokens}, or else its {@code max_tokens}. */
    public static OptionalLong requested(JsonNode body) {
        for (String field : new String[] {"max_completion_tokens", "max_tokens"}) {
            JsonNode value = body.path(field);
            if (value.isIntegralNumber() && value.canConvertToLong() && value.asLong() > 0) {
                return OptionalLong.of(value.asLong());
            }
        }
        return OptionalLong.empty();
    }

    /** What the caller asked for, lowered to the model's maximum; the maximum when the caller asked for nothing. */
    public static OptionalLong of(UpstreamRequest request, JsonNode body) {
        return request.outputLimit(requested(body));
    }
}
