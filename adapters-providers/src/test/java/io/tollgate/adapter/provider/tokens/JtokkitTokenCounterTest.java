package io.tollgate.adapter.provider.tokens;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class JtokkitTokenCounterTest {

    private final JtokkitTokenCounter tokens = new JtokkitTokenCounter();

    @Test
    void helloWorldIsTwoTokens() {
        assertEquals(2, tokens.count("hello world"));
    }

    @Test
    void emptyTextIsNoTokensAndLongerTextIsMore() {
        assertEquals(0, tokens.count(""));
        assertTrue(tokens.count("hello world, this is a longer sentence") > tokens.count("hello world"));
    }

    @Test
    void specialTokenSpellingIsCountedNotRejected() {
        assertTrue(tokens.count("<|endoftext|>") > 1);
    }
}
