package io.tollgate.adapter.provider.mock;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tollgate.adapter.provider.shapes.OpenAiShapes;
import io.tollgate.domain.relay.UpstreamRequest;
import io.tollgate.domain.relay.UpstreamResult;
import io.tollgate.domain.relay.Usage;
import io.tollgate.domain.relay.kind.AudioLength;
import io.tollgate.domain.relay.kind.FormData;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The mock platform's audio: speech is a WAV of silence, 10 ms per input character (8 kHz, 16-bit mono, whatever
 * format was asked); a transcription echoes the file's size and, for a WAV, its length read from the header.
 */
final class MockAudio {

    static final int MILLIS_PER_CHARACTER = 10;
    private static final int SAMPLE_RATE = 8000;

    private MockAudio() {}

    static UpstreamResult speech(JsonNode body) {
        String input = body.path("input").asText("");
        long millis = (long) input.codePointCount(0, input.length()) * MILLIS_PER_CHARACTER;
        return new UpstreamResult.Completed(silence(millis), Optional.of(Usage.NONE), "", "audio/wav", OptionalLong.empty());
    }

    /** A PCM WAV of {@code millis} of silence. */
    static byte[] silence(long millis) {
        int data = (int) (millis * SAMPLE_RATE / 1000) * 2;
        ByteBuffer wav = ByteBuffer.allocate(44 + data).order(ByteOrder.LITTLE_ENDIAN);
        wav.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(36 + data).put("WAVE".getBytes(StandardCharsets.US_ASCII));
        wav.put("fmt ".getBytes(StandardCharsets.US_ASCII)).putInt(16).putShort((short) 1).putShort((short) 1)
                .putInt(SAMPLE_RATE).putInt(SAMPLE_RATE * 2).putShort((short) 2).putShort((short) 16);
        wav.put("data".getBytes(StandardCharsets.US_ASCII)).putInt(data);
        return wav.array();
    }

    static UpstreamResult transcription(UpstreamRequest request) {
        Optional<FormData> form = FormData.parse(request.body(), request.contentType());
        Optional<FormData.Part> file = form.flatMap(f -> f.part("file"));
        if (file.isEmpty()) {
            return MockKinds.refused("the request is not a multipart form with a file");
        }
        byte[] audio = file.get().content();
        OptionalLong millis = AudioLength.wavMillis(audio);
        String text = "mock transcription of " + audio.length + " bytes"
                + (millis.isPresent() ? ", " + millis.getAsLong() + " ms of audio" : "");
        String format = form.get().part("response_format").map(FormData.Part::text).orElse("json");
        String seconds = BigDecimal.valueOf(millis.orElse(0), 3).toPlainString();
        return switch (format) {
            case "text" -> plain(text, "text/plain; charset=utf-8", text, millis);
            case "srt" -> plain("1\n00:00:00,000 --> 00:00:01,000\n" + text + "\n", "text/plain; charset=utf-8", text, millis);
            case "vtt" -> plain("WEBVTT\n\n00:00:00.000 --> 00:00:01.000\n" + text + "\n", "text/vtt; charset=utf-8", text, millis);
            case "verbose_json" -> json(OpenAiShapes.JSON.createObjectNode().put("task", "transcribe")
                    .put("language", form.get().part("language").map(FormData.Part::text).orElse("english"))
                    .put("duration", new BigDecimal(seconds)).put("text", text), text, millis);
            default -> json(OpenAiShapes.JSON.createObjectNode().put("text", text), text, millis);
        };
    }

    private static UpstreamResult plain(String body, String contentType, String text, OptionalLong millis) {
        return new UpstreamResult.Completed(body.getBytes(StandardCharsets.UTF_8), Optional.of(Usage.NONE), text, contentType, millis);
    }

    private static UpstreamResult json(ObjectNode reply, String text, OptionalLong millis) {
        try {
            return new UpstreamResult.Completed(OpenAiShapes.JSON.writeValueAsBytes(reply), Optional.of(Usage.NONE), text,
                    UpstreamRequest.JSON, millis);
        } catch (IOException cannotHappenForATree) {
            throw new IllegalStateException(cannotHappenForATree);
        }
    }
}
