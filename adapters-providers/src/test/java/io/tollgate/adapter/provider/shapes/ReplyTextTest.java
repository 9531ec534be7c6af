package io.tollgate.adapter.provider.shapes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tollgate.domain.account.CallSummary;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ReplyTextTest {

    private static String of(String reply) {
        return ReplyText.of(reply.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theFirstContentStringOfAJsonReplyIsTheText() {
        String reply = "{\"id\":\"c-1\",\"choices\":[{\"message\":{\"role\":\"assistant\",\"content\":\"Hello there\"}},"
                + "{\"message\":{\"content\":\"second\"}}]}";

        assertEquals("Hello there", of(reply));
    }

    @Test
    void aSpaceAfterTheColonIsAllowed() {
        assertEquals("spaced", of("{\"content\": \"spaced\"}"));
    }

    @Test
    void escapesAreDecoded() {
        assertEquals("a\"b\\c\nd\te/f", of("{\"content\":\"a\\\"b\\\\c\\nd\\te\\/f\"}"));
    }

    @Test
    void windowsLineEndsAndOtherControlEscapesAreDecoded() {
        assertEquals("line\r\nnext\b\f", of("{\"content\":\"line\\r\\nnext\\b\\f\"}"));
    }

    @Test
    void unicodeEscapesAreDecoded() {
        assertEquals("你好 ✓", of("{\"content\":\"\\u4f60\\u597D \\u2713\"}"));
    }

    /** A streamed answer is plain text and summarized as it is (OwnCallSummaryTest); a reply body is always JSON. */
    @Test
    void aReplyThatIsNotJsonGivesNothing() {
        assertEquals("", of("plain answer"));
        assertEquals("", of(""));
    }

    @Test
    void jsonWithoutAContentStringGivesNothing() {
        assertEquals("", of("{\"error\":{\"message\":\"nope\"}}"));
        assertEquals("", of("{\"content\":null,\"other\":\"x\"}"));
        assertEquals("", of("{\"content\":42}"));
    }

    @Test
    void aLongAnswerIsKeptAsFarAsASummaryNeedsToShowItWasCut() {
        String text = of("{\"content\":\"" + "y".repeat(5000) + "\"}");

        assertEquals("y".repeat(CallSummary.MAX + 1), text);
        assertEquals("y".repeat(CallSummary.MAX - 1) + "…", new CallSummary("", text, "").response());
    }
}
