package io.tollgate.adapter.provider.mock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.tollgate.adapter.provider.Fixtures;
import io.tollgate.adapter.provider.tokens.JtokkitTokenCounter;
import io.tollgate.domain.account.FailureClass;
import io.tollgate.domain.account.Platform;
import io.tollgate.domain.relay.AttemptLimits;
import io.tollgate.domain.relay.UpstreamRequest;
import io.tollgate.domain.relay.UpstreamResult;
import io.tollgate.domain.relay.kind.AudioLength;
import io.tollgate.domain.relay.kind.FormData;
import io.tollgate.domain.relay.kind.ModelKind;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class MockAudioTest {

    private final MockProvider mock = new MockProvider(new JtokkitTokenCounter());

    @Test
    void speechIsAValidWavOfSilenceTenMillisecondsPerCharacter() {
        UpstreamResult.Completed completed = assertInstanceOf(UpstreamResult.Completed.class, mock.call(Fixtures.request(Platform.MOCK,
                Platform.MOCK.defaultBaseUrl(), ModelKind.SPEECH, "{\"model\":\"m\",\"input\":\"héllo 👋\",\"voice\":\"alloy\"}")));

        assertEquals("audio/wav", completed.contentType());
        assertEquals(OptionalLong.of(70), AudioLength.wavMillis(completed.body()), "7 code points");
        assertEquals(44 + 70 * 16, completed.body().length);
    }

    @Test
    void aTranscriptionEchoesTheFilesSizeAndTheLengthOfItsWavHeader() {
        byte[] wav = MockAudio.silence(1500);
        UpstreamResult.Completed json = transcribe(wav, "json");
        assertEquals("{\"text\":\"mock transcription of " + wav.length + " bytes, 1500 ms of audio\"}",
                new String(json.body(), StandardCharsets.UTF_8));
        assertEquals(OptionalLong.of(1500), json.units());
        UpstreamResult.Completed verbose = transcribe(wav, "verbose_json");
        assertEquals(true, new String(verbose.body(), StandardCharsets.UTF_8).contains("\"duration\":1.500"));
        UpstreamResult.Completed text = transcribe(new byte[] {1, 2, 3}, "text");
        assertEquals("mock transcription of 3 bytes", new String(text.body(), StandardCharsets.UTF_8));
        assertEquals(OptionalLong.empty(), text.units(), "not a WAV: the relay bills the bound the request measured");
    }

    @Test
    void aBodyThatIsNoFormIsRefusedAsAClientError() {
        UpstreamResult result = mock.call(Fixtures.request(Platform.MOCK, Platform.MOCK.defaultBaseUrl(), ModelKind.TRANSCRIPTION, "{}"));
        assertEquals(FailureClass.CLIENT, assertInstanceOf(UpstreamResult.Failed.class, result).failure().failureClass());
    }

    private UpstreamResult.Completed transcribe(byte[] file, String format) {
        FormData form = new FormData(List.of(new FormData.Part("file", Optional.of("a.wav"), "audio/wav", file),
                FormData.Part.text("model", "m"), FormData.Part.text("response_format", format)));
        return assertInstanceOf(UpstreamResult.Completed.class, mock.call(new UpstreamRequest(
                Fixtures.account(Platform.MOCK, Platform.MOCK.defaultBaseUrl(), Map.of()), "k", "m", form.encode("b0undary"), false,
                OptionalLong.empty(), AttemptLimits.NONE, ModelKind.TRANSCRIPTION, FormData.contentType("b0undary"))));
    }
}
