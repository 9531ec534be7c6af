package io.tollgate.adapter.http.relay;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tollgate.domain.account.FailureClass;
import io.tollgate.domain.relay.UpstreamFailure;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The bytes a streaming caller gets at the end of a stream, pinned: clients parse them. */
class SseSinkTest {

    private final ByteArrayOutputStream caller = new ByteArrayOutputStream();
    private final SseSink sink = new SseSink(caller);

    private String failedWith(FailureClass failureClass, String message) {
        sink.fail(UpstreamFailure.of(failureClass, 502, message));
        return caller.toString(StandardCharsets.UTF_8);
    }

    @Test
    void anAnswerEndsWithDone() {
        sink.write("data: {}\n\n".getBytes(StandardCharsets.UTF_8));
        sink.finish();

        assertArrayEquals("data: {}\n\ndata: [DONE]\n\n".getBytes(StandardCharsets.US_ASCII), caller.toByteArray());
    }

    @Test
    void eventsThatArrivedTogetherShareOneFlushAndDoneGoesOutWithTheReplysEnd() {
        FlushCounter out = new FlushCounter();
        SseSink counted = new SseSink(out);
        for (String event : new String[] {"a", "b", "c"}) {
            counted.write(("data: " + event + "\n\n").getBytes(StandardCharsets.UTF_8), !event.equals("c"));
        }
        assertEquals(1, out.flushes(), "b and c were already there when a was written");
        counted.finish();

        assertEquals(1, out.flushes(), "[DONE] is the stream's last event: the reply's end sends it");
        assertEquals("data: a\n\ndata: b\n\ndata: c\n\ndata: [DONE]\n\n", out.text());
    }

    @Test
    void anErrorEventEndingAStreamIsLeftForTheReplysEndToo() {
        FlushCounter out = new FlushCounter();
        SseSink counted = new SseSink(out);
        counted.fail(UpstreamFailure.of(FailureClass.TRANSIENT, 502, "reset"));
        counted.deadlineExceeded(java.time.Duration.ofSeconds(1));

        assertEquals(0, out.flushes());
        assertTrue(out.text().startsWith("data: {\"error\""));
    }

    @Test
    void aPassedDeadlineEndsWithOneOpenAiErrorEventOfItsOwn() {
        sink.deadlineExceeded(java.time.Duration.ofSeconds(300));

        assertEquals("data: {\"error\":{\"message\":\"No answer within the request deadline of 300 s; the stream was cut short\","
                + "\"type\":\"timeout_error\",\"code\":\"deadline_exceeded\"}}\n\n", caller.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aFailureEndsWithOneOpenAiErrorEvent() {
        assertEquals("data: {\"error\":{\"message\":\"upstream failed mid-stream: connection reset\","
                + "\"type\":\"upstream_error\",\"code\":\"transient\"}}\n\n", failedWith(FailureClass.TRANSIENT, "connection reset"));
    }

    @Test
    void theCodeIsTheFailureClassInLowerCase() {
        assertEquals("data: {\"error\":{\"message\":\"upstream failed mid-stream: slow down\","
                + "\"type\":\"upstream_error\",\"code\":\"rate\"}}\n\n", failedWith(FailureClass.RATE, "slow down"));
    }

    @Test
    void quotesAndBackslashesAreEscapedAndControlsWrittenAsLowerCaseUnicodeEscapes() {
        String message = "say \"hi\" \\ then\nnext\tcol\r\u0001\u001b end";

        assertEquals("data: {\"error\":{\"message\":\"upstream failed mid-stream: say \\\"hi\\\" \\\\ then\\u000anext\\u0009col"
                + "\\u000d\\u0001\\u001b end\",\"type\":\"upstream_error\",\"code\":\"auth\"}}\n\n", failedWith(FailureClass.AUTH, message));
    }

    @Test
    void otherCharactersAreWrittenAsTheyAreInUtf8() {
        String message = "你好 😀 a/b \u007f \u2028 <tag> &amp;";

        byte[] expected = ("data: {\"error\":{\"message\":\"upstream failed mid-stream: " + message
                + "\",\"type\":\"upstream_error\",\"code\":\"quota\"}}\n\n").getBytes(StandardCharsets.UTF_8);
        sink.fail(UpstreamFailure.of(FailureClass.QUOTA, 402, message));
        assertArrayEquals(expected, caller.toByteArray());
    }

    @Test
    void halfACharacterPairLeftByAMessageCutShortBecomesAQuestionMark() {
        String cut = "too long 😀".substring(0, "too long ".length() + 1);

        assertEquals("data: {\"error\":{\"message\":\"upstream failed mid-stream: too long ?\","
                + "\"type\":\"upstream_error\",\"code\":\"transient\"}}\n\n", failedWith(FailureClass.TRANSIENT, cut));
    }

    @Test
    void aCallerWhoHasGoneAwayIsReportedNotThrown() {
        SseSink gone = new SseSink(new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("broken pipe");
            }
        });

        assertFalse(gone.write("data: {}\n\n".getBytes(StandardCharsets.UTF_8)));
        gone.finish();
        gone.fail(UpstreamFailure.of(FailureClass.TRANSIENT, 502, "reset"));
    }
}
