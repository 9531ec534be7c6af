package io.tollgate.application.moderation;

import io.tollgate.application.support.Reloading;
import io.tollgate.domain.moderation.SensitiveWordMatcher;
import io.tollgate.domain.moderation.SensitiveWords;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * The sensitive-word list as a ready matcher. Building the automaton per question would cost more than
 * the check, so it is rebuilt only when this node replaces the list or the copy is older than the
 * refresh interval (how other nodes sharing the database pick up a change).
 */
public final class SensitiveWordCatalog {

    private final SensitiveWords words;
    private final Reloading<SensitiveWordMatcher> matcher;

    public SensitiveWordCatalog(SensitiveWords words, Clock clock, Duration refreshInterval) {
        this.words = words;
        this.matcher = new Reloading<>(() -> SensitiveWordMatcher.of(words.all()), clock, refreshInterval);
    }

    public SensitiveWordMatcher matcher() {
        return matcher.get();
    }

    /** Replaces the stored list and this node's matcher at once. */
    public SensitiveWordMatcher replace(List<String> newWords) {
        words.replaceAll(newWords);
        return matcher.set(SensitiveWordMatcher.of(newWords));
    }
}
