package io.tollgate.adapter.http.relay;

import io.javalin.http.Context;
import io.tollgate.adapter.http.support.Body;
import io.tollgate.adapter.http.support.CallNotes;
import io.tollgate.application.relay.ChatCall;
import io.tollgate.domain.relay.kind.AudioLength;
import io.tollgate.domain.relay.kind.FormData;
import io.tollgate.domain.relay.kind.ModelKind;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Reads a transcription's multipart/form-data body within the body limit and checks it as OpenAI does: a
 * {@code file}, a {@code model}, optional {@code language}, {@code prompt}, {@code response_format} and
 * {@code temperature}. The form is passed on re-encoded with a boundary of Tollgate's, measured by its audio's length.
 */
final class TranscriptionRequests {

    private static final Set<String> FORMATS = Set.of("json", "text", "srt", "verbose_json", "vtt");

    private TranscriptionRequests() {}

    /** The call, or empty when the error reply has been sent. */
    static Optional<ChatCall> read(Context ctx, long limit) {
        byte[] raw;
        switch (Body.bytes(ctx, limit)) {
            case Body.Bytes.TooLarge tooLarge -> {
                OpenAiError.reply(ctx, 413, "invalid_request_error", "body_too_large", null,
                        "the request body is larger than " + tooLarge.limit() + " bytes");
                return Optional.empty();
            }
            case Body.Bytes.Unreadable unreadable -> {
                OpenAiError.invalidRequest(ctx, null, "the request body could not be read");
                return Optional.empty();
            }
            case Body.Bytes.Whole whole -> raw = whole.raw();
        }
        Optional<FormData> form = FormData.parse(raw, ctx.header("Content-Type"));
        if (form.isEmpty()) {
            OpenAiError.invalidRequest(ctx, null, "the body must be multipart/form-data with a boundary");
            return Optional.empty();
        }
        Optional<ChatRequests.Checked.Invalid> invalid = problem(form.get());
        if (invalid.isPresent()) {
            OpenAiError.invalidRequest(ctx, invalid.get().param(), invalid.get().message());
            return Optional.empty();
        }
        String model = form.get().part("model").orElseThrow().text();
        CallNotes.model(ctx, model);
        String boundary = "tollgate-" + UUID.randomUUID();
        byte[] file = form.get().part("file").orElseThrow().content();
        return Optional.of(ChatCall.audio(ModelKind.TRANSCRIPTION, model, form.get().encode(boundary),
                FormData.contentType(boundary), AudioLength.boundMillis(file)));
    }

    /** What is wrong with the form, if anything. */
    private static Optional<ChatRequests.Checked.Invalid> problem(FormData form) {
        Optional<FormData.Part> file = form.part("file");
        if (file.isEmpty() || file.get().content().length == 0) {
            return invalid("file", "'file' is required: a non-empty audio file");
        }
        Optional<FormData.Part> model = form.part("model");
        if (model.isEmpty() || model.get().filename().isPresent() || model.get().text().isBlank()) {
            return invalid("model", "'model' is required and must be a string");
        }
        Optional<FormData.Part> format = form.part("response_format");
        if (format.isPresent() && !FORMATS.contains(format.get().text())) {
            return invalid("response_format", "'response_format' must be one of json, text, srt, verbose_json, vtt");
        }
        Optional<FormData.Part> temperature = form.part("temperature");
        if (temperature.isPresent() && !isTemperature(temperature.get().text())) {
            return invalid("temperature", "'temperature' must be a number from 0 to 1");
        }
        return Optional.empty();
    }

    private static Optional<ChatRequests.Checked.Invalid> invalid(String param, String message) {
        return Optional.of(new ChatRequests.Checked.Invalid(param, message));
    }

    private static boolean isTemperature(String text) {
        if (!text.matches("\\d{1,3}(\\.\\d{1,10})?")) {
            return false;
        }
        double value = Double.parseDouble(text);
        return value >= 0 && value <= 1;
    }
}
