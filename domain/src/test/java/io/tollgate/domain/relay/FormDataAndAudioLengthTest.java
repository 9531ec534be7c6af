package io.tollgate.domain.relay;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tollgate.domain.relay.kind.AudioLength;
import io.tollgate.domain.relay.kind.FormData;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class FormDataAndAudioLengthTest {

    private static final String CURL_FORM = "--------------------------abc123\r\n"
            + "Content-Disposition: form-data; name=\"model\"\r\n\r\nwhisper-1\r\n"
            + "--------------------------abc123\r\n"
            + "Content-Disposition: form-data; name=\"file\"; filename=\"a.wav\"\r\nContent-Type: audio/wav\r\n\r\n"
            + "RI\r\nFF--\r\n"
            + "--------------------------abc123--\r\n";

    @Test
    void aFormAsCurlSendsItIsReadPartByPartEvenWithLineBreaksInTheFile() {
        FormData form = FormData.parse(CURL_FORM.getBytes(StandardCharsets.ISO_8859_1),
                "multipart/form-data; boundary=------------------------abc123").orElseThrow();

        assertEquals("whisper-1", form.part("model").orElseThrow().text());
        assertEquals(Optional.of("a.wav"), form.part("file").orElseThrow().filename());
        assertEquals("audio/wav", form.part("file").orElseThrow().contentType());
        assertEquals("RI\r\nFF--", form.part("file").orElseThrow().text());
    }

    @Test
    void aFormWrittenWithAnotherModelReadsBackTheSame() {
        FormData form = FormData.parse(CURL_FORM.getBytes(StandardCharsets.ISO_8859_1),
                "multipart/form-data; boundary=\"------------------------abc123\"").orElseThrow().with("model", "upstream");

        FormData again = FormData.parse(form.encode("xyz"), FormData.contentType("xyz")).orElseThrow();

        assertEquals("upstream", again.part("model").orElseThrow().text());
        assertArrayEquals(form.part("file").orElseThrow().content(), again.part("file").orElseThrow().content());
        assertEquals(2, again.parts().size());
    }

    @Test
    void bodiesThatBreakTheFormatAreRefusedWhole() {
        for (String body : List.of("", "no boundary here", CURL_FORM.replace("--------------------------abc123--\r\n", ""),
                CURL_FORM.replace("Content-Disposition: form-data; name=\"model\"", "X: y"), CURL_FORM.replace("\r\n\r\n", "\r\n"))) {
            assertTrue(FormData.parse(body.getBytes(StandardCharsets.ISO_8859_1),
                    "multipart/form-data; boundary=------------------------abc123").isEmpty(), body);
        }
        assertTrue(FormData.parse(CURL_FORM.getBytes(StandardCharsets.ISO_8859_1), "application/json").isEmpty());
        assertTrue(FormData.parse(CURL_FORM.getBytes(StandardCharsets.ISO_8859_1), "multipart/form-data").isEmpty());
    }

    @Test
    void aWavHeaderGivesTheExactLengthAndAnyOtherFileOneMillisecondPerByte() {
        int data = 16_000 * 3 / 2; // 1.5 s at 16 000 bytes per second
        ByteBuffer wav = ByteBuffer.allocate(54 + data).order(ByteOrder.LITTLE_ENDIAN);
        wav.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(46 + data).put("WAVE".getBytes(StandardCharsets.US_ASCII))
                .put("fmt ".getBytes(StandardCharsets.US_ASCII)).putInt(16).putShort((short) 1).putShort((short) 1)
                .putInt(8000).putInt(16000).putShort((short) 2).putShort((short) 16)
                .put("LIST".getBytes(StandardCharsets.US_ASCII)).putInt(1).putShort((short) 0) // an odd-sized chunk before the data, padded
                .put("data".getBytes(StandardCharsets.US_ASCII)).putInt(data);

        assertEquals(OptionalLong.of(1500), AudioLength.wavMillis(wav.array()));
        assertEquals(1500, AudioLength.boundMillis(wav.array()));
        assertEquals(OptionalLong.empty(), AudioLength.wavMillis(new byte[] {'I', 'D', '3'}));
        assertEquals(3, AudioLength.boundMillis(new byte[] {'I', 'D', '3'}));
        byte[] lying = wav.array().clone();
        lying[50] = (byte) 0xff; lying[51] = (byte) 0xff; lying[52] = (byte) 0xff; lying[53] = (byte) 0x7f;
        assertEquals(OptionalLong.of(1500), AudioLength.wavMillis(lying),
                "a data size beyond the file counts only the bytes that came");
    }
}
