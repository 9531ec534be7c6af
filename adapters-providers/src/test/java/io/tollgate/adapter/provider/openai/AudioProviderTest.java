package io.tollgate.adapter.provider.openai;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tollgate.adapter.provider.FakePlatform;
import io.tollgate.adapter.provider.Fixtures;
import io.tollgate.domain.account.FailureClass;
import io.tollgate.domain.account.Platform;
import io.tollgate.domain.relay.AttemptLimits;
import io.tollgate.domain.relay.UpstreamFailure;
import io.tollgate.domain.relay.UpstreamRequest;
import io.tollgate.domain.relay.UpstreamResult;
import io.tollgate.domain.relay.kind.FormData;
import io.tollgate.domain.relay.kind.ModelKind;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** Speech and transcriptions against a local fake of an OpenAI-compatible platform, in its own reply formats. */
class AudioProviderTest {

    private static final String SPEECH = "{\"model\":\"tts-1\",\"input\":\"Hello there\",\"voice\":\"alloy\",\"response_format\":\"opus\"}";
    private static final byte[] AUDIO = {'O', 'g', 'g', 'S', 0, 2, 0, 0, (byte) 0xff};
    private static final String VERBOSE = "{\"task\":\"transcribe\",\"language\":\"english\",\"duration\":3.2155,\"text\":\"hi\"}";

    @Test
    void speechIsPostedWithTheUpstreamModelAndItsAudioPassedOnWithItsContentType() throws Exception {
        try (FakePlatform platform = new FakePlatform(exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "audio/ogg");
            exchange.sendResponseHeaders(200, AUDIO.length);
            exchange.getResponseBody().write(AUDIO);
        })) {
            UpstreamResult result = Fixtures.provider().call(Fixtures.request(Platform.OPENAI, platform.baseUrl(), ModelKind.SPEECH, SPEECH));

            UpstreamResult.Completed completed = assertInstanceOf(UpstreamResult.Completed.class, result);
            assertArrayEquals(AUDIO, completed.body());
            assertEquals("audio/ogg", completed.contentType());
            assertEquals("/v1/audio/speech", platform.last().path());
            assertEquals("Bearer sk-test-credential-123", platform.last().header("Authorization"));
            assertTrue(platform.last().bodyText().contains("\"model\":\"upstream-model\""), platform.last().bodyText());
            assertTrue(platform.last().bodyText().contains("\"voice\":\"alloy\""), platform.last().bodyText());
        }
    }

    @Test
    void aTranscriptionIsPostedAsMultipartWithTheUpstreamModelAndItsDurationRead() throws Exception {
        try (FakePlatform platform = new FakePlatform(FakePlatform.json(200, VERBOSE))) {
            UpstreamResult result = Fixtures.provider().call(transcription(platform.baseUrl(), "verbose_json"));

            UpstreamResult.Completed completed = assertInstanceOf(UpstreamResult.Completed.class, result);
            assertEquals(VERBOSE, new String(completed.body(), StandardCharsets.UTF_8));
            assertEquals(OptionalLong.of(3216), completed.units(), "3.2155 s rounded up to whole milliseconds");
            assertEquals("hi", completed.text());
            assertEquals("/v1/audio/transcriptions", platform.last().path());
            FormData sent = FormData.parse(platform.last().body(), platform.last().header("Content-Type")).orElseThrow();
            assertEquals("upstream-model", sent.part("model").orElseThrow().text());
            assertEquals("verbose_json", sent.part("response_format").orElseThrow().text());
            assertArrayEquals(AUDIO, sent.part("file").orElseThrow().content());
            assertEquals(Optional.of("note.ogg"), sent.part("file").orElseThrow().filename());
        }
    }

    @Test
    void theNewerUsageSecondsAndPlainTextRepliesAreReadToo() throws Exception {
        try (FakePlatform platform = new FakePlatform(FakePlatform.json(200, "{\"text\":\"hi\",\"usage\":{\"type\":\"duration\",\"seconds\":2}}"))) {
            UpstreamResult.Completed completed = assertInstanceOf(UpstreamResult.Completed.class,
                    Fixtures.provider().call(transcription(platform.baseUrl(), "json")));
            assertEquals(OptionalLong.of(2000), completed.units());
        }
        try (FakePlatform platform = new FakePlatform(exchange -> {
            byte[] text = "hi there\n".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
            exchange.sendResponseHeaders(200, text.length);
            exchange.getResponseBody().write(text);
        })) {
            UpstreamResult.Completed completed = assertInstanceOf(UpstreamResult.Completed.class,
                    Fixtures.provider().call(transcription(platform.baseUrl(), "text")));
            assertEquals("hi there\n", new String(completed.body(), StandardCharsets.UTF_8));
            assertEquals("text/plain; charset=utf-8", completed.contentType());
            assertEquals(OptionalLong.empty(), completed.units(), "no duration: the relay bills what the request measured");
        }
    }

    @Test
    void errorRepliesAreClassifiedAsChatsAreSoTheRelayFailsOver() throws Exception {
        String limited = "{\"error\":{\"message\":\"Rate limit reached for whisper-1\",\"type\":\"requests\",\"code\":\"rate_limit_exceeded\"}}";
        String overloaded = "{\"error\":{\"message\":\"The server had an error\",\"type\":\"server_error\"}}";
        String badFile = "{\"error\":{\"message\":\"Invalid file format.\",\"type\":\"invalid_request_error\",\"param\":\"file\"}}";
        for (boolean speech : new boolean[] {true, false}) {
            assertEquals(FailureClass.RATE, failure(speech, 429, limited).failureClass());
            assertEquals(FailureClass.TRANSIENT, failure(speech, 503, overloaded).failureClass());
            assertEquals(FailureClass.CLIENT, failure(speech, 400, badFile).failureClass());
            assertEquals(FailureClass.RATE, failure(speech, 200, limited).failureClass(), "an error object in a 200 is still an error");
        }
    }

    private static UpstreamFailure failure(boolean speech, int status, String body) throws Exception {
        try (FakePlatform platform = new FakePlatform(FakePlatform.json(status, body))) {
            UpstreamRequest request = speech ? Fixtures.request(Platform.OPENAI, platform.baseUrl(), ModelKind.SPEECH, SPEECH)
                    : transcription(platform.baseUrl(), "json");
            return assertInstanceOf(UpstreamResult.Failed.class, Fixtures.provider().call(request)).failure();
        }
    }

    private static UpstreamRequest transcription(String baseUrl, String format) {
        FormData form = new FormData(List.of(new FormData.Part("file", Optional.of("note.ogg"), "audio/ogg", AUDIO),
                FormData.Part.text("model", "whisper-1"), FormData.Part.text("response_format", format)));
        return new UpstreamRequest(Fixtures.account(Platform.OPENAI, baseUrl, Map.of()), "sk-test-credential-123", "upstream-model",
                form.encode("caller-boundary"), false, OptionalLong.empty(), AttemptLimits.NONE, ModelKind.TRANSCRIPTION,
                FormData.contentType("caller-boundary"));
    }
}
