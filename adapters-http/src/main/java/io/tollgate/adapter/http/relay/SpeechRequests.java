package io.tollgate.adapter.http.relay;

import com.fasterxml.jackson.databind.JsonNode;
import io.tollgate.application.moderation.PromptText;
import io.tollgate.application.relay.ChatCall;
import io.tollgate.domain.relay.UpstreamRequest;
import io.tollgate.domain.relay.kind.ModelKind;
import java.util.List;
import java.util.Set;

/**
 * Checks a speech body as OpenAI does: {@code input} and {@code voice} strings, {@code response_format} one of the
 * audio formats, {@code speed} from 0.25 to 4; the call measures its input in characters (code points).
 */
final class SpeechRequests {

    static final int MAX_INPUT_CHARACTERS = 4096;
    private static final Set<String> FORMATS = Set.of("mp3", "opus", "aac", "flac", "wav", "pcm");

    private SpeechRequests() {}

    static ChatRequests.Checked check(JsonNode body, byte[] raw) {
        JsonNode model = body.get("model");
        if (model == null || !model.isTextual() || model.asText().isBlank()) {
            return new ChatRequests.Checked.Invalid("model", "'model' is required and must be a string");
        }
        JsonNode input = body.get("input");
        if (input == null || !input.isTextual() || input.asText().isEmpty()) {
            return new ChatRequests.Checked.Invalid("input", "'input' is required and must be a non-empty string");
        }
        long characters = input.asText().codePointCount(0, input.asText().length());
        if (characters > MAX_INPUT_CHARACTERS) {
            return new ChatRequests.Checked.Invalid("input", "'input' may hold at most " + MAX_INPUT_CHARACTERS + " characters");
        }
        JsonNode voice = body.get("voice");
        if (voice == null || !voice.isTextual() || voice.asText().isBlank()) {
            return new ChatRequests.Checked.Invalid("voice", "'voice' is required and must be a string");
        }
        JsonNode format = body.get("response_format");
        if (format != null && !format.isNull() && !(format.isTextual() && FORMATS.contains(format.asText()))) {
            return new ChatRequests.Checked.Invalid("response_format", "'response_format' must be one of mp3, opus, aac, flac, wav, pcm");
        }
        JsonNode speed = body.get("speed");
        if (speed != null && !speed.isNull() && !(speed.isNumber() && speed.asDouble() >= 0.25 && speed.asDouble() <= 4)) {
            return new ChatRequests.Checked.Invalid("speed", "'speed' must be a number from 0.25 to 4");
        }
        ChatCall call = ChatCall.audio(ModelKind.SPEECH, model.asText(), raw, UpstreamRequest.JSON, characters);
        return new ChatRequests.Checked.Valid(call.withPrompt(List.of(new PromptText("input", input.asText()))));
    }
}
