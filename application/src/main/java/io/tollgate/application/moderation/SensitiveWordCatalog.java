package io.tollgate.application.moderation;

import io.tollgate.domain.moderation.SensitiveWordMatcher;
import io.tollgate.domain.moderation.SensitiveWords;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The sensitive-word list as a ready matcher. Building the automaton per question would cost more than
 * the check, so it is rebuilt only when this node replaces the list or the copy is older than the
 * refresh interval (how other nodes sharing the database pick up a change).
 */
public final class SensitiveWordCatalog {

    private record Snapshot(SensitiveWordMatcher matcher, Instant loadedAt) {}

    private final SensitiveWords words;
    private final Clock clock;
    private final Duration refreshInterval;
    private volatile Snapshot snapshot;

    public SensitiveWordCatalog(SensitiveWords words, Clock clock, Duration refreshInterval) {
        this.words = words;
        this.clock = clock;
        this.refreshInterval = refreshInterval;
    }

    public SensitiveWordMatcher matcher() {
        Snapshot current = snapshot;
        if (current == null || current.loadedAt().plus(refreshInterval).isBefore(clock.instant())) {
            current = load(words.all());
        }
        return current.matcher();
    }

    /** Replaces the stored list and this node's matcher at once. */
    public SensitiveWordMatcher replace(List<String> newWords) {
        words.replaceAll(newWords);
        return load(newWords).matcher();
    }

    private Snapshot load(List<String> list) {
        Snapshot loaded = new Snapshot(SensitiveWordMatcher.of(list), clock.instant());
        snapshot = loaded;
        return loaded;
    }
}
