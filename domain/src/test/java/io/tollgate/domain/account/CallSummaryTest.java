package io.tollgate.domain.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CallSummaryTest {

    @Test
    void textsUpTo200CharactersAreKeptWhole() {
        String exactly = "a".repeat(CallSummary.MAX);

        CallSummary summary = new CallSummary(exactly, "short", "");

        assertEquals(exactly, summary.request());
        assertEquals("short", summary.response());
        assertEquals("", summary.error());
    }

    @Test
    void longerTextsAreShortenedTo200CharactersEndingInAnEllipsis() {
        CallSummary summary = new CallSummary("q".repeat(201), "r".repeat(5000), "e".repeat(300));

        for (String shortened : new String[] {summary.request(), summary.response(), summary.error()}) {
            assertEquals(200, shortened.length());
            assertTrue(shortened.endsWith("…"), shortened);
        }
        assertEquals("q".repeat(199) + "…", summary.request());
    }

    @Test
    void nulCharactersAreDroppedSoThatTheCallCanBeStored() {
        CallSummary summary = new CallSummary("hi\u0000there", "\u0000answer", "err\u0000");

        assertEquals("hithere", summary.request());
        assertEquals("answer", summary.response());
        assertEquals("err", summary.error());
    }
}
