package io.tollgate.domain.identity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ModelPatternTest {

    @Test
    void starMatchesAnyRunAndEverythingElseItself() {
        assertTrue(ModelPattern.matches("gpt-4o*", "gpt-4o-mini"));
        assertTrue(ModelPattern.matches("gpt-4o*", "gpt-4o"));
        assertTrue(ModelPattern.matches("*-free", "qwen-free"));
        assertTrue(ModelPattern.matches("memfit-*", "memfit-light"));
        assertFalse(ModelPattern.matches("gpt-4o*", "gpt-4"));
        assertFalse(ModelPattern.matches("gpt-4o", "gpt-4o-mini"));
        assertTrue(ModelPattern.matches("*", "anything"));
    }
}
