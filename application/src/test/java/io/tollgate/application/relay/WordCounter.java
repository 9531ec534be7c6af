package io.tollgate.application.relay;

import io.tollgate.domain.relay.TokenCounter;

/** Counts whitespace-separated words as tokens: predictable numbers for estimate tests. */
final class WordCounter implements TokenCounter {

    /** How many texts were counted. */
    int counted;

    @Override
    public long count(String text) {
        counted++;
        String stripped = text.strip();
        return stripped.isEmpty() ? 0 : stripped.split("\\s+").length;
    }
}
