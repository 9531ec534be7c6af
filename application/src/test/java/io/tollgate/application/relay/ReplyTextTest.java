package io.tollgate.application.relay;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ReplyTextTest {

    @Test
    void theFirstContentStringOfAJsonReplyIsTheText() {
        String reply = "{\"id\":\"c-1\",\"choices\":[{\"message\":{\"role\":\"assistant\",\"content\":\"Hello there\"}},"
                + "{\"message\":{\"content\":\"second\"}}]}";

        assertEquals("Hello there", ReplyText.of(reply));
    }

    @Test
    void aSpaceAfterTheColonIsAllowed() {
        assertEquals("spaced", ReplyText.of("{\"content\": \"spaced\"}"));
    }

    @Test
    void escapesAreDecoded() {
        assertEquals("a\"b\\c\nd\te/f", ReplyText.of("{\"content\":\"a\\\"b\\\\c\\nd\\te\\/f\"}"));
    }

    @Test
    void windowsLineEndsAndOtherControlEscapesAreDecoded() {
        assertEquals("line\r\nnext\b\f", ReplyText.of("{\"content\":\"line\\r\\nnext\\b\\f\"}"));
    }

    @Test
    void unicodeEscapesAreDecoded() {
        assertEquals("你好 ✓", ReplyText.of("{\"content\":\"\\u4f60\\u597D \\u2713\"}"));
    }

    @Test
    void textThatIsNotJsonIsTheTextItself() {
        assertEquals("plain answer", ReplyText.of("plain answer"));
        assertEquals("", ReplyText.of(""));
    }

    @Test
    void jsonWithoutAContentStringGivesNothing() {
        assertEquals("", ReplyText.of("{\"error\":{\"message\":\"nope\"}}"));
        assertEquals("", ReplyText.of("{\"content\":null,\"other\":\"x\"}"));
        assertEquals("", ReplyText.of("{\"content\":42}"));
    }
}
