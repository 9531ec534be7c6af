package io.tollgate.domain.moderation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Finds sensitive words in a text in one pass (Aho-Corasick over {@link TextNormalizer}'s view of it).
 * Immutable and safe to share between threads; build a new one when the word list changes.
 */
public final class SensitiveWordMatcher {

    private final AhoCorasickAutomaton automaton;
    private final List<String> words;

    private SensitiveWordMatcher(AhoCorasickAutomaton automaton, List<String> words) {
        this.automaton = automaton;
        this.words = words;
    }

    /** A matcher for these words; blank words and words of only noise are left out. */
    public static SensitiveWordMatcher of(Collection<String> words) {
        List<String> kept = new ArrayList<>();
        List<String> normalized = new ArrayList<>();
        for (String word : words) {
            String key = word == null ? "" : TextNormalizer.normalize(word);
            if (!key.isEmpty()) {
                kept.add(word.strip());
                normalized.add(key);
            }
        }
        return new SensitiveWordMatcher(AhoCorasickAutomaton.build(normalized), List.copyOf(kept));
    }

    /** The first word found, scanning from the start. */
    public Optional<WordMatch> firstMatch(CharSequence text) {
        List<WordMatch> found = scan(text, true);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    public boolean matchesAny(CharSequence text) {
        return firstMatch(text).isPresent();
    }

    /** Every occurrence of every word, in the order their last characters appear. */
    public List<WordMatch> allMatches(CharSequence text) {
        return scan(text, false);
    }

    public List<String> words() {
        return words;
    }

    private List<WordMatch> scan(CharSequence text, boolean firstOnly) {
        List<WordMatch> found = new ArrayList<>();
        int state = AhoCorasickAutomaton.ROOT;
        for (int i = 0; i < text.length(); i++) {
            char c = TextNormalizer.normalize(text.charAt(i));
            if (c == TextNormalizer.NOISE) {
                continue;
            }
            state = automaton.next(state, c);
            for (int s = automaton.outputState(state); s != AhoCorasickAutomaton.NONE; s = automaton.dictionaryLink(s)) {
                found.add(new WordMatch(words.get(automaton.wordAt(s)), i));
                if (firstOnly) {
                    return found;
                }
            }
        }
        return found;
    }
}
