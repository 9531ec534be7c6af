package io.tollgate.application.fakes;

import io.tollgate.domain.moderation.SensitiveWords;
import java.util.List;

/** The sensitive-word list in memory. */
public final class InMemorySensitiveWords implements SensitiveWords {

    private volatile List<String> words = List.of();

    @Override
    public List<String> all() {
        return words;
    }

    @Override
    public void replaceAll(List<String> words) {
        this.words = List.copyOf(words);
    }
}
