package io.tollgate.adapter.provider.openai;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tollgate.adapter.provider.shapes.OutputLimit;
import io.tollgate.domain.account.Platform;
import io.tollgate.domain.relay.kind.ModelKind;
import io.tollgate.domain.relay.UpstreamRequest;
import java.io.IOException;
import java.util.Optional;

/**
 * Turns the caller's body into the upstream one: the upstream model name, the output limit within the model's maximum,
 * and usage asked for when streaming; a body of another kind than chat gets only the upstream model name.
 */
final class RequestRewriter {

    // Exact decimals: a caller's 0.70 must reach the platform as 0.70, not as a rounded double.
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
            .build();

    private static final JsonStringEncoder QUOTED = JsonStringEncoder.getInstance();

    private RequestRewriter() {}

    /**
     * The rewritten body, or empty when the caller's body is not a JSON object. A body that needs nothing but its model
     * name goes out as the caller's bytes, the name replaced in place: never parsed into a tree and written again.
     */
    static Optional<byte[]> rewrite(UpstreamRequest request) {
        Optional<BodyFields> fields = BodyFields.scan(request.body());
        if (fields.isEmpty()) {
            return Optional.empty();
        }
        return onlyTheModelChanges(request, fields.get()) ? Optional.of(withModel(request, fields.get())) : rewriteTree(request);
    }

    private static boolean onlyTheModelChanges(UpstreamRequest request, BodyFields fields) {
        if (!fields.modelInPlace()) {
            return false;
        }
        if (request.kind() != ModelKind.CHAT) {
            return true;
        }
        boolean streamAsAsked = request.stream() ? fields.stream() == JsonToken.VALUE_TRUE && fields.includeUsage()
                : fields.stream() == null || fields.stream() == JsonToken.VALUE_FALSE;
        return streamAsAsked && limitAsAsked(request, fields);
    }

    /** Whether the tree path would leave the output limits as they are: one limit, a positive integer within the bound. */
    private static boolean limitAsAsked(UpstreamRequest request, BodyFields fields) {
        if (request.maxOutputTokens().isEmpty()) {
            return true;
        }
        long max = request.maxOutputTokens().getAsLong();
        long newer = fields.maxCompletionTokens();
        long older = fields.maxTokens();
        return newer == BodyFields.ABSENT ? older > 0 && older <= max : older == BodyFields.ABSENT && newer > 0 && newer <= max;
    }

    private static byte[] withModel(UpstreamRequest request, BodyFields fields) {
        byte[] body = request.body();
        if (request.upstreamModel().equals(fields.model())) {
            return body;
        }
        byte[] name = QUOTED.quoteAsUTF8(request.upstreamModel());
        byte[] out = new byte[body.length - (fields.modelEnd() - fields.modelStart()) + name.length + 2];
        System.arraycopy(body, 0, out, 0, fields.modelStart());
        out[fields.modelStart()] = '"';
        System.arraycopy(name, 0, out, fields.modelStart() + 1, name.length);
        out[fields.modelStart() + 1 + name.length] = '"';
        System.arraycopy(body, fields.modelEnd(), out, fields.modelStart() + name.length + 2, body.length - fields.modelEnd());
        return out;
    }

    private static Optional<byte[]> rewriteTree(UpstreamRequest request) {
        JsonNode root;
        try {
            root = JSON.readTree(request.body());
        } catch (IOException notJson) {
            return Optional.empty();
        }
        if (!(root instanceof ObjectNode body)) {
            return Optional.empty();
        }
        body.put("model", request.upstreamModel());
        if (request.kind() != ModelKind.CHAT) {
            return write(body);
        }
        if (request.maxOutputTokens().isPresent()) {
            long limit = OutputLimit.of(request, body).getAsLong();
            // Where the caller sent neither: OpenAI's reasoning models refuse max_tokens, and the other platforms of the
            // family know max_tokens but not all of them the newer field.
            boolean newerField = body.path("max_completion_tokens").isNumber()
                    || request.account().platform() == Platform.OPENAI && !body.path("max_tokens").isNumber();
            body.put(newerField ? "max_completion_tokens" : "max_tokens", limit);
            if (newerField && body.path("max_tokens").isNumber()) {
                body.put("max_tokens", limit);
            }
        }
        if (request.stream()) {
            body.put("stream", true);
            // Without it the family sends no usage in a stream, and the call could only be estimated.
            ObjectNode options = body.get("stream_options") instanceof ObjectNode existing ? existing : body.putObject("stream_options");
            options.put("include_usage", true);
        } else if (body.has("stream")) {
            body.put("stream", false);
        }
        return write(body);
    }

    private static Optional<byte[]> write(ObjectNode body) {
        try {
            return Optional.of(JSON.writeValueAsBytes(body));
        } catch (IOException cannotHappenForATree) {
            return Optional.empty();
        }
    }
}
